package entity

import (
	"regexp"
	"sort"
	"unicode"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// exitCoinage matches the lower-cased "-exit" blends of news language: a
// clipped country name and "exit", the name of a country's leaving a union
// ("Brexit", "Grexit", "Frexit", "Nexit", "Italexit"; in Cyrillic
// "брексит"/"брекзит", "грексит", "фрексит", Ukrainian "брексіт"), with a
// Russian or Ukrainian case ending. Such a word names one event whatever
// its case ("брексита" in lower case too) — BSNLP types it EVT.
var exitCoinage = regexp.MustCompile(`^(?:[a-z]{1,5}exit|[а-яёіїєґ]{1,5}[еэє]к[сз][иі]т(?:а|у|ом|е|і|ові|ом)?)$`)

// isExit reports whether t is a word of the exitCoinage class.
func isExit(t litopys.Token) bool {
	return t.Kind == litopys.TokenWord && hasExitCore(t.Text) && exitCoinage.MatchString(textcase.Lower(t.Text))
}

// hasExitCore reports whether w holds "xit" or "к" + "с"/"з" + "и"/"і" +
// "т" in either case: every word of exitCoinage does, and it spares the
// regular expression (and the lower-casing) for nearly every word of a
// text.
func hasExitCore(w string) bool {
	var prev [3]rune // the last three runes, lower-cased, newest last
	for _, r := range w {
		r = unicode.ToLower(r)
		if r == 't' && prev[1] == 'x' && prev[2] == 'i' ||
			r == 'т' && prev[0] == 'к' && (prev[1] == 'с' || prev[1] == 'з') && (prev[2] == 'и' || prev[2] == 'і') {
			return true
		}
		prev[0], prev[1], prev[2] = prev[1], prev[2], r
	}
	return false
}

// splitExitPersons cuts a "-exit" word off the start or the end of a person
// span — a tagger that ran the event into the name beside it ("Брекзита
// Найджел Фарадж", after "министр"): no person's name holds one.
func splitExitPersons(doc *litopys.Document, spans []Span) []Span {
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		if sp.Type != litopys.PER || b-a < 2 {
			out = append(out, sp)
			continue
		}
		switch {
		case isExit(doc.Tokens[a]):
			out = append(out, Span{Start: sp.Start, End: doc.Tokens[a].End, Type: litopys.EVT},
				Span{Start: doc.Tokens[a+1].Start, End: sp.End, Type: sp.Type})
		case isExit(doc.Tokens[b-1]):
			out = append(out, Span{Start: sp.Start, End: doc.Tokens[b-2].End, Type: sp.Type},
				Span{Start: doc.Tokens[b-1].Start, End: sp.End, Type: litopys.EVT})
		default:
			out = append(out, sp)
		}
	}
	return out
}

// exitEvents makes an event of every word of the exitCoinage class that
// stands alone: a span of that word alone the tagger typed otherwise, or
// the word outside any span. A longer name holding it ("министерства по
// вопросам Brexit", "BrexitCentral") is left to the tagger.
func (r *Resolver) exitEvents(doc *litopys.Document, spans []Span) []Span {
	spans = splitExitPersons(doc, spans)
	return wordEvents(doc, spans, func(i int, t litopys.Token) bool {
		// "экзит-пол", "Brexit-партия": a compound's first part is not one.
		return isExit(t) && !(i+1 < len(doc.Tokens) && doc.Tokens[i+1].Start == t.End &&
			(doc.Tokens[i+1].Text == "-" || doc.Tokens[i+1].Text == "–"))
	})
}

// wordEvents makes an event of each token for which is holds: typed EVT when a
// span is that token alone, added when no span overlaps it, left to the
// tagger inside a longer span.
func wordEvents(doc *litopys.Document, spans []Span, is func(i int, t litopys.Token) bool) []Span {
	added := false
	for i, t := range doc.Tokens {
		if !is(i, t) {
			continue
		}
		inside := false
		for k, sp := range spans {
			if sp.End <= t.Start || sp.Start >= t.End {
				continue
			}
			inside = true
			if sp.Start == t.Start && sp.End == t.End {
				spans[k].Type = litopys.EVT
			}
		}
		if !inside {
			spans = append(spans, Span{Start: t.Start, End: t.End, Type: litopys.EVT})
			added = true
		}
	}
	if added {
		sort.SliceStable(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
	}
	return spans
}

// datedEvent matches the lower-cased one-word names of a recurring event
// with its year glued on by a hyphen: a championship, games or a fair
// ("ЧМ-2018", "Олимпиада-2014", "Євро-2012", "Expo-2020"). The year makes
// it one occurrence, an event, not the series' organiser or a product.
var datedEvent = regexp.MustCompile(`^(?:чм|чс|олимпиад[аыеуой]{0,2}|олімпіад[аиіуой]{0,2}|универсиад[аыеуой]{0,2}|універсіад[аиіуой]{0,2}|евро|євро|euro|экспо|експо|expo|мундиал[ьяюе]?|евровидени[еяю]|євробачен[няію]{1,2}|eurovision)[-–](?:19|20)\d\d$`)

// datedEvents makes an event of a capitalised datedEvent word that the
// tagger left out or typed otherwise, when it stands alone.
func (r *Resolver) datedEvents(doc *litopys.Document, spans []Span) []Span {
	return wordEvents(doc, spans, func(_ int, t litopys.Token) bool {
		return startsUpper(t.Text) && datedEvent.MatchString(textcase.Lower(t.Text))
	})
}
