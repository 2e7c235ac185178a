package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// institutions are the head nouns of organisation names that take their
// owner as a genitive dependent: "Совет Безопасности ООН", "Міністерство
// закордонних справ Південної Кореї", "МИД Японии".
var institutions = map[string]bool{
	"министерство": true, "міністерство": true, "совет": true, "рада": true, "комитет": true, "комітет": true,
	"служба": true, "департамент": true, "управление": true, "управління": true, "агентство": true,
	"посольство": true, "правительство": true, "уряд": true, "мид": true, "мзс": true, "прокуратура": true,
	"генпрокуратура": true, "администрация": true, "адміністрація": true, "парламент": true, "сенат": true,
	"штаб": true, "генштаб": true, "командование": true, "командування": true, "банк": true, "центробанк": true,
	"канцелярия": true, "канцелярія": true, "офис": true, "офіс": true, "палата": true, "суд": true,
}

// placePrepositions split a recognised span that ran over into a place:
// "… сотрудничества в Сан-Франциско".
var placePrepositions = map[string]bool{"в": true, "во": true, "у": true, "на": true, "in": true}

// Repair mends recognised spans where a statistical tagger is known to
// slip, using what the text and the gazetteer say rather than the model:
//   - a span that runs into a parenthesis is two names, the one before and
//     the one inside ("Вольфганг Бюхель (Wolfgang Büchele)");
//   - function words at the edges of a span are not part of the name
//     ("Зеленського та"), nor is a verb at its end ("Комісія здійснює"),
//     nor a common word that starts the sentence before a person's name
//     ("Тиждень Трампа");
//   - a person takes in the initials before the surname ("А. Кубилюс"),
//     and the nobiliary particles with the name before them ("Соня" +
//     "ван" + "Тихелен", "Х. ван дер Брук");
//   - a person span that holds two people, one of them in the gazetteer,
//     is two ("Дональд Трамп Киллиан Конвее");
//   - an organisation or product in the Latin script run into a person
//     named in Cyrillic after it is two ("Cockpit" | "Мартин Лохер");
//   - an institution followed by its owner is one organisation ("Совета
//     Безопасности" + "ООН", "Верховный суд" + "Пакистана": the head noun
//     after any adjectives);
//   - a span that runs over a preposition into a capitalised name is two
//     ("… сотрудничества" | "Сан-Франциско");
//   - a person span that starts with an organisation or place the gazetteer
//     knows loses that word ("Пентагону Сабріна Сінгх" → "Сабріна Сінгх");
//   - a span plus the lower-case word after it that together name a known
//     organisation or place become that ("Білий" + "дім");
//   - a name followed by a company's legal form is one organisation with
//     it, whatever the tagger had inside ("Nord Stream 2" + "AG",
//     "… Трейдинг" + "Б.В.");
//   - a numbered name takes in its number ("Северного" + "потока-2",
//     "Северный поток" + "– 2", "Nord Stream" + "2");
//   - a span made only of capitalised common adjectives is no name by
//     itself: inside a sentence it takes in the lower-case noun phrase after
//     it ("Стокгольмського" + "арбітражу", "Амстердамський" + "договір"),
//     at the start of a sentence or with no noun after it it is dropped
//     ("Ирландская авиакомпания", "Генеральний,");
//   - an organisation span ending in an institution's head noun takes in
//     the lower-case genitive phrase after it ("Асоціація" + "європейських
//     суддів", "Комітет" + "міністрів"), not an instrumental's object, and
//     in Russian its remit after "по" ("Комитет" + "по иностранным делам");
//   - a span headed by a legal text's or an event's noun takes that type
//     ("Маастрихтському договорі"), a common noun alone that heads
//     organisation names typed a person or a place is an organisation
//     ("Союзу"), and a name right after "после"/"після"
//     typed ORG or PRO is an event, with its other such mentions;
//   - a name of a public list of one type (social networks, scriptures,
//     software, medicines, vehicle models: products) takes that type;
//   - a quoted name takes the type of the common noun before it
//     ("космодром «Восточный»" is a place).
func (r *Resolver) Repair(doc *litopys.Document, spans []Span) []Span {
	spans = r.splitAtParenthesis(doc, spans)
	spans = r.trimSpans(doc, spans)
	spans = extendInitials(doc, spans)
	spans = extendParticles(doc, spans)
	spans = r.splitGluedPersons(doc, spans)
	spans = r.splitScripts(doc, spans)
	spans = r.splitAtPreposition(doc, spans)
	spans = r.trimPersonPrefix(doc, spans)
	spans = r.extendToKnown(doc, spans)
	spans = r.extendNumbered(doc, spans)
	spans = r.legalNames(doc, spans)
	spans = r.completeAdjectives(doc, spans)
	spans = r.extendGenitive(doc, spans)
	spans = r.extendRemit(doc, spans)
	spans = r.retypeByHead(doc, spans)
	spans = r.eventsAfter(doc, spans)
	spans = r.typeByList(doc, spans)
	spans = r.productModels(doc, spans)
	spans = r.exitEvents(doc, spans)
	spans = r.datedEvents(doc, spans)
	spans = r.typeByDescriptor(doc, spans)
	return r.mergeOwners(doc, spans)
}

