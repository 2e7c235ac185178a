package ner

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	public "github.com/litopys/litopys/gazetteer"
)

// Conventions of the BSNLP guidelines that hold in every text, applied to
// the tagger's spans:
//   - the English possessive is not part of a name ("Netanyahu’s" →
//     "Netanyahu");
//   - a title is not part of a person's name: in English a span with a
//     capitalised title inside keeps the name after the title as PER and the
//     words before it as their own name ("Facebook CEO Mark Zuckerberg" →
//     "Facebook", "Mark Zuckerberg"; "President Bill Clinton" → "Bill
//     Clinton");
//   - a word for the people of a country is a person (PER) when it is a
//     noun ("Tunisians", "американцы", "українці", "пакистанец") and no name
//     when it is an adjective ("Israeli leaders").

// titles are English words of office and address (lower case).
var titles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`president vice-president president-elect prime minister premier chancellor mr mr. mrs
		mrs. ms ms. dr dr. ceo cfo coo chairman chairwoman chair chief secretary secretary-general general senator sen.
		governor gov. ambassador commissioner attorney-general judge justice rep. representative mayor lord lady sir king
		queen prince princess pope emir sheikh ayatollah archbishop bishop cardinal colonel col. lieutenant lt. major
		maj. captain capt. sergeant sgt. director founder co-founder leader speaker spokesman spokeswoman spokesperson
		foreign defence defense interior finance treasury trade justice health officer minister's envoy deputy
		chief-executive executive editor correspondent professor prof. rev. reverend father saint st. admiral marshal`) {
		m[w] = true
	}
	return m
}()

// nameTitles are the titles that also begin the names of places,
// organisations and events ("Saint Croix", "St. Louis", "General Motors",
// "Major League Baseball", "Prince Edward Island"): a span the
// tagger typed other than PER that starts with one keeps it.
var nameTitles = map[string]bool{"saint": true, "st.": true, "st": true, "major": true, "general": true, "prince": true,
	"princess": true, "king": true, "queen": true, "lord": true, "lady": true, "sir": true, "admiral": true, "marshal": true}

// compass are the words that make a region's demonym of a country's or a
// continent's ("North Korean", "South African", "Latin American").
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "latin": true}

// departments are the titles that name an office only before another
// ("Foreign Minister", "Treasury Secretary"); alone they are words of a
// name ("Council on Foreign Relations", "Health Canada").
var departments = map[string]bool{"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true,
	"treasury": true, "trade": true, "health": true}

// slavicTitles are Russian and Ukrainian lemmas of office and address,
// which legal and official texts capitalise ("Голова Європейської
// Комісії"): a person span that is only one is no name, and one that
// starts with one loses it. Other types keep theirs ("Верховный суд").
var slavicTitles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`президент вице-президент віце-президент премьер прем'єр премьер-министр
		прем'єр-міністр министр міністр голова председатель глава канцлер комиссар комісар еврокомиссар єврокомісар
		спикер спікер генсек посол король королева принц мэр мер губернатор генерал депутат сенатор господин пан пані
		госпожа`) {
		m[w] = true
	}
	return m
}()

// demonyms knows the countries' names, to tell words for their people.
type demonyms struct {
	words []string // lower-cased words of country names, every language
	// inner holds every piece of five runes or more of the words, so that
	// of need not search them all for a stem inside one.
	inner map[string]bool
}

// countryWords is built once, when a tagger first needs it.
var countryWords = sync.OnceValue(newDemonyms)

func newDemonyms() *demonyms {
	d := &demonyms{}
	names, err := public.Public()
	if err != nil {
		return d
	}
	seen := map[string]bool{}
	for _, n := range names {
		if n.Kind != "country" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(n.Form)) {
			if utf8.RuneCountInString(w) >= 4 && !seen[w] {
				seen[w] = true
				d.words = append(d.words, w)
			}
		}
	}
	slices.Sort(d.words)
	d.inner = map[string]bool{}
	for _, w := range d.words {
		var at []int // rune boundaries of w
		for i := range w {
			at = append(at, i)
		}
		at = append(at, len(w))
		for i := range at {
			for j := i + 5; j < len(at); j++ {
				d.inner[w[at[i]:at[j]]] = true
			}
		}
	}
	return d
}

