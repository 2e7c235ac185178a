package entity

import (
	"strings"

	"github.com/litopys/litopys"
)

// maxAdjectiveTail is how many lower-case words completeAdjectives takes in
// after a span: adjectives and then their head noun.
const maxAdjectiveTail = 3

// nameHeads are nouns that head names of a type after an adjective, beside
// the descriptors and institutions: organisations, places, events and
// legal texts ("Стокгольмський арбітраж", "Балтийское море", "Мінські
// домовленості"). General vocabulary; titles ("генеральный секретарь")
// and other common nouns ("европейская интеграция") head no name.
var nameHeads = func() map[string]string {
	m := map[string]string{}
	for typ, words := range map[string]string{
		litopys.ORG: `комиссия комісія комитет комітет союз спілка сообщество спільнота співтовариство ассоциация
			асоціація федерация федерація лига ліга ассамблея асамблея альянс коллегия колегія колледж коледж школа
			институт інститут академия академія трибунал арбитраж арбітраж объединение об'єднання директорат
			секретариат секретаріат конгресс конгрес бюро группа група`,
		litopys.LOC: `море океан полуостров півострів пролив протока залив затока остров острів озеро река річка
			гора хребет область край регион регіон округ район равнина рівнина пустыня пустеля долина канал`,
		litopys.EVT: `война війна выборы вибори революция революція кризис криза`,
		litopys.PRO: `хартия хартія директива регламент декларация декларація меморандум протокол устав статут
			конституция конституція кодекс договоренность домовленість`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = typ
		}
	}
	return m
}()

// headType returns the type of name a noun lemma heads after an adjective,
// or "".
func headType(lemma string) string {
	if typ, ok := descriptors[lemma]; ok {
		return typ
	}
	if institutions[lemma] {
		return litopys.ORG
	}
	return nameHeads[lemma]
}

// completeAdjectives mends spans of Russian and Ukrainian made only of
// capitalised common adjectives — words the dictionary knows as adjectives
// and never as a name ("Генеральний", "Стокгольмського", "Ирландская",
// "Амстердамський"). Official style capitalises the adjective of a name and
// not its noun, and a tagger that has never seen the noun inside a name
// stops before it; an adjective alone names nothing. Inside a sentence the
// span takes in the lower-case adjectives and the noun that follow it
// ("Стокгольмського арбітражу", "Амстердамський договір") when the noun
// heads names (headType) and takes the noun's type (a treaty is a
// product, a summit an event). Followed by another noun ("Європейська
// інтеграція", "Генеральний секретар") or none, or at the start of a
// sentence, where any word is capitalised ("Ирландская авиакомпания
// Ryanair"), the span is dropped. A quoted adjective is a name
// (космодром "Східний"), and a span before a lower-case word the
// dictionary does not know is left as it is (a numbered noun,
// "Северного потока-2", extendNumbered has taken in before).
func (r *Resolver) completeAdjectives(doc *litopys.Document, spans []Span) []Span {
	if r.Common == nil || r.Grammar == nil {
		return spans
	}
	out := spans[:0:0]
	for i, sp := range spans {
		a, b := tokensOf(doc, sp)
		lang := langAt(doc, sp.Start)
		quoted := a > 0 && isQuote(doc.Tokens[a-1].Text) || b < len(doc.Tokens) && isQuote(doc.Tokens[b].Text)
		if a >= b || quoted || lang != "ru" && lang != "uk" || !r.allAdjectives(doc.Tokens[a:b], lang) {
			out = append(out, sp)
			continue
		}
		limit := len(doc.Tokens)
		if i+1 < len(spans) {
			limit, _ = tokensOf(doc, spans[i+1])
		}
		end, typ := r.nounPhrase(doc, b, limit, lang)
		if end == unknownWord && !sentenceStart(doc, a) {
			out = append(out, sp) // "Северного потока-2": the dictionary cannot tell
			continue
		}
		if end < 0 || typ == "" || sentenceStart(doc, a) {
			continue
		}
		out = append(out, Span{Start: sp.Start, End: doc.Tokens[end].End, Type: typ})
	}
	return out
}

// allAdjectives reports whether every token is a capitalised word the
// dictionary knows only as a common adjective.
func (r *Resolver) allAdjectives(toks []litopys.Token, lang string) bool {
	for _, t := range toks {
		if t.Kind != litopys.TokenWord || !startsUpper(t.Text) || isAcronym(t.Text) || !r.Common.Common(t.Text, lang) {
			return false
		}
		if adj, _, ok := r.Grammar.Grammar(lemmaOf(t, lang, r.Lex), lang); !ok || !adj {
			return false
		}
	}
	return true
}

// unknownWord is what nounPhrase returns for a phrase it cannot read.
const unknownWord = -2

