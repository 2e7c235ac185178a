package morph

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// dictionaries names the hunspell files Build reads for each language.
var dictionaries = []struct{ lang, name string }{
	{"ru", "ru_RU"},
	{"uk", "uk_UA"},
}

// Build expands the hunspell dictionaries ru_RU.{aff,dic} and
// uk_UA.{aff,dic} found in hunspellDir (Debian's hunspell-ru and hunspell-uk
// install them in /usr/share/hunspell) and writes the compact tables
// ru.morph and uk.morph into outDir (the package's data/ directory, which
// is embedded). corpusDir, if not empty, is the project's shared data
// directory: the news texts named in corpusFiles are counted to order the
// lemmas of ambiguous forms by how common they are. The output depends only
// on the input files.
func Build(hunspellDir, corpusDir, outDir string) error {
	for _, d := range dictionaries {
		lex, err := buildLexicon(d.lang, filepath.Join(hunspellDir, d.name))
		if err != nil {
			return fmt.Errorf("morph build %s: %w", d.lang, err)
		}
		if corpusDir != "" {
			if err := lex.countLemmas(corpusDir); err != nil {
				return fmt.Errorf("morph build %s: %w", d.lang, err)
			}
			if err := lex.resolveNames(); err != nil {
				return fmt.Errorf("morph build %s: %w", d.lang, err)
			}
		}
		data, err := lex.encode()
		if err != nil {
			return fmt.Errorf("morph build %s: %w", d.lang, err)
		}
		if err := os.WriteFile(filepath.Join(outDir, d.lang+".morph"), data, 0o644); err != nil {
			return fmt.Errorf("morph build %s: %w", d.lang, err)
		}
	}
	return nil
}

// lexiconBuilder collects every form of a language with its lemma rules.
type lexiconBuilder struct {
	lang    string
	rules   []rule
	ruleIDs map[rule]uint16
	forms   map[string][]uint16 // folded form -> rule ids
	freq    map[string]uint32   // folded lemma -> corpus count (nil: none)
	names   map[string]uint32   // unknown capitalised corpus word -> count
}

func (lb *lexiconBuilder) ruleID(r rule) (uint16, error) {
	if id, ok := lb.ruleIDs[r]; ok {
		return id, nil
	}
	if len(lb.rules) >= 1<<16-1 {
		return 0, fmt.Errorf("more than %d lemma rules", 1<<16-1)
	}
	id := uint16(len(lb.rules))
	lb.rules = append(lb.rules, r)
	lb.ruleIDs[r] = id
	return id, nil
}

func (lb *lexiconBuilder) add(form, lemma string, t tag) error {
	r, ok := ruleBetween(form, lemma, t)
	if !ok {
		return nil
	}
	id, err := lb.ruleID(r)
	if err != nil {
		return err
	}
	key := foldKey(form)
	if !slices.Contains(lb.forms[key], id) {
		lb.forms[key] = append(lb.forms[key], id)
	}
	return nil
}

// buildLexicon reads base.aff and base.dic and expands every entry.
func buildLexicon(lang, base string) (*lexiconBuilder, error) {
	af, err := readAff(base + ".aff")
	if err != nil {
		return nil, err
	}
	f, err := os.Open(base + ".dic")
	if err != nil {
		return nil, fmt.Errorf("open dic: %w", err)
	}
	entries, err := parseDic(f, af)
	f.Close()
	if err != nil {
		return nil, err
	}
	lb := &lexiconBuilder{lang: lang, ruleIDs: map[rule]uint16{}, forms: map[string][]uint16{}}
	var bare []dicEntry
	var forms []string
	for _, e := range entries {
		if len(e.flags) == 0 {
			bare = append(bare, e)
			continue
		}
		forms = forms[:0]
		af.expand(e, func(w string) {
			w = normalize(w)
			if !slices.Contains(forms, w) {
				forms = append(forms, w)
			}
		})
		lemma := normalize(e.stem)
		t := classify(lang, lemma, forms, isCapitalized(e.stem), len(forms) > 1)
		for _, w := range forms {
			if err := lb.add(w, lemma, t); err != nil {
				return nil, err
			}
		}
	}
	return lb, lb.addBare(bare)
}