// of reports whether stem (lower case, at least four letters) is the stem
// of a country's name: "tunisi" of "tunisia", "британ" of "великобритания".
func (d *demonyms) of(stem string) bool {
	n := utf8.RuneCountInString(stem)
	if n < 4 {
		return false
	}
	i, _ := slices.BinarySearch(d.words, stem)
	if i < len(d.words) && strings.HasPrefix(d.words[i], stem) {
		return true
	}
	if n < 5 {
		return false
	}
	if utf8.ValidString(stem) {
		// A valid stem lies in a word at rune boundaries, if anywhere.
		return d.inner[stem]
	}
	for _, w := range d.words {
		if strings.Contains(w, stem) {
			return true
		}
	}
	return false
}

// demonymStem returns the stem of an English word for the people of a
// country, and whether it is plural: "tunisians" → "tunisi", true.
func demonymStem(w string) (string, bool, bool) {
	plural := strings.HasSuffix(w, "s")
	base := strings.TrimSuffix(w, "s")
	for _, suf := range []string{"ian", "ean", "ese", "ean", "an", "i", "ish"} {
		if strings.HasSuffix(base, suf) && len(base) > len(suf)+3 {
			return strings.TrimSuffix(base, suf), plural, true
		}
	}
	return "", false, false
}

// demonymNounStem returns the stem of a Russian or Ukrainian lemma that
// names a person by origin: "американец" → "америка"-like stem "америка".
func demonymNounStem(lemma string) (string, bool) {
	if !strings.HasSuffix(lemma, "н") && !strings.HasSuffix(lemma, "ц") && !strings.HasSuffix(lemma, "ь") {
		return "", false // the last letters of the endings below: most words stop here
	}
	for _, suf := range demonymEndings {
		if strings.HasSuffix(lemma, suf) && utf8.RuneCountInString(lemma) > utf8.RuneCountInString(suf)+3 {
			return strings.TrimSuffix(lemma, suf), true
		}
	}
	return "", false
}

// demonymEndings are the endings demonymNounStem strips.
var demonymEndings = []string{"янин", "анин", "енин", "инец", "ієць", "ець", "ец"}

// conventions applies the conventions above to spans (in order, no
// overlap) of text with its tokens.
func (t *Tagger) conventions(text string, toks []litopys.Token, spans []Span, lang string) []Span {
	out := spans[:0:0]
	ti := 0
	for _, sp := range spans {
		for ti < len(toks) && toks[ti].End <= sp.Start {
			ti++
		}
		tj := ti
		for tj < len(toks) && toks[tj].Start < sp.End {
			tj++
		}
		if lang == "en" {
			out = t.englishSpans(out, text, toks[ti:tj], sp)
			continue
		}
		if tj > ti && sp.Type == litopys.PER && slavicTitles[strings.ToLower(toks[ti].Lemma)] {
			if tj-ti == 1 || ti+1 >= len(toks) {
				continue // "Голова", "Генеральний": a title, no name
			}
			sp.Start = toks[ti+1].Start
		}
		out = append(out, sp)
	}
	if lang == "ru" || lang == "uk" {
		out = t.demonymNouns(out, toks)
	}
	if lang == "en" {
		out = t.englishContext(out, text, toks)
	}
	return out
}

