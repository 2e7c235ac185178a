package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
	"github.com/litopys/litopys/morph"
)

// splitClauses numbers the clauses of the sentence: a new clause starts
// at ";", ":", brackets and dashes, at a comma before a subordinating word
// ("…, что", "…, в котором"), and at a coordinating word followed by a
// verb ("… встретился с X и осудил Y").
func (s *sentence) splitClauses() {
	s.clause = make([]int, s.b-s.a)
	c := 0
	aside := false // in a parenthetical "как сообщил X," clause
	for i := s.a; i < s.b; i++ {
		t := s.doc.Tokens[i].Text
		switch {
		case t == ";" || t == ":" || t == "(" || t == ")" || t == "—" || t == "–" || t == "-" && s.doc.Tokens[i].Kind != litopys.TokenWord:
			c++
			aside = false
		case t == "," && aside:
			c++ // "Как сообщил X, в Назрань были введены …": what is said
			aside = false
		case t == "," && (s.subordinateAfter(i+1) || coordinators[s.word(i+1)]):
			c++
		case t == "," && asides[s.word(i+1)] && s.verbWithin(i+2, 2):
			c++
			aside = true
		case coordinators[s.word(i)] && s.word(i-1) != "," && s.verbWithin(i+1, 3):
			c++
		}
		if i == s.a && asides[s.word(i)] && s.verbWithin(i+1, 2) {
			aside = true
		}
		s.clause[i-s.a] = c
		for len(s.opener) <= c {
			s.opener = append(s.opener, "")
		}
		if s.opener[c] == "" && s.isWord(i) {
			s.opener[c] = s.word(i)
		}
	}
}

// subordinateAfter reports whether a subordinating word starts at i,
// possibly after a preposition ("в котором", "при якому").
func (s *sentence) subordinateAfter(i int) bool {
	for k := 0; k < 2 && i < s.b; i++ {
		if !s.isWord(i) {
			continue
		}
		w := s.word(i)
		if subordinators[w] {
			return true
		}
		if !placePreps[w] && !otherPreps[w] {
			return false
		}
		k++
	}
	return false
}

// verbWithin reports whether a finite or past verb comes within n words
// of token i with only adverbs and particles before it (a noun or a name
// between makes "і Путін провели" a coordination of subjects, not of
// clauses).
func (s *sentence) verbWithin(i, n int) bool {
	for ; i < s.b && n > 0; i++ {
		if s.doc.Tokens[i].Text == "," {
			return false
		}
		if !s.isWord(i) || s.inTime(i) {
			continue // "и 12 сентября встретился": a date is no subject
		}
		if k := s.anaphoricAt(i); k > i {
			i = k - 1 // "и в тот же день встретился"
			continue
		}
		n--
		if s.isVerb(i) {
			return true
		}
		if capitalised(s.doc.Tokens[i].Text) || s.an == nil {
			return false
		}
		if hasSuffix(s.word(i), "о") {
			continue // an adverb: "и решительно осудил"
		}
		if pos := s.posAt(i); pos == morph.PosNoun || pos == morph.PosAdj {
			return false
		}
	}
	return false
}

// isVerb reports whether token i reads as a verb form (not an infinitive:
// "и встретиться" does not start a clause).
func (s *sentence) isVerb(i int) bool {
	if v := s.verb[i-s.a]; v != 0 {
		return v > 0
	}
	ok := s.readVerb(i)
	s.verb[i-s.a] = map[bool]int8{true: 1, false: -1}[ok]
	return ok
}

func (s *sentence) readVerb(i int) bool {
	t := s.doc.Tokens[i]
	w := s.lower[i-s.a]
	if hasSuffix(w, "ть", "ться", "ти", "тися", "тись", "чь") || i > s.a && capitalised(t.Text) {
		return false // an infinitive, or a capitalised word inside the sentence: a name
	}
	if s.an == nil {
		return false
	}
	return s.posAt(i) == morph.PosVerb
}

// isPast reports whether token i is a past-tense verb form.
func (s *sentence) isPast(i int) bool {
	if !s.isVerb(i) {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(s.word(i), "ся"), "сь")
	return hasSuffix(w, "л", "ла", "ло", "ли") || s.lang == "uk" && hasSuffix(w, "в")
}

// capitalised reports whether w starts with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasSuffix(w string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// posAt is the part of speech of token i: read from the shape of the
// lemma the pipeline chose in context (an infinitive is a verb, an
// adjective ending an adjective; an uninflected lemma is asked of morph),
// once per token (PosOther without an analyser).
func (s *sentence) posAt(i int) morph.POS {
	k := i - s.a
	if s.pos[k] == 0 {
		s.pos[k] = 1 + uint8(s.readPOS(i))
	}
	return morph.POS(s.pos[k] - 1)
}

// nounsInTь are nouns whose base form ends like an infinitive.
var nounsInTь = map[string]bool{"путь": true, "сеть": true, "мать": true, "суть": true, "ртуть": true, "знать": true, "жуть": true, "медь": true}

func (s *sentence) readPOS(i int) morph.POS {
	t := s.doc.Tokens[i]
	if l := t.Lemma; l != "" && l != s.word(i) {
		switch {
		case hasSuffix(l, "ться", "ти", "тися", "тись", "чь", "чься"),
			hasSuffix(l, "ать", "ять", "еть", "ить", "ыть", "оть", "уть", "ёть") && !nounsInTь[l]:
			return morph.PosVerb // not "власть", "область", "путь"
		case hasSuffix(l, "ый", "ий", "ой", "ій", "їй"):
			return morph.PosAdj
		}
		return morph.PosNoun
	}
	if s.an != nil {
		if as := s.an.Analyses(t.Text, s.lang); len(as) > 0 {
			return as[0].POS
		}
	}
	return morph.PosOther
}

// lowerWord is strings.ToLower without an allocation for a word that has
// no capital (most words).
func lowerWord(w string) string {
	if textcase.HasUpper(w) {
		return textcase.Lower(w)
	}
	return w
}
