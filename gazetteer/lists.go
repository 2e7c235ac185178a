package gazetteer

import (
	"bufio"
	_ "embed"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/litopys/litopys"
)

// listLangs are the languages of the country list, the curated list and the
// gazetteer.
var listLangs = litopys.LangCodes()

// addCountries adds gazetteers/country-list/<lang>/country.csv (ISO code →
// name). A country joins the BSNLP entity of type LOC that has its Russian
// or Ukrainian name or whose id is GPE-<English name>; otherwise it becomes
// GPE-<English name>. "Мьянма (Бирма)" gives both names.
func (b *builder) addCountries(dataDir string) error {
	names := map[string]map[string]string{} // code → lang → name
	for _, lang := range listLangs {
		path := filepath.Join(dataDir, "gazetteers", "country-list", lang, "country.csv")
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("build gazetteer: %w", err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			return fmt.Errorf("build gazetteer: %s: %w", path, err)
		}
		for _, row := range rows[min(1, len(rows)):] {
			if len(row) < 2 || row[0] == "" {
				continue
			}
			if names[row[0]] == nil {
				names[row[0]] = map[string]string{}
			}
			names[row[0]][lang] = row[1]
		}
	}
	// Plain names, for telling "Мьянма (Бирма)" (two names) from
	// "Виргинские о-ва (США)" (a qualifier naming another country).
	plain := map[string]bool{}
	for _, ns := range names {
		for _, n := range ns {
			plain[Norm(n)] = true
		}
	}
	for _, code := range sortedKeys(names) {
		ns := names[code]
		d := b.findByName("LOC", "ru", ns["ru"])
		if d == nil {
			d = b.findByName("LOC", "uk", ns["uk"])
		}
		if d == nil {
			d = b.byID["GPE-"+slug(ns["en"])]
		}
		if d == nil || d.iso != "" {
			id := "GPE-" + slug(ns["en"])
			if _, taken := b.byID[id]; taken || ns["en"] == "" {
				id = "GPE-" + code
			}
			d = b.get(id, "LOC")
		}
		d.iso, d.kind = code, "country"
		for _, lang := range listLangs {
			for _, n := range splitVariants(ns[lang], plain) {
				b.addName(d, lang, n, 0)
			}
		}
	}
	return nil
}

// splitVariants returns a country name with its variants: "Myanmar
// (Burma)" gives "Myanmar" and "Burma" too, but "Виргинские о-ва (США)"
// stays whole, the bracket naming another country or being an
// abbreviation; "Bosnia & Herzegovina" gives "Bosnia and Herzegovina" too.
func splitVariants(s string, plain map[string]bool) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	out := []string{s}
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		if alt := s[i+2 : len(s)-1]; !plain[Norm(alt)] && strings.ToUpper(alt) != alt {
			out = append(out, s[:i], alt)
		}
	}
	if strings.Contains(s, " & ") {
		out = append(out, strings.ReplaceAll(s, " & ", " and "))
	}
	return out
}

func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// slug turns an English name into the tail of an id: "North Korea" →
// "North-Korea".
func slug(s string) string {
	s = strings.NewReplacer("&", "and", "(", "", ")", "", ".", "", ",", "", "’", "", "'", "").Replace(s)
	return strings.Join(strings.Fields(s), "-")
}

//go:embed curated.tsv
var curated string

// addCurated adds curated.tsv, the project's own list of common aliases,
// international organisations and capitals. A line is
// id, type, kind and the ru, uk and en names separated by "|"; id
// "ISO:XX" names the country with that code. A line joins the entry with
// its id, else the entry of its type whose canonical (most used) name
// equals its first name in some language, else it is a new entry.
func (b *builder) addCurated() error {
	sc := bufio.NewScanner(strings.NewReader(curated))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 6 {
			return fmt.Errorf("build gazetteer: curated.tsv:%d: %d columns, want 6", line, len(cols))
		}
		id, typ, kind := cols[0], cols[1], strings.TrimPrefix(cols[2], "-")
		var d *draft
		if code, ok := strings.CutPrefix(id, "ISO:"); ok {
			for _, x := range b.drafts {
				if x.iso == code {
					d = x
				}
			}
			if d == nil {
				return fmt.Errorf("build gazetteer: curated.tsv:%d: no country %s", line, code)
			}
		} else if x, ok := b.byID[id]; ok {
			d = x
		} else {
			for i, lang := range listLangs {
				if first, _, _ := strings.Cut(cols[3+i], "|"); d == nil && first != "" {
					if x := b.findByName(typ, lang, first); x != nil && Norm(x.canonical(lang)[0].text) == Norm(first) &&
						compatible(x.english(), splitNames(cols[5])) {
						d = x
					}
				}
			}
			if d != nil {
				d.alt = append(d.alt, id)
				b.byID[id] = d
			} else {
				d = b.get(id, typ)
			}
		}
		if d.kind == "" {
			d.kind = kind
		}
		for i, lang := range listLangs {
			for _, n := range splitNames(cols[3+i]) {
				b.addName(d, lang, n, 0)
			}
		}
	}
	return nil
}
