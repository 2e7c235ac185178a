package gazetteer

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// factRuTypes maps factRuEval object types to entity types and id prefixes.
var factRuTypes = map[string][2]string{
	"Person": {"PER", "PER"}, "Org": {"ORG", "ORG"}, "Location": {"LOC", "LOC"}, "LocOrg": {"LOC", "GPE"},
}

// addFactRuEval adds the normalised names of the identified objects of
// factRuEval-2016 (devset and testset *.coref; a person is "firstname
// [firstname1] lastname", other objects their "name" lines). Only names used
// in two or more documents and starting with a capital are kept; a name
// joins the entry of its type that already has it in Russian, else it makes
// a new Russian-only entry whose id is the transliterated name.
func (b *builder) addFactRuEval(dataDir string) error {
	corefs, err := filepath.Glob(filepath.Join(dataDir, "factRuEval-2016", "*", "*.coref"))
	if err != nil {
		return fmt.Errorf("build gazetteer: %w", err)
	}
	docs := map[[2]string]int{} // (type, name) → documents
	for _, path := range corefs {
		objects, err := readObjectTypes(strings.TrimSuffix(path, ".coref") + ".objects")
		if err != nil {
			return err
		}
		names, err := readCoref(path, objects)
		if err != nil {
			return err
		}
		for k := range names {
			docs[k]++
		}
	}
	keys := make([]string, 0, len(docs))
	byKey := map[string][2]string{}
	for k := range docs {
		s := k[0] + "\x00" + k[1]
		keys = append(keys, s)
		byKey[s] = k
	}
	sortStrings(keys)
	for _, s := range keys {
		k := byKey[s]
		n := docs[k]
		if n < 2 || !startsUpper(k[1]) {
			continue
		}
		t := factRuTypes[k[0]]
		d := b.findByName(t[0], "ru", k[1])
		if d == nil {
			id := t[1] + "-" + translit(k[1])
			for i := 2; b.byID[id] != nil; i++ {
				id = fmt.Sprintf("%s-%s-%d", t[1], translit(k[1]), i)
			}
			d = b.get(id, t[0])
		}
		d.freq += n
		b.addName(d, "ru", k[1], n)
	}
	return nil
}

// readObjectTypes maps mention ids of a .objects file to their type.
func readObjectTypes(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("build gazetteer: %w", err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fs := strings.Fields(sc.Text()); len(fs) >= 2 {
			out[fs[0]] = fs[1]
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("build gazetteer: %s: %w", path, err)
	}
	return out, nil
}

// readCoref returns the distinct (type, name) of the objects of a .coref
// file.
func readCoref(path string, types map[string]string) (map[[2]string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("build gazetteer: %w", err)
	}
	out := map[[2]string]bool{}
	for _, rec := range strings.Split(strings.ReplaceAll(string(b), "\r", ""), "\n\n") {
		lines := strings.Split(strings.TrimSpace(rec), "\n")
		head := strings.Fields(lines[0])
		if len(head) < 2 {
			continue
		}
		typ := types[head[1]]
		if _, ok := factRuTypes[typ]; !ok {
			continue
		}
		attrs := map[string][]string{}
		for _, l := range lines[1:] {
			if k, v, ok := strings.Cut(strings.TrimSpace(l), " "); ok && strings.TrimSpace(v) != "" {
				attrs[k] = append(attrs[k], strings.TrimSpace(v))
			}
		}
		if typ == "Person" {
			if len(attrs["firstname"]) > 0 && len(attrs["lastname"]) > 0 {
				parts := []string{attrs["firstname"][0]}
				parts = append(parts, attrs["firstname1"]...)
				parts = append(parts, attrs["lastname"][0])
				out[[2]string{typ, strings.Join(parts, " ")}] = true
			}
			continue
		}
		for _, n := range attrs["name"] {
			out[[2]string{typ, n}] = true
		}
	}
	return out, nil
}