// tokensOf returns the index range of the tokens inside sp. The last may
// run past sp's end: the tagger cuts an English possessive off the token
// it is glued to ("Netanyahu’s" → "Netanyahu"), and the name keeps that
// token (endAt).
func tokensOf(doc *litopys.Document, sp Span) (int, int) {
	i := 0
	lo, hi := 0, len(doc.Tokens)
	for lo < hi { // first token with Start >= sp.Start
		m := (lo + hi) / 2
		if doc.Tokens[m].Start < sp.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	i = lo
	j := i
	for j < len(doc.Tokens) && doc.Tokens[j].Start < sp.End {
		j++
	}
	return i, j
}

// splitAtParenthesis cuts a span that runs into a parenthesis in two: the
// name before it and the name inside — another spelling or an acronym of
// it ("Вольфганг Бюхель (Wolfgang Büchele)", "Детский фонд ООН (ЮНИСЕФ)"),
// or its place ("Амстердамский суд (Нидерланды)"), which the gazetteer
// types. A part with no capitalised word is dropped.
func (r *Resolver) splitAtParenthesis(doc *litopys.Document, spans []Span) []Span {
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		p := -1
		for k := a + 1; k < b; k++ {
			if doc.Tokens[k].Text == "(" {
				p = k
				break
			}
		}
		if p < 0 {
			out = append(out, sp)
			continue
		}
		q := p + 1
		for q < b && !strings.ContainsAny(doc.Tokens[q].Text, "),;") {
			q++
		}
		if named(doc.Tokens[a:p]) {
			out = append(out, Span{Start: sp.Start, End: doc.Tokens[p-1].End, Type: sp.Type})
		}
		if q > p+1 && named(doc.Tokens[p+1:q]) {
			inner := Span{Start: doc.Tokens[p+1].Start, End: doc.Tokens[q-1].End, Type: sp.Type}
			if r.Dir != nil {
				if k, ok := r.Dir.Find(doc.Text[inner.Start:inner.End], langAt(doc, inner.Start)); ok && k.Type != "" {
					inner.Type = k.Type
				}
			}
			out = append(out, inner)
		}
	}
	return out
}

// named reports whether toks hold a word that starts with a capital.
func named(toks []litopys.Token) bool {
	for _, t := range toks {
		if t.Kind == litopys.TokenWord && startsUpper(t.Text) {
			return true
		}
	}
	return false
}

func (r *Resolver) splitAtPreposition(doc *litopys.Document, spans []Span) []Span {
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		cut := -1
		for k := a + 1; k+1 < b; k++ {
			if placePrepositions[doc.Tokens[k].Text] && startsUpper(doc.Tokens[k+1].Text) {
				cut = k
				break
			}
		}
		if cut < 0 {
			out = append(out, sp)
			continue
		}
		out = append(out,
			Span{Start: sp.Start, End: doc.Tokens[cut-1].End, Type: sp.Type},
			Span{Start: doc.Tokens[cut+1].Start, End: sp.End, Type: litopys.LOC})
	}
	return out
}