// englishSpan appends sp after the English conventions.
func (t *Tagger) englishSpan(out []Span, text string, toks []litopys.Token, sp Span) []Span {
	if e := possessive(text[sp.Start:sp.End]); e >= 0 {
		sp.End = sp.Start + e
	}
	if len(toks) == 1 {
		w := strings.ToLower(text[sp.Start:sp.End])
		if stem, plural, ok := demonymStem(w); ok && countryWords().of(stem) {
			if !plural {
				return out // "Israeli leaders": an adjective, no name
			}
			sp.Type = litopys.PER
		}
		if titles[w] {
			return out
		}
		return append(out, sp)
	}
	if len(toks) == 2 && compass[strings.ToLower(toks[0].Text)] {
		if stem, plural, ok := demonymStem(strings.ToLower(toks[1].Text)); ok && countryWords().of(stem) {
			if !plural {
				return out // "North Korean leader", "South African nation": an adjective
			}
			sp.Type = litopys.PER // "North Koreans"
			return append(out, sp)
		}
	}
	last := -1
	for k, tk := range toks {
		if k < len(toks)-1 && tk.Start < sp.End && titles[strings.ToLower(tk.Text)] && startsUpper(tk.Text) {
			last = k
		}
	}
	if last >= 0 && toks[last+1].Text == "." && last+2 < len(toks) {
		last++ // "Mr. Bashir"
	}
	if last < 0 || !startsUpper(toks[last+1].Text) {
		return append(out, sp) // "Speaker of the House" is no title before a name
	}
	first := last
	for first > 0 && titles[strings.ToLower(toks[first-1].Text)] {
		first--
	}
	if first == 0 && sp.Type != litopys.PER && nameTitles[strings.ToLower(toks[0].Text)] {
		return append(out, sp) // "Major League Baseball", "St. Louis", "Prince Edward Island"
	}
	if !slices.ContainsFunc(toks[first:last+1], func(tk litopys.Token) bool { return !departments[strings.ToLower(tk.Text)] }) {
		return append(out, sp) // "Council on Foreign Relations": no office without "Minister" or "Secretary"
	}
	if first > 0 {
		pre := Span{Start: sp.Start, End: toks[first-1].End, Type: litopys.ORG}
		if sp.Type != litopys.PER {
			pre.Type = sp.Type
		}
		if first == 1 {
			w := strings.ToLower(toks[0].Text)
			if stem, _, ok := demonymStem(w); ok && countryWords().of(stem) {
				pre.End = pre.Start // "Ukrainian President …": no name
			} else if countryWords().of(w) {
				pre.Type = litopys.LOC // "Zimbabwe President …"
			}
		}
		if pre.End > pre.Start {
			out = append(out, pre)
		}
	}
	name := Span{Start: toks[last+1].Start, End: sp.End, Type: litopys.PER}
	if e := possessive(text[name.Start:name.End]); e >= 0 {
		name.End = name.Start + e
	}
	return append(out, name)
}

// possessive returns the length of s without an English possessive ending
// ("’s", "'s") after a Latin letter, or -1 when it has none.
func possessive(s string) int {
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(suf)])
			if r < utf8.RuneSelf && unicode.IsLetter(r) {
				return len(s) - len(suf)
			}
		}
	}
	return -1
}

// demonymNouns adds as PER the lower-case Russian and Ukrainian nouns for
// the people of a country that no span covers ("американцы", "українців").
func (t *Tagger) demonymNouns(spans []Span, toks []litopys.Token) []Span {
	var add []Span
	si := 0
	for _, tk := range toks {
		for si < len(spans) && spans[si].End <= tk.Start {
			si++
		}
		if si < len(spans) && spans[si].Start < tk.End || tk.Kind != litopys.TokenWord || startsUpper(tk.Text) {
			continue
		}
		lemma := tk.Lemma
		if lemma == "" {
			continue
		}
		if stem, ok := demonymNounStem(lemma); ok && countryWords().of(stem) {
			add = append(add, Span{Start: tk.Start, End: tk.End, Type: litopys.PER})
		}
	}
	return addSpans(spans, add)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// addSpans returns spans with add among them, in order of start.
func addSpans(spans, add []Span) []Span {
	if len(add) == 0 {
		return spans
	}
	spans = append(spans, add...)
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	return spans
}
