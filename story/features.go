package story

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// leadBytes bounds the lead of an article when it has no paragraph
// structure: mentions and words before it count as salient.
const leadBytes = 400

// maxLemmas bounds the lemmas kept of an article, the heaviest: they carry
// its similarity to a story, and the rest would only weigh down the story
// log, which stores every article's features.
const maxLemmas = 150

// placeWeight scales mentions of countries and places, which many distinct
// stories share.
const placeWeight = 0.5

// features is what the clusterer keeps of a document: entity and lemma
// counts (weighted by position, before IDF), its language, publication day
// and MinHash signature.
type features struct {
	ents  map[string]float64
	lems  map[string]float64
	lang  string
	day   int // days since 1970-01-01
	dated bool
	sig   *signature
}

// extract reads the features of d. Entity ids are shared across languages;
// lemmas are not, so they are only compared within a language.
func extract(d *litopys.Document) features {
	f := features{ents: map[string]float64{}, lems: map[string]float64{}, lang: d.Lang}
	if !d.Published.IsZero() {
		f.day = int(d.Published.Time().Unix() / int64(24*time.Hour/time.Second))
		f.dated = true
	}
	lead := leadEnd(d)
	self := outletNames(d.Outlet)
	for _, m := range d.Mentions {
		if m.Entity == "" || self[lower(m.Text)] {
			continue
		}
		w := 1.0
		if m.Start < lead {
			w = 2
		}
		if m.Type == litopys.LOC || strings.HasPrefix(m.Entity, "GPE-") || strings.HasPrefix(m.Entity, "LOC-") {
			w *= placeWeight
		}
		f.ents[m.Entity] += w
	}
	for _, t := range d.Tokens {
		if t.Kind != litopys.TokenWord || !contentLemma(t.Lemma) {
			continue
		}
		w := 1.0
		if t.Start < lead {
			w = 2
		}
		f.lems[t.Lemma] += w
	}
	titleFeatures(d, f)
	for k, v := range f.ents {
		f.ents[k] = 1 + math.Log(v)
	}
	for k, v := range f.lems {
		f.lems[k] = 1 + math.Log(v)
	}
	if len(f.lems) > maxLemmas {
		keep := heaviest(f.lems, maxLemmas)
		f.lems = make(map[string]float64, len(keep))
		for _, x := range keep {
			f.lems[x.key] = x.w
		}
	}
	f.sig = minhash(shingles(d.Tokens))
	return f
}

// outletNames returns the names an outlet goes by in its own articles:
// the labels of its host name ("russian.rt.com" → rt, russian). An
// outlet naming itself ("в интервью RT") says nothing of the story, and
// would make its interviews or features one story.
func outletNames(outlet string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(strings.ToLower(outlet), ".") {
		if len(l) >= 2 && l != "com" && l != "www" && l != "net" && l != "org" && l != "ua" && l != "ru" {
			out[l] = true
		}
	}
	return out
}

// leadEnd is the byte offset where the title and first paragraph end.
func leadEnd(d *litopys.Document) int {
	if len(d.Paragraphs) >= 2 {
		return d.Paragraphs[1].End
	}
	return min(len(d.Text), leadBytes)
}

// contentLemma reports whether a lemma is worth comparing: three letters or
// more, no digits, not a function word.
func contentLemma(l string) bool {
	n := 0
	for _, r := range l {
		// The Cyrillic block has no digits: its letters skip the
		// look-up in the Unicode tables.
		if (r < 'Ѐ' || r > 'ӿ') && unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 3 && !stopwords[l]
}

// weighted is a feature with its weight.
type weighted struct {
	key string
	w   float64
}

// top returns the n heaviest features of v, heaviest first, ties by key.
func top(v map[string]float64, n int) []weighted {
	out := heaviest(v, n)
	slices.SortFunc(out, func(a, b weighted) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return strings.Compare(a.key, b.key)
	})
	return out
}

// heaviest returns the n heaviest features of v (ties by key), in no
// particular order: a selection, cheaper than sorting them all.
func heaviest(v map[string]float64, n int) []weighted {
	out := make([]weighted, 0, len(v))
	for k, w := range v {
		out = append(out, weighted{k, w})
	}
	if len(out) <= n {
		return out
	}
	selectFirst(out, n)
	return out[:n]
}

// before is the order of top: heavier first, then by key.
func before(a, b weighted) bool {
	return a.w > b.w || a.w == b.w && a.key < b.key
}

// selectFirst moves the n first elements of s in before's order (keys
// are distinct: the order is total) to s[:n], in no particular order
// (Hoare's selection, the pivot the median of three).
func selectFirst(s []weighted, n int) {
	lo, hi, k := 0, len(s)-1, n-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if before(s[mid], s[lo]) {
			s[lo], s[mid] = s[mid], s[lo]
		}
		if before(s[hi], s[lo]) {
			s[lo], s[hi] = s[hi], s[lo]
		}
		if before(s[hi], s[mid]) {
			s[mid], s[hi] = s[hi], s[mid]
		}
		p := s[mid]
		i, j := lo, hi
		for i <= j {
			for before(s[i], p) {
				i++
			}
			for before(p, s[j]) {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return
		}
	}
}

// head is a word's first rune and its length in runes: lower-casing keeps
// the length (strings.ToLower maps rune to rune), so a token whose
// lower-cased head no title word has is not lower-cased to be looked up.
type head struct {
	first rune
	n     int
}

func headOf(w string) head {
	r, _ := utf8.DecodeRuneInString(w)
	return head{r, utf8.RuneCountInString(w)}
}

// lowerHead is headOf(strings.ToLower(w)) without the copy.
func lowerHead(w string) head {
	h := headOf(w)
	h.first = unicode.ToLower(h.first)
	return h
}

