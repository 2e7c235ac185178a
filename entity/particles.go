package entity

import (
	"github.com/litopys/litopys"
)

// nameParticles are the lower-case nobiliary particles inside a person's
// name ("Соня ван Тихелен", "Х. ван дер Брук", "Ursula von der Leyen").
// The strong ones are no common word of ru or uk and may start a name
// written without its first name ("сообщила ван Тихелен"); the weak ones
// ("де" is Ukrainian "where") join only a name before them.
var nameParticles = map[string]bool{
	"ван": true, "фон": true, "дер": true, "van": true, "von": true, "der": true, "den": true,
	"де": false, "ди": false, "дель": false, "de": false, "di": false, "del": false, "da": false,
}

// extendParticles lets a person's span take in the particles written before
// it, at most two, and the name before them: the end of a person span right
// there (the two become one), an initial ("Х." + "ван дер" + "Брук"), or a
// capitalised word no span holds that does not start a sentence ("Соня" +
// "ван" + "Тихелен"). With no name before, only strong particles are taken
// ("ван" + "Тихелен").
func extendParticles(doc *litopys.Document, spans []Span) []Span {
	inSpan := func(t litopys.Token) bool {
		for _, sp := range spans {
			if t.Start < sp.End && t.End > sp.Start {
				return true
			}
		}
		return false
	}
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		if sp.Type != litopys.PER || a >= b || !startsUpper(doc.Tokens[a].Text) {
			out = append(out, sp)
			continue
		}
		k, strong := a, true
		for k > 0 && a-k < 2 && doc.Tokens[k-1].Kind == litopys.TokenWord {
			s, ok := nameParticles[doc.Tokens[k-1].Text]
			if !ok {
				break
			}
			strong = strong && s
			k--
		}
		if k == a {
			out = append(out, sp)
			continue
		}
		switch prev := k - 1; {
		case prev >= 0 && len(out) > 0 && out[len(out)-1].Type == litopys.PER && out[len(out)-1].End == doc.Tokens[prev].End:
			out[len(out)-1].End = sp.End
			continue
		case prev >= 1 && doc.Tokens[prev].Text == "." && initialLetter(doc.Tokens[prev-1]) && !inSpan(doc.Tokens[prev-1]):
			sp.Start = doc.Tokens[prev-1].Start
		case prev >= 1 && doc.Tokens[prev].Kind == litopys.TokenWord && startsUpper(doc.Tokens[prev].Text) &&
			!initialLetter(doc.Tokens[prev]) && !inSpan(doc.Tokens[prev]) && !sentenceEnd(doc.Tokens[prev-1].Text):
			sp.Start = doc.Tokens[prev].Start
		case strong:
			sp.Start = doc.Tokens[k].Start
		}
		out = append(out, sp)
	}
	return out
}

// sentenceEnd reports whether a token ends a sentence.
func sentenceEnd(s string) bool {
	switch s {
	case ".", "!", "?", "…", "\n":
		return true
	}
	return false
}