func (r *Resolver) trimPersonPrefix(doc *litopys.Document, spans []Span) []Span {
	if r.Dir == nil {
		return spans
	}
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		if sp.Type != litopys.PER || b-a < 3 {
			out = append(out, sp)
			continue
		}
		first := doc.Tokens[a]
		lang := langAt(doc, sp.Start)
		l := lemmaOf(first, lang, r.Lex)
		if k, ok := r.Dir.Find(restoreCase(first.Text, l), lang); ok && (k.Type == litopys.ORG || k.Type == litopys.LOC) {
			out = append(out,
				Span{Start: first.Start, End: first.End, Type: k.Type},
				Span{Start: doc.Tokens[a+1].Start, End: sp.End, Type: litopys.PER})
			continue
		}
		out = append(out, sp)
	}
	return out
}

// extendToKnown grows a span by the lower-case word after it when the two
// together name an organisation or place the gazetteer knows ("Білий" +
// "дім", "Білого" + "дому").
func (r *Resolver) extendToKnown(doc *litopys.Document, spans []Span) []Span {
	if r.Dir == nil {
		return spans
	}
	out := spans[:0:0]
	for i, sp := range spans {
		a, b := tokensOf(doc, sp)
		if b >= len(doc.Tokens) || b-a > 2 || a >= b {
			out = append(out, sp)
			continue
		}
		next := doc.Tokens[b]
		free := i+1 >= len(spans) || spans[i+1].Start >= next.End
		if !free || next.Kind != litopys.TokenWord || startsUpper(next.Text) || strings.TrimSpace(doc.Text[sp.End:next.Start]) != "" {
			out = append(out, sp)
			continue
		}
		lang := langAt(doc, sp.Start)
		base := BaseForm(doc.Text, doc.Tokens[a:b+1], litopys.ORG, lang, r.Lex, r.Grammar)
		if k, ok := r.Dir.Find(base, lang); ok && k.Type != litopys.PER {
			out = append(out, Span{Start: sp.Start, End: next.End, Type: k.Type})
			continue
		}
		out = append(out, sp)
	}
	return out
}

