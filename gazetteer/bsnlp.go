package gazetteer

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// typeOfPrefix maps the prefix of a BSNLP id to an entity type.
var typeOfPrefix = map[string]string{"GPE": "LOC", "LOC": "LOC", "PER": "PER", "ORG": "ORG", "EVT": "EVT", "PRO": "PRO"}

// bsnlpEntity gathers what the annotations say about one id.
type bsnlpEntity struct {
	docs  int
	types map[string]int
	names map[string]map[string]int // lang → base form → documents
}

// addBSNLP adds the entities of bsnlp/<topic>/annotated/<lang>/*.out, all
// topics but the excluded ones. A base form is kept when two documents use
// it or it is the most frequent one of its language, and only when its
// first word has a capital letter (drops "британское правительство",
// "референдум"). It returns the topics used.
func (b *builder) addBSNLP(dataDir string, exclude []string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dataDir, "bsnlp", "*", "annotated", "*", "*.out"))
	if err != nil {
		return nil, fmt.Errorf("build gazetteer: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("build gazetteer: no BSNLP annotations under %s", filepath.Join(dataDir, "bsnlp"))
	}
	ents := map[string]*bsnlpEntity{}
	topics := map[string]bool{}
	for _, path := range files {
		rel, _ := filepath.Rel(filepath.Join(dataDir, "bsnlp"), path)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		topic, lang := parts[0], parts[2]
		if slices.Contains(exclude, topic) {
			continue
		}
		topics[topic] = true
		if err := readOut(path, lang, ents); err != nil {
			return nil, err
		}
	}
	ids := make([]string, 0, len(ents))
	for id := range ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := ents[id]
		d := b.get(id, bsnlpType(id, e.types))
		d.freq += e.docs
		d.slug = e.docs >= 3
		for _, lang := range sortedKeys(e.names) {
			for _, n := range keptNames(e.names[lang]) {
				b.addName(d, lang, n.text, n.docs)
			}
		}
	}
	out := sortedKeys(topics)
	return out, nil
}

// keptNames groups the base forms of one id and language by Norm (mixed
// case wins over all capitals) and keeps those worth a gazetteer entry:
// capitalised, free of brackets and stray symbols, used in two
// documents or the most used one, and not an inflected form of a more used
// name ("Пакистане" next to "Пакистан").
func keptNames(forms map[string]int) []name {
	groups := map[string]*name{}
	for _, raw := range sortedKeys(forms) {
		f := unquote(raw)
		k := Norm(f)
		g := groups[k]
		if g == nil {
			groups[k] = &name{text: f, docs: forms[raw]}
			continue
		}
		g.docs += forms[raw]
		if better(f, g.text) {
			g.text = f
		}
	}
	var cands []name
	for _, k := range sortedKeys(groups) {
		if g := groups[k]; capitalised(g.text) && !strings.ContainsAny(g.text, "()[]{}<>|\\@#$%^*=_~") {
			cands = append(cands, *g)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].docs > cands[j].docs })
	var out []name
	for i, c := range cands {
		if i > 0 && c.docs < 2 || inflectionOf(c, cands[:i]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// better reports whether spelling f should replace cur: it is not all
// capitals while cur is.
func better(f, cur string) bool {
	return allCaps(cur) && !allCaps(f)
}

func allCaps(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) < 0 && len([]rune(s)) >= 4
}

// inflectionOf reports whether c is a more used name plus an ending of one
// to three letters.
func inflectionOf(c name, more []name) bool {
	n := Norm(c.text)
	for _, m := range more {
		mn := Norm(m.text)
		if rest, ok := strings.CutPrefix(n, mn); ok && m.docs > c.docs && len([]rune(rest)) <= 3 && rest != "" &&
			strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			return true
		}
	}
	return false
}

// unquote strips quotation marks around a whole name ("\"Газпром\"").
func unquote(s string) string {
	const q = "\"«»“”„"
	r := []rune(strings.TrimSpace(s))
	if len(r) > 2 && strings.ContainsRune(q, r[0]) && strings.ContainsRune(q, r[len(r)-1]) &&
		strings.IndexFunc(string(r[1:len(r)-1]), func(c rune) bool { return strings.ContainsRune(q, c) }) < 0 {
		return strings.TrimSpace(string(r[1 : len(r)-1]))
	}
	return strings.TrimSpace(s)
}

// readOut adds the distinct (id, base form) pairs of one .out file.
func readOut(path, lang string, ents map[string]*bsnlpEntity) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("build gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	seenID, seenName := map[string]bool{}, map[[2]string]bool{}
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		cols := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(cols) < 4 {
			continue
		}
		base, typ, id := strings.TrimSpace(cols[1]), strings.ToUpper(strings.TrimSpace(cols[2])), strings.TrimSpace(cols[3])
		if base == "" || id == "" {
			continue
		}
		e := ents[id]
		if e == nil {
			e = &bsnlpEntity{types: map[string]int{}, names: map[string]map[string]int{}}
			ents[id] = e
		}
		if !seenID[id] {
			seenID[id] = true
			e.docs++
		}
		e.types[typ]++
		if k := [2]string{id, Norm(base)}; !seenName[k] {
			seenName[k] = true
			if e.names[lang] == nil {
				e.names[lang] = map[string]int{}
			}
			e.names[lang][base]++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("build gazetteer: %s: %w", path, err)
	}
	return nil
}

// bsnlpType is the type named by the id prefix, else the most frequent
// annotated type.
func bsnlpType(id string, types map[string]int) string {
	prefix, _, _ := strings.Cut(id, "-")
	if t, ok := typeOfPrefix[strings.ToUpper(prefix)]; ok {
		return t
	}
	best := ""
	for _, t := range sortedKeys(types) {
		if best == "" || types[t] > types[best] {
			best = t
		}
	}
	return best
}

// slugName turns an id into an English name: PER-Theresa-May → "Theresa
// May". Ids whose rest is not Latin letters, digits and hyphens give "".
func slugName(id string) string {
	_, rest, ok := strings.Cut(id, "-")
	if !ok || rest == "" {
		return ""
	}
	for _, r := range rest {
		if !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '-' || r == '\'') {
			return ""
		}
	}
	var sb strings.Builder
	prev := rune(0)
	for _, r := range rest {
		switch {
		case r == '-':
			r = ' '
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			sb.WriteByte(' ') // WashingtonDC → Washington DC
		}
		sb.WriteRune(r)
		prev = r
	}
	return sb.String()
}

// capitalised reports whether the first word of a name holds a capital
// letter ("ЕС", "Тереза Мэй", "iPhone"; not "таможенный союз ЕС").
func capitalised(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return strings.IndexFunc(w, unicode.IsUpper) >= 0
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