// nounPhrase returns the index of the noun that ends the lower-case noun
// phrase starting at token k (adjectives, then the noun; before token
// limit, on one line, words only), and the type the noun gives a name ("" if
// none); -1 when there is no such noun, unknownWord when a word of the
// phrase is one the dictionary does not know.
func (r *Resolver) nounPhrase(doc *litopys.Document, k, limit int, lang string) (int, string) {
	for n := 0; n < maxAdjectiveTail && k < limit; n, k = n+1, k+1 {
		t := doc.Tokens[k]
		gap := doc.Text[doc.Tokens[k-1].End:t.Start]
		if t.Kind != litopys.TokenWord || startsUpper(t.Text) || strings.TrimSpace(gap) != "" || strings.Contains(gap, "\n") {
			return -1, ""
		}
		lemma := lemmaOf(t, lang, r.Lex)
		adj, _, ok := r.Grammar.Grammar(lemma, lang)
		if !ok {
			return unknownWord, ""
		}
		if adj {
			continue
		}
		return k, headType(lemma)
	}
	return -1, ""
}

// retypeByHead types a Russian or Ukrainian span by its head noun — the
// first noun after any adjectives — when the noun heads the names of
// legal texts or events only ("Маастрихтському договорі" and "Європейської
// конвенції" are products, whatever the tagger took them for; "Федерального
// конституційного суду" keeps its type: its head is the court). A common
// noun alone that heads organisation names is an organisation when the
// tagger took it for a person or a place (institutionWord).
func (r *Resolver) retypeByHead(doc *litopys.Document, spans []Span) []Span {
	if r.Grammar == nil {
		return spans
	}
	for k, sp := range spans {
		lang := langAt(doc, sp.Start)
		if lang != "ru" && lang != "uk" {
			continue
		}
		a, b := tokensOf(doc, sp)
		if b == a+1 && (sp.Type == litopys.PER || sp.Type == litopys.LOC) && r.institutionWord(doc.Tokens[a], lang) {
			spans[k].Type = litopys.ORG
			continue
		}
		for i := a; i < b; i++ {
			t := doc.Tokens[i]
			if t.Kind != litopys.TokenWord {
				break
			}
			lemma := lemmaOf(t, lang, r.Lex)
			adj, _, ok := r.Grammar.Grammar(lemma, lang)
			if !ok {
				break
			}
			if adj {
				continue
			}
			if typ := headType(lemma); typ == litopys.PRO && documentHeads[lemma] || typ == litopys.EVT && eventHeads[lemma] {
				spans[k].Type = typ
			}
			break
		}
	}
	return spans
}

// institutionWord reports whether t, a capitalised word alone, is a
// common noun that heads organisation names and that the dictionary never
// knows as a name: "Союз", "Співтовариства", "Комісії", "Раді" stand for an
// institution the text named in full before, never for a person or a place.
func (r *Resolver) institutionWord(t litopys.Token, lang string) bool {
	if r.Common == nil || t.Kind != litopys.TokenWord || !startsUpper(t.Text) || isAcronym(t.Text) || !r.Common.Common(t.Text, lang) {
		return false
	}
	lemma := lemmaOf(t, lang, r.Lex)
	adj, _, ok := r.Grammar.Grammar(lemma, lang)
	return ok && !adj && headType(lemma) == litopys.ORG
}

// documentHeads and eventHeads are the heads retypeByHead trusts: nouns
// that name nothing but a legal text or an event.
var documentHeads, eventHeads = wordSet(`договор договір конвенция конвенція соглашение угода пакт хартия хартія
	директива регламент декларация декларація меморандум устав статут конституция конституція кодекс
	договоренность домовленість`), wordSet(`выборы вибори война війна революция революція саммит саміт чемпионат
	чемпіонат`)

// eventsAfter types as an event a name the tagger took for an organisation
// or a product right after "после" or "після" ("после Brexit", "після
// Олімпіади"): what comes after in time is an event (a person or a place
// there keep their type: "после Путина" speaks next). The document's other
// mentions of the name (same lemmas) typed so follow, also when the tagger
// itself found the event there.
func (r *Resolver) eventsAfter(doc *litopys.Document, spans []Span) []Span {
	events := map[string]bool{}
	for k, sp := range spans {
		a, b := tokensOf(doc, sp)
		if a < 1 || a >= b || sp.Type != litopys.ORG && sp.Type != litopys.PRO && sp.Type != litopys.EVT {
			continue
		}
		if w := strings.ToLower(doc.Tokens[a-1].Text); w != "после" && w != "після" {
			continue
		}
		spans[k].Type = litopys.EVT
		events[r.nameKey(doc, a, b)] = true
	}
	if len(events) == 0 {
		return spans
	}
	for k, sp := range spans {
		if sp.Type == litopys.ORG || sp.Type == litopys.PRO {
			if a, b := tokensOf(doc, sp); events[r.nameKey(doc, a, b)] {
				spans[k].Type = litopys.EVT
			}
		}
	}
	return spans
}