func (r *Resolver) mergeOwners(doc *litopys.Document, spans []Span) []Span {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.Type == litopys.ORG && i+1 < len(spans) {
			next := spans[i+1]
			gap := doc.Text[sp.End:next.Start]
			a, _ := tokensOf(doc, sp)
			if (next.Type == litopys.ORG || next.Type == litopys.LOC) && strings.TrimSpace(gap) == "" && gap != "" && !strings.Contains(gap, "\n") &&
				a < len(doc.Tokens) && institutions[r.headLemma(doc, sp)] && ownerForm(doc, next, r.Lex) {
				out = append(out, Span{Start: sp.Start, End: next.End, Type: litopys.ORG})
				i++
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// headLemma returns the lemma of a span's head noun: its first word, or
// with a Grammar the first word after the adjectives ("Верховный суд" →
// "суд").
func (r *Resolver) headLemma(doc *litopys.Document, sp Span) string {
	a, b := tokensOf(doc, sp)
	lang := langAt(doc, sp.Start)
	if a >= b {
		return ""
	}
	first := lemmaOf(doc.Tokens[a], lang, r.Lex)
	if r.Grammar == nil {
		return first
	}
	for i := a; i < b; i++ {
		l := lemmaOf(doc.Tokens[i], lang, r.Lex)
		if adj, _, ok := r.Grammar.Grammar(l, lang); !ok || !adj {
			if ok {
				return l
			}
			break
		}
	}
	return first
}

// ownerForm reports whether a span can be a genitive owner: an acronym
// ("ООН") or an inflected name ("Південної Кореї"), not a name in its base
// form that starts a new phrase.
func ownerForm(doc *litopys.Document, sp Span, lex Lemmatizer) bool {
	a, b := tokensOf(doc, sp)
	if a >= b {
		return false
	}
	t := doc.Tokens[a]
	if isAcronym(t.Text) {
		return true
	}
	last := doc.Tokens[b-1]
	return !strings.EqualFold(lemmaOf(last, langAt(doc, sp.Start), lex), last.Text)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// descriptors are the common nouns that say what a quoted name names:
// "космодром «Восточный»" is a place, "компания «Газпром»" an organisation,
// "газопровод «Северный поток»" a product. Only a quoted name right after
// the noun is typed by it.
var descriptors = map[string]string{
	// places
	"космодром": litopys.LOC, "аэродром": litopys.LOC, "аеродром": litopys.LOC, "аэропорт": litopys.LOC, "аеропорт": litopys.LOC,
	"порт": litopys.LOC, "станция": litopys.LOC, "станція": litopys.LOC, "вокзал": litopys.LOC, "база": litopys.LOC,
	"курорт": litopys.LOC, "месторождение": litopys.LOC, "родовище": litopys.LOC, "парк": litopys.LOC, "стадион": litopys.LOC,
	"стадіон": litopys.LOC, "площадь": litopys.LOC, "площа": litopys.LOC, "полигон": litopys.LOC, "полігон": litopys.LOC,
	// organisations
	"компания": litopys.ORG, "компанія": litopys.ORG, "авиакомпания": litopys.ORG, "авіакомпанія": litopys.ORG,
	"концерн": litopys.ORG, "корпорация": litopys.ORG, "корпорація": litopys.ORG, "банк": litopys.ORG, "газета": litopys.PRO,
	"журнал": litopys.PRO, "агентство": litopys.ORG, "телеканал": litopys.ORG, "издание": litopys.PRO, "видання": litopys.PRO,
	"партия": litopys.ORG, "партія": litopys.ORG, "движение": litopys.ORG, "рух": litopys.ORG, "группировка": litopys.ORG,
	"угруповання": litopys.ORG, "фонд": litopys.ORG, "завод": litopys.ORG, "холдинг": litopys.ORG, "организация": litopys.ORG,
	"організація": litopys.ORG, "клуб": litopys.ORG, "университет": litopys.ORG, "університет": litopys.ORG, "театр": litopys.ORG,
	// products
	"газопровод": litopys.PRO, "газопровід": litopys.PRO, "трубопровод": litopys.PRO, "трубопровід": litopys.PRO,
	"проект": litopys.PRO, "проєкт": litopys.PRO, "программа": litopys.PRO, "програма": litopys.PRO, "ракета": litopys.PRO,
	"комплекс": litopys.PRO, "самолет": litopys.PRO, "літак": litopys.PRO, "вакцина": litopys.PRO, "фильм": litopys.PRO,
	"фільм": litopys.PRO, "сериал": litopys.PRO, "серіал": litopys.PRO, "книга": litopys.PRO,
	"шоу": litopys.PRO, "телешоу": litopys.PRO, "передача": litopys.PRO, "телепередача": litopys.PRO, "песня": litopys.PRO,
	"пісня": litopys.PRO, "альбом": litopys.PRO, "роман": litopys.PRO, "спектакль": litopys.PRO, "вистава": litopys.PRO,
	"мультфильм": litopys.PRO, "мультфільм": litopys.PRO, "телесериал": litopys.PRO, "телесеріал": litopys.PRO,
	"договор": litopys.PRO, "договір": litopys.PRO, "закон": litopys.PRO, "конвенция": litopys.PRO, "конвенція": litopys.PRO,
	"соглашение": litopys.PRO, "угода": litopys.PRO, "пакт": litopys.PRO, "препарат": litopys.PRO, "мессенджер": litopys.PRO,
	"месенджер": litopys.PRO, "соцсеть": litopys.PRO, "соцмережа": litopys.PRO,
	// events
	"операция": litopys.EVT, "операція": litopys.EVT, "форум": litopys.EVT, "конференция": litopys.EVT, "конференція": litopys.EVT,
	"фестиваль": litopys.EVT, "чемпионат": litopys.EVT, "чемпіонат": litopys.EVT, "учения": litopys.EVT, "навчання": litopys.EVT,
	"саммит": litopys.EVT, "саміт": litopys.EVT, "конкурс": litopys.EVT, "акция": litopys.EVT, "акція": litopys.EVT,
}

// bareProducts are the product descriptors that type a name after them
// without quotation marks ("газопровода Северный поток-2"); the others
// do so only for a quoted name: after "закон", "проект" or "операция" a
// bare name is the owner ("закон Украины", "проект Порошенко"), not the
// thing.
var bareProducts = map[string]bool{
	"газопровод": true, "газопровід": true, "трубопровод": true, "трубопровід": true, "самолет": true, "літак": true,
	"ракета": true, "вакцина": true, "комплекс": true,
}

// typeByDescriptor types a name by the common noun right before it
// ("на космодромі "Східний"" names a place, "газопровода Северный поток-2"
// a product, whatever the tagger thought) — a quoted name of any type, an
// unquoted one unless the tagger took it for a person ("фонд Сороса") —
// and gives the same type to the document's other mentions of that name
// (same lemmas): a text says once what a name is and then uses it bare.
func (r *Resolver) typeByDescriptor(doc *litopys.Document, spans []Span) []Span {
	byName := map[string]string{}
	for k, sp := range spans {
		a, b := tokensOf(doc, sp)
		q := a - 1
		quoted := q >= 1 && isQuote(doc.Tokens[q].Text)
		if !quoted {
			q = a
		}
		if q < 1 || !quoted && sp.Type == litopys.PER {
			continue
		}
		noun := doc.Tokens[q-1]
		lemma := ""
		if noun.Kind == litopys.TokenWord {
			lemma = lemmaOf(noun, langAt(doc, noun.Start), r.Lex)
		}
		if t, ok := descriptors[lemma]; ok && (quoted || t == litopys.LOC || t == litopys.ORG || bareProducts[lemma]) {
			spans[k].Type = t
			byName[r.nameKey(doc, a, b)] = t
		} else if quoted && sp.Type == litopys.LOC && b < len(doc.Tokens) && isQuote(doc.Tokens[b].Text) && langAt(doc, sp.Start) != "en" {
			// A quoted name with no descriptor is no place: Russian and
			// Ukrainian quote the names of clubs, companies and works,
			// never of towns («Краснодар» the club, Краснодар the city).
			// English does not quote the names of companies or clubs.
			spans[k].Type = litopys.ORG
		}
	}
	if len(byName) == 0 {
		return spans
	}
	for k, sp := range spans {
		a, b := tokensOf(doc, sp)
		// A place's name does not make a place of an organisation
		// named the same: the club «Локомотив» beside its stadium
		// "стадион «Локомотив»".
		if t, ok := byName[r.nameKey(doc, a, b)]; ok && !(t == litopys.LOC && sp.Type == litopys.ORG) {
			spans[k].Type = t
		}
	}
	return spans
}

// nameKey is the lemmas of tokens [a, b) joined: the same for every
// inflection of a name.
func (r *Resolver) nameKey(doc *litopys.Document, a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if isQuote(doc.Tokens[i].Text) {
			continue
		}
		sb.WriteString(textcase.Lower(lemmaOf(doc.Tokens[i], langAt(doc, doc.Tokens[i].Start), r.Lex)))
		sb.WriteByte(' ')
	}
	return sb.String()
}

// endAt returns the end of a span cut down to tokens ..b-1 of a span that
// ended at end: the token's end, or end when that token runs past it (a
// possessive cut off by the tagger stays off).
func endAt(doc *litopys.Document, b, end int) int {
	return min(doc.Tokens[b-1].End, end)
}
