package translit

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Name is one annotated base form of a named entity.
type Name struct {
	Base string // base form (nominative), as annotated
	Lang string // "ru" or "uk"
	Type string // PER, LOC, …
	ID   string // cross-lingual entity id: the same id is the same entity
}

// ReadBSNLP reads the distinct names of the given types from BSNLP
// annotation files (<topic>/annotated/<lang>/<doc>.out: a document id line,
// then mention, base form, type and id separated by tabs) matched by glob.
// The language is the name of the file's directory.
func ReadBSNLP(glob string, types ...string) ([]Name, error) {
	files, err := filepath.Glob(glob)
	if err != nil {
		return nil, fmt.Errorf("read bsnlp: %w", err)
	}
	want := map[string]bool{}
	for _, t := range types {
		want[t] = true
	}
	seen := map[Name]bool{}
	var out []Name
	for _, name := range files {
		lang := filepath.Base(filepath.Dir(name))
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("read bsnlp: %w", err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) != 4 || !want[cols[2]] {
				continue
			}
			n := Name{Base: strings.TrimSpace(cols[1]), Lang: lang, Type: cols[2], ID: strings.TrimSpace(cols[3])}
			if n.Base != "" && n.ID != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read bsnlp %s: %w", name, err)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Base+out[i].ID < out[j].Base+out[j].ID })
	return out, nil
}

// KeyStats measures a key function as a signal of identity.
type KeyStats struct {
	Forms int // distinct (base form, id) entries
	// Pairs of entries with different base forms and equal keys.
	Equal, FalseMerges int
	// Pairs of a ru and a uk base form with the same id.
	CrossPairs, Misses int
	// Those of the cross pairs that are spellings of one name rather than
	// synonyms (Британия/Альбіон) or derivations: their Latin forms differ
	// in at most a third of the letters.
	VariantPairs, VariantMisses int
	// Examples of false merges and misses, for reading.
	MergeExamples, MissExamples []string
}

// Precision is the share of equal-key pairs that are one entity.
func (s KeyStats) Precision() float64 {
	if s.Equal == 0 {
		return 1
	}
	return float64(s.Equal-s.FalseMerges) / float64(s.Equal)
}

// VariantRecall is the share of ru–uk spelling variants whose keys are equal.
func (s KeyStats) VariantRecall() float64 {
	if s.VariantPairs == 0 {
		return 1
	}
	return float64(s.VariantPairs-s.VariantMisses) / float64(s.VariantPairs)
}

// isVariant reports whether two Latin spellings differ in at most a third of
// the letters of the longer one (Levenshtein distance over bytes).
func isVariant(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return levenshtein(a, b)*3 <= len(a)
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Recall is the share of ru–uk pairs of one entity whose keys are equal.
func (s KeyStats) Recall() float64 {
	if s.CrossPairs == 0 {
		return 1
	}
	return float64(s.CrossPairs-s.Misses) / float64(s.CrossPairs)
}

// MeasureKeys counts, over names with distinct lower-cased base forms, the
// pairs with equal key but different ids (false merges) and the ru–uk pairs
// with the same id whose keys differ (misses).
func MeasureKeys(names []Name, key func(string) string, examples int) KeyStats {
	type entry struct{ base, lang, id, key string }
	var es []entry
	seen := map[[3]string]bool{}
	for _, n := range names {
		b := strings.ToLower(n.Base)
		if seen[[3]string{b, n.ID, n.Lang}] {
			continue
		}
		seen[[3]string{b, n.ID, n.Lang}] = true
		es = append(es, entry{b, n.Lang, n.ID, key(n.Base)})
	}
	st := KeyStats{Forms: len(es)}
	byKey := map[string][]entry{}
	for _, e := range es {
		byKey[e.key] = append(byKey[e.key], e)
	}
	for _, k := range sortedKeys(byKey) {
		group := byKey[k]
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				a, b := group[i], group[j]
				if a.base == b.base {
					continue
				}
				st.Equal++
				if a.id != b.id {
					st.FalseMerges++
					if len(st.MergeExamples) < examples {
						st.MergeExamples = append(st.MergeExamples, fmt.Sprintf("%s (%s) = %s (%s)", a.base, a.id, b.base, b.id))
					}
				}
			}
		}
	}
	byID := map[string][]entry{}
	for _, e := range es {
		byID[e.id] = append(byID[e.id], e)
	}
	for _, k := range sortedKeys(byID) {
		group := byID[k]
		for _, a := range group {
			for _, b := range group {
				if a.lang != "ru" || b.lang != "uk" || a.base == b.base {
					continue
				}
				st.CrossPairs++
				variant := isVariant(Latin(a.base, "ru"), Latin(b.base, "uk"))
				if variant {
					st.VariantPairs++
				}
				if a.key != b.key {
					st.Misses++
					if variant {
						st.VariantMisses++
					}
					if variant && len(st.MissExamples) < examples {
						st.MissExamples = append(st.MissExamples, fmt.Sprintf("%s ≠ %s (%s)", a.base, b.base, a.id))
					}
				}
			}
		}
	}
	sort.Strings(st.MergeExamples)
	sort.Strings(st.MissExamples)
	return st
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