// addBare adds the entries without affix flags. One that another entry
// already generates is an inflected form listed for spelling (ru_RU lists
// "Чудскому"), not a lemma, and is skipped. uk_UA lists many surnames as
// bare forms ("Путін", "Путіна", "Путіним"), ru_RU some plurals
// ("Нидерландов" beside "Нидерланды/O", whose suffix class cannot make
// it): a bare form that a learnt ending rule turns into a shorter bare
// entry or plural-only lemma is mapped to it; any other bare entry (and
// every abbreviation) is its own lemma.
func (lb *lexiconBuilder) addBare(bare []dicEntry) error {
	common, proper := lb.trainGuesser()
	lemmas := map[string]bool{}
	for _, e := range bare {
		lemmas[foldKey(e.stem)] = true
	}
	for _, e := range bare {
		w := normalize(e.stem)
		key := foldKey(w)
		if _, dup := lb.forms[key]; dup {
			continue
		}
		capitalised := isCapitalized(e.stem)
		lemma, t := w, makeTag(PosOther, GenderNone, capitalised)
		tables := []guessVotes{common}
		if capitalised {
			tables = []guessVotes{proper, common}
		}
	search:
		for _, tb := range tables {
			if isAllUpper(e.stem) {
				break // abbreviations do not inflect: США is no form of СШ
			}
			for l := min(maxEnding, runeLen(key)-1); l >= 1; l-- {
				for _, g := range tb[lastRunes(key, l)] {
					r := lb.rules[g.rule]
					cand, ok := r.apply(w)
					if ok && !r.identity() && runeLen(cand) >= 4 && runeLen(cand) < runeLen(w) &&
						(lemmas[foldKey(cand)] || lb.isPluralLemma(cand)) {
						lemma, t = cand, r.tag
						break search
					}
				}
			}
		}
		if err := lb.add(w, lemma, t); err != nil {
			return err
		}
	}
	return nil
}

// sortedKeys returns the form keys in a stable order.
func (lb *lexiconBuilder) sortedKeys() []string {
	keys := make([]string, 0, len(lb.forms))
	for k := range lb.forms {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// orderedSet sorts a form's rule ids by the default (lower-case)
// preference and returns them with a string signature for interning. A
// lemma at least twice as common in the corpus (and seen 3 times) comes
// first; otherwise rankKey decides.
func (lb *lexiconBuilder) orderedSet(key string, ids []uint16) ([]uint16, string) {
	count := func(id uint16) uint32 {
		l, _ := lb.rules[id].apply(key)
		return lb.freq[l]
	}
	less := func(a, b uint16) bool {
		fa, fb := count(a), count(b)
		if max(fa, fb) >= 3 && (fa >= 2*fb+1 || fb >= 2*fa+1) {
			return fa > fb
		}
		return better(lb.rules[a], lb.rules[b])
	}
	// Insertion sort: sets are short and less need not be transitive.
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && less(ids[j], ids[j-1]); j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
	var sb strings.Builder
	for _, id := range ids {
		sb.WriteByte(byte(id))
		sb.WriteByte(byte(id >> 8))
	}
	return ids, sb.String()
}

// isPluralLemma reports whether w is a lemma of the entries added so far
// and looks plural (Нидерланды, Черкаси).
func (lb *lexiconBuilder) isPluralLemma(w string) bool {
	if !hasAnySuffix(w, "ы", "и", "і") {
		return false
	}
	for _, id := range lb.forms[foldKey(w)] {
		if lb.rules[id].identity() {
			return true
		}
	}
	return false
}

func readAff(path string) (*affixFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open aff: %w", err)
	}
	defer f.Close()
	return parseAff(f)
}
