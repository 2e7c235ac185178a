package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// FactRuEval reads the devset and testset of factRuEval-2016 under dir. A
// mention is built from an object (Person, Org, Location, LocOrg → PER,
// ORG, LOC, LOC) as the range of its name spans (name, surname, patronymic,
// nickname; org_name; loc_name), widened by descriptor spans that follow
// the first name ("Тверской площади") but not by those before it ("мэрии
// Москвы" keeps only "Москвы" as the LocOrg it also is). Objects with no
// name span are dropped.
func FactRuEval(dir string) ([]Doc, error) {
	var docs []Doc
	for _, set := range []string{"devset", "testset"} {
		txts, err := filepath.Glob(filepath.Join(dir, set, "*.spans"))
		if err != nil {
			return nil, fmt.Errorf("corpus: factRuEval: %w", err)
		}
		sort.Strings(txts)
		for _, t := range txts {
			d, err := factRuDoc(strings.TrimSuffix(t, ".spans"))
			if err != nil {
				return nil, fmt.Errorf("corpus: factRuEval %s: %w", t, err)
			}
			docs = append(docs, d)
		}
	}
	return docs, nil
}

type factSpan struct {
	typ        string
	start, end int // runes
}

var factObjectType = map[string]string{"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}

var factNameSpan = map[string]bool{
	"name": true, "surname": true, "patronymic": true, "nickname": true,
	"org_name": true, "loc_name": true,
}

func factRuDoc(base string) (Doc, error) {
	txt, err := os.ReadFile(base + ".txt")
	if err != nil {
		return Doc{}, err
	}
	spansFile, err := os.ReadFile(base + ".spans")
	if err != nil {
		return Doc{}, err
	}
	objs, err := os.ReadFile(base + ".objects")
	if err != nil {
		return Doc{}, err
	}
	spans := map[string]factSpan{}
	for _, line := range strings.Split(string(spansFile), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		s, err1 := strconv.Atoi(f[2])
		n, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			return Doc{}, fmt.Errorf("bad span line %q", line)
		}
		spans[f[0]] = factSpan{typ: f[1], start: s, end: s + n}
	}
	text := string(txt)
	offs := runeOffsets(text)
	var ms []Mention
	for _, line := range strings.Split(string(objs), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		typ, ok := factObjectType[f[1]]
		if !ok {
			continue
		}
		start, end := -1, -1
		var descr []factSpan
		for _, id := range f[2:] {
			sp, ok := spans[id]
			if !ok {
				continue
			}
			if !factNameSpan[sp.typ] {
				descr = append(descr, sp)
				continue
			}
			if start < 0 || sp.start < start {
				start = sp.start
			}
			end = max(end, sp.end)
		}
		if start < 0 {
			continue
		}
		if typ != "PER" {
			for _, d := range descr {
				if d.start > start {
					end = max(end, d.end)
				}
			}
		}
		if ms, err = addRuneSpan(ms, offs, text, start, end, typ); err != nil {
			return Doc{}, err
		}
	}
	return Doc{
		ID:       filepath.Base(base),
		Source:   "factru",
		Topic:    "factru",
		Lang:     "ru",
		Text:     text,
		Mentions: resolve(ms),
	}, nil
}
