package gazetteer

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Name is one name of a public list: the form, its BSNLP type, the kind of
// thing it names ("country", "subdivision", "media", "social", "party",
// "legislature", "electoral", "international") and its language.
type Name struct {
	Form, Type, Kind, Lang string
}

//go:embed public.tsv.gz
var publicGz []byte

//go:embed lists/*.tsv
var listsFS embed.FS

// Public returns the names of the public lists: ISO 3166-1 countries and
// ISO 3166-2 subdivisions in ru, uk and en (Debian's iso-codes) and CLDR
// region names (golang.org/x/text), both built into public.tsv.gz by
// BuildPublic, and the typed lists of lists/*.tsv written for the project.
// These hold no annotated news, so a model measured on held-out topics may
// use them. Sorted, without duplicates.
func Public() ([]Name, error) {
	names, err := public()
	return slices.Clone(names), err
}

// public reads the public lists once per process: NER and entity
// resolution each build their tables from them.
var public = sync.OnceValues(func() ([]Name, error) {
	var out []Name
	zr, err := gzip.NewReader(bytes.NewReader(publicGz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: public: %w", err)
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) == 4 {
			out = append(out, Name{Type: f[0], Kind: f[1], Lang: f[2], Form: f[3]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: public: %w", err)
	}
	lists, err := curatedLists()
	if err != nil {
		return nil, err
	}
	out = append(out, lists...)
	slices.SortFunc(out, compareNames)
	return slices.Compact(out), nil
})

// compareNames orders names by type, kind, language and form: the order
// of the lines "type\tkind\tlang\tform", without building them (no field
// holds a tab or a control character below it; TestCompareNames).
func compareNames(a, b Name) int {
	return cmp.Or(strings.Compare(a.Type, b.Type), strings.Compare(a.Kind, b.Kind),
		strings.Compare(a.Lang, b.Lang), strings.Compare(a.Form, b.Form))
}

// curatedLists reads lists/<kind>.tsv: type, then the ru, uk and en names
// separated by "|"; "#" starts a comment line.
func curatedLists() ([]Name, error) {
	var out []Name
	err := fs.WalkDir(listsFS, "lists", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := listsFS.ReadFile(path)
		if err != nil {
			return err
		}
		kind := strings.TrimSuffix(filepath.Base(path), ".tsv")
		for n, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) != 4 {
				return fmt.Errorf("%s:%d: %d columns, want 4", path, n+1, len(f))
			}
			for i, lang := range []string{"ru", "uk", "en"} {
				for _, form := range strings.Split(f[i+1], "|") {
					if form = strings.TrimSpace(form); form != "" && form != "-" {
						out = append(out, Name{Form: form, Type: f[0], Kind: kind, Lang: lang})
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("gazetteer: lists: %w", err)
	}
	return out, nil
}

// BuildPublic writes public.tsv.gz from Debian's iso-codes (isoDir, usually
// /usr/share/iso-codes/json, with the ru and uk catalogues under localeDir,
// usually /usr/share/locale: apt-get install iso-codes) and the CLDR
// region names of golang.org/x/text. Lines are type, kind, language, name,
// sorted.
func BuildPublic(isoDir, localeDir, outPath string) error {
	var names []Name
	add := func(kind, lang, form string) {
		if form = strings.TrimSpace(form); form != "" {
			names = append(names, Name{Form: form, Type: "LOC", Kind: kind, Lang: lang})
		}
	}
	var countries struct {
		List []map[string]string `json:"3166-1"`
	}
	var subs struct {
		List []map[string]string `json:"3166-2"`
	}
	for _, f := range []struct {
		name string
		v    any
	}{{"iso_3166-1.json", &countries}, {"iso_3166-2.json", &subs}} {
		b, err := os.ReadFile(filepath.Join(isoDir, f.name))
		if err != nil {
			return fmt.Errorf("build public lists: %w (apt-get install iso-codes)", err)
		}
		if err := json.Unmarshal(b, f.v); err != nil {
			return fmt.Errorf("build public lists: %s: %w", f.name, err)
		}
	}
	tr := map[string]map[string]string{} // lang/catalogue → msgid → msgstr
	for _, lang := range []string{"ru", "uk"} {
		for _, cat := range []string{"iso_3166-1", "iso_3166-2"} {
			b, err := os.ReadFile(filepath.Join(localeDir, lang, "LC_MESSAGES", cat+".mo"))
			if err != nil {
				return fmt.Errorf("build public lists: %w", err)
			}
			m, err := readMO(b)
			if err != nil {
				return fmt.Errorf("build public lists: %s %s: %w", lang, cat, err)
			}
			tr[lang+"/"+cat] = m
		}
	}
	for _, c := range countries.List {
		for _, k := range []string{"name", "common_name", "official_name"} {
			en := c[k]
			if en == "" {
				continue
			}
			add("country", "en", en)
			for _, lang := range []string{"ru", "uk"} {
				if t := tr[lang+"/iso_3166-1"][en]; t != "" {
					add("country", lang, t)
				}
			}
		}
		region, err := language.ParseRegion(c["alpha_2"])
		if err != nil {
			continue
		}
		for _, lang := range []string{"ru", "uk", "en"} {
			add("country", lang, display.Regions(language.MustParse(lang)).Name(region))
		}
	}
	for _, s := range subs.List {
		en := s["name"]
		add("subdivision", "en", en)
		for _, lang := range []string{"ru", "uk"} {
			if t := tr[lang+"/iso_3166-2"][en]; t != "" && t != en {
				add("subdivision", lang, t)
			}
		}
	}
	slices.SortFunc(names, compareNames)
	names = slices.Compact(names)
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("build public lists: %w", err)
	}
	for _, n := range names {
		fmt.Fprintf(zw, "%s\t%s\t%s\t%s\n", n.Type, n.Kind, n.Lang, n.Form)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("build public lists: %w", err)
	}
	if err := os.WriteFile(outPath, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("build public lists: %w", err)
	}
	return nil
}