// lower is strings.ToLower(s), without the copy when s is lower-case
// already, as most tokens and mentions are.
func lower(s string) string {
	if isLower(s) {
		return s
	}
	return strings.ToLower(s)
}

// lowerRune is unicode.ToLower(r), without the Unicode tables for the
// basic Cyrillic capitals.
func lowerRune(r rune) rune {
	if 'А' <= r && r <= 'Я' {
		return r + 'а' - 'А'
	}
	return unicode.ToLower(r)
}

// isLower reports whether strings.ToLower(s) is s, without making the
// copy; a lower-case Cyrillic letter is known as such without a look-up
// in the Unicode case tables. It is internal/textcase's IsLower, written
// again: story imports nothing of the project but the root.
func isLower(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return false // ToLower would mend the byte
		case 'а' <= r && r <= 'џ':
		case unicode.ToLower(r) != r:
			return false
		}
		i += size
	}
	return true
}

// stemOf gives stem the lemma l when it is a stem yet without one.
func stemOf(stems map[string]string, stem, l string) {
	if have, ok := stems[stem]; ok && have == "" {
		stems[stem] = l
	}
}

// stemLemmas gives a title word that the text does not write as such the
// lemma of a text word sharing its stem: all but its last two letters, at
// least five (Russian and Ukrainian inflect at the end: a title's "Шостці"
// is the text's "Шостка"). The lemmatiser is not at hand here, and the
// title, kept apart from the text by many inputs, was not analysed.
func stemLemmas(d *litopys.Document, words []string, lemma map[string]string) {
	const minStem = 5
	stems := map[string]string{}
	for _, w := range words {
		r := []rune(w)
		if lemma[w] == "" && len(r)-2 >= minStem {
			stems[string(r[:len(r)-2])] = ""
		}
	}
	if len(stems) == 0 {
		return
	}
	longest := 0
	var firsts []rune // the stems' first letters
	for st := range stems {
		longest = max(longest, utf8.RuneCountInString(st))
		if r, _ := utf8.DecodeRuneInString(st); !slices.Contains(firsts, r) {
			firsts = append(firsts, r)
		}
	}
	for _, t := range d.Tokens {
		if t.Kind != litopys.TokenWord || t.Lemma == "" || len(t.Text) < minStem {
			continue
		}
		// A token whose lower-cased first letter begins no stem has no
		// prefix among them (lower-casing maps rune to rune).
		if r, _ := utf8.DecodeRuneInString(t.Text); !slices.Contains(firsts, lowerRune(r)) {
			continue
		}
		// The token's prefixes of minStem to longest runes, as
		// substrings: no rune slice or string is made per prefix.
		lw := lower(t.Text) // valid UTF-8: ToLower mends it
		n := 0
		for i := range lw {
			if n > longest {
				break
			}
			if n >= minStem {
				stemOf(stems, lw[:i], t.Lemma)
			}
			n++
		}
		if n >= minStem && n <= longest {
			stemOf(stems, lw, t.Lemma)
		}
	}
	for _, w := range words {
		r := []rune(w)
		if lemma[w] == "" && len(r)-2 >= minStem {
			lemma[w] = stems[string(r[:len(r)-2])]
		}
	}
}

// titleWeight is what a word or an entity of the title adds to its count:
// the headline names the development an article reports.
const titleWeight = 3.0

// titleFeatures counts the words and entities of the title, which many
// inputs (feeds, CSV, JSONL) keep apart from the text the pipeline
// analyses: a title word takes the lemma of the same word form in the
// text, else stays as it is written (lower-cased); an entity counts when
// one of its mentions in the text is written in the title.
func titleFeatures(d *litopys.Document, f features) {
	if d.Title == "" {
		return
	}
	title := strings.ToLower(d.Title)
	words := strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	lemma := make(map[string]string, len(words))
	heads := make(map[head]bool, len(words))
	for i, w := range words {
		words[i] = strings.Trim(w, "'’-")
		lemma[words[i]] = ""
		heads[headOf(words[i])] = true
	}
	for _, t := range d.Tokens {
		if t.Kind != litopys.TokenWord || t.Lemma == "" {
			continue
		}
		// A word's form is lower-cased only when it is not found as
		// written: most tokens are lower-case already.
		if l, ok := lemma[t.Text]; ok && l == "" {
			lemma[t.Text] = t.Lemma
		} else if !ok && !isLower(t.Text) && heads[lowerHead(t.Text)] {
			if lw := strings.ToLower(t.Text); lw != t.Text {
				if l, ok := lemma[lw]; ok && l == "" {
					lemma[lw] = t.Lemma
				}
			}
		}
	}
	unmatched := 0
	for _, w := range words {
		if lemma[w] == "" {
			unmatched++
		}
	}
	if unmatched > 0 {
		stemLemmas(d, words, lemma)
	}
	seen := map[string]bool{}
	for _, w := range words {
		l := lemma[w]
		if l == "" {
			l = w
		}
		if seen[l] || !contentLemma(l) {
			continue
		}
		seen[l] = true
		f.lems[l] += titleWeight
	}
	for _, m := range d.Mentions {
		if m.Entity == "" || seen["\x00"+m.Entity] || len(m.Text) < 2 || !strings.Contains(title, lower(m.Text)) {
			continue
		}
		seen["\x00"+m.Entity] = true
		w := titleWeight
		if m.Type == litopys.LOC || strings.HasPrefix(m.Entity, "GPE-") || strings.HasPrefix(m.Entity, "LOC-") {
			w *= placeWeight
		}
		f.ents[m.Entity] += w
	}
}
