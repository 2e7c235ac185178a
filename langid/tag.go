package langid

import (
	"math"

	"github.com/litopys/litopys"
)

// Detect returns the language of a single string and a confidence in
// [0, 1]: 0 when text has no letters, 0.5 when its words are evenly split,
// near 1 when they all point one way (the logistic of the summed
// log-odds). Text mostly in a script other than Cyrillic or
// Latin is Other with the share of its letters as confidence.
func (m *Model) Detect(text string) (lang string, confidence float64) {
	e := m.evidence(text)
	v := m.judge(e)
	switch {
	case v.weight == 0:
		return Other, 0
	case v.lang == Other && e.letters[scriptOther] == v.weight:
		total := e.letters[scriptCyrillic] + e.letters[scriptLatin] + e.letters[scriptOther]
		return Other, float64(v.weight) / float64(total)
	case v.lang == "":
		// Letters but no evidence either way: fall back on the script.
		if e.letters[scriptCyrillic] >= e.letters[scriptLatin] {
			return RU, 0.5
		}
		return EN, 0.5
	}
	return v.lang, 1 / (1 + math.Exp(-v.nats))
}

// Tag returns the language of the document and one language per sentence.
// sentences are byte spans into text (spans outside text are clipped).
// A sentence whose own evidence is strong keeps its language, so a mixed
// document keeps mixed tags; a short or ambiguous one ("США", "КНДР", a
// number, a Latin brand name) takes the language of its nearest sure
// neighbours when they agree, else the document's.
func (m *Model) Tag(text string, sentences []litopys.Span) (doc string, perSentence []string) {
	vs := make([]verdict, len(sentences))
	var votes [4]int
	for i, sp := range sentences {
		start, end := max(sp.Start, 0), min(sp.End, len(text))
		if start >= end {
			continue
		}
		vs[i] = m.judge(m.evidence(text[start:end]))
		if vs[i].sure {
			votes[langIndex(vs[i].lang)] += vs[i].weight
		}
	}
	doc = m.docLang(text, votes)
	// First the language of the nearest sure sentence after each one...
	perSentence = make([]string, len(sentences))
	next := ""
	for i := len(vs) - 1; i >= 0; i-- {
		perSentence[i] = next
		if vs[i].sure {
			next = vs[i].lang
		}
	}
	// ...then each sentence's own, or its context's.
	prev := ""
	for i, v := range vs {
		switch {
		case v.sure:
			prev = v.lang
			perSentence[i] = v.lang
		case prev == "" || perSentence[i] != prev:
			perSentence[i] = doc
		}
	}
	return doc, perSentence
}

// docLang is the language with most letters in sure sentences; with no
// sure sentence it is what the whole text says.
func (m *Model) docLang(text string, votes [4]int) string {
	best := -1
	for i, v := range votes {
		if v > 0 && (best < 0 || v > votes[best]) {
			best = i
		}
	}
	if best >= 0 {
		return langs[best]
	}
	lang, _ := m.Detect(text)
	return lang
}

var langs = [4]string{RU, UK, EN, Other}

func langIndex(lang string) int {
	switch lang {
	case RU:
		return 0
	case UK:
		return 1
	case EN:
		return 2
	}
	return 3
}
