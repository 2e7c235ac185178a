package entity

import (
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// circumstances are the dative plurals that follow "по" as a circumstance
// of a statement, not the remit of an institution ("по данным", "по
// словам", "по итогам"), and the proceedings a court hears ("по искам").
var circumstances = map[string]bool{
	"данным": true, "словам": true, "итогам": true, "оценкам": true, "сведениям": true, "результатам": true,
	"подсчетам": true, "подсчётам": true, "причинам": true, "мотивам": true, "соображениям": true,
	"сообщениям": true, "прогнозам": true, "опросам": true, "слухам": true, "материалам": true, "каналам": true,
	"странам": true, "городам": true, "дням": true, "выходным": true, "праздникам": true, "расчетам": true, "расчётам": true,
	"искам": true, "жалобам": true, "заявлениям": true, "претензиям": true, "обвинениям": true, "статьям": true,
	"поводам": true, "условиям": true, "правилам": true, "нормам": true, "законам": true, "требованиям": true,
}

// extendRemit lets an organisation whose name ends in the head noun of a
// body set up for a task (remitHeads) take in its remit. In Russian after
// "по": lower-case adjectives in the dative and a noun in the dative plural
// ("Комитет" + "по иностранным делам", "Еврокомиссии" + "по вопросам
// конкуренции", "Европейским судом" + "по правам человека"), or adjectives
// and a singular noun ("Генеральный директорат" + "по сельскому
// хозяйству"), then a lower-case genitive completing it; a bare singular
// ("по делу", "по вопросу", "по отношению") and the plurals of a
// statement's circumstance ("по данным", "по итогам") are no remit.
// Ukrainian ("з питань", "з прав") is left: its ec gold annotates the
// remit in some documents and not in others.
func (r *Resolver) extendRemit(doc *litopys.Document, spans []Span) []Span {
	if r.Grammar == nil {
		return spans
	}
	for i, sp := range spans {
		lang := langAt(doc, sp.Start)
		if sp.Type != litopys.ORG || lang != "ru" {
			continue
		}
		a, b := tokensOf(doc, sp)
		if b <= a || b+1 >= len(doc.Tokens) || doc.Tokens[b].Text != "по" {
			continue
		}
		last := doc.Tokens[b-1]
		if last.Kind != litopys.TokenWord || !remitHeads[lemmaOf(last, lang, r.Lex)] {
			continue
		}
		limit := len(doc.Tokens)
		if i+1 < len(spans) {
			limit, _ = tokensOf(doc, spans[i+1])
		}
		end := r.remitPhrase(doc, b, limit)
		if end > b {
			spans[i].End = doc.Tokens[end-1].End
		}
	}
	return spans
}

// remitHeads are the institutions named with their remit: bodies set up
// for a task, not a union or a state, whose remit after it is a title's
// ("Верховний представник Європейського Союзу з питань зовнішньої
// політики").
var remitHeads = map[string]bool{
	"комиссия": true, "комісія": true, "еврокомиссия": true, "єврокомісія": true, "комитет": true, "комітет": true,
	"суд": true, "министерство": true, "міністерство": true, "агентство": true, "группа": true, "група": true,
	"директорат": true, "служба": true, "управление": true, "управління": true, "департамент": true,
	"инспекция": true, "інспекція": true, "трибунал": true, "совет": true, "рада": true,
}

// plainAt reports whether token j is a lower-case word on the line of the
// token before, with nothing but spaces between.
func (r *Resolver) plainAt(doc *litopys.Document, j int) bool {
	t := doc.Tokens[j]
	gap := doc.Text[doc.Tokens[j-1].End:t.Start]
	return t.Kind == litopys.TokenWord && !startsUpper(t.Text) && strings.TrimSpace(gap) == "" &&
		!strings.Contains(gap, "\n") && !strings.ContainsAny(t.Text, "-'’")
}

// remitPhrase returns the end of "по" + remit starting at token k ("по"),
// or k.
func (r *Resolver) remitPhrase(doc *litopys.Document, k, limit int) int {
	plain := func(j int) bool { return r.plainAt(doc, j) }
	if !plain(k) {
		return k
	}
	adjs := 0
	for j := k + 1; j < limit && j-k <= maxAdjectiveTail+1; j++ {
		if !plain(j) {
			return k
		}
		t := doc.Tokens[j]
		w := textcase.Lower(t.Text)
		lemma := lemmaOf(t, "ru", r.Lex)
		adj, _, ok := r.Grammar.Grammar(lemma, "ru")
		if !ok || w == lemma {
			return k
		}
		if adj {
			if !hasSuffix(w, "ому", "ему", "ым", "им", "ой", "ей") {
				return k
			}
			adjs++
			continue
		}
		if circumstances[w] || adjs == 0 && !hasSuffix(w, "ам", "ям") || !hasSuffix(w, "ам", "ям", "у", "ю", "е", "и") {
			return k
		}
		end := j + 1
		if end < limit && plain(end) {
			if g := r.genitivePhrase(doc, end, limit, "ru"); g > end {
				end = g
			} else if r.genitiveNoun(doc.Tokens[end], "ru") {
				end++
			}
		}
		return end
	}
	return k
}

// genitiveNoun reports whether a lower-case word is a noun the dictionary
// knows in an oblique form with a genitive singular ending ("человека",
// "конкуренции", "людини").
func (r *Resolver) genitiveNoun(t litopys.Token, lang string) bool {
	w := textcase.Lower(t.Text)
	lemma := lemmaOf(t, lang, r.Lex)
	adj, _, ok := r.Grammar.Grammar(lemma, lang)
	return ok && !adj && w != lemma && hasSuffix(w, "а", "я", "и", "ы", "і", "ї")
}
