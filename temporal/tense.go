package temporal

import (
	"sort"
	"strings"
)

// Tense of a sentence, as far as the resolver needs it.
const (
	tenseUnknown int8 = iota
	tenseNone
	tenseFuture
	tensePast
	tenseBoth
)

// pastEndings are the endings of past-tense verbs in Russian and Ukrainian
// ("провел", "заявила", "прибули", "зустрівся", "заявив").
var pastEndings = [...]string{
	"ался", "ился", "лась", "лось", "лись", "лася", "лися", "лося", "вся",
	"ала", "яла", "ила", "ела", "ула", "ыла", "іла",
	"али", "яли", "ели", "ули", "ыли", "іли",
	"ал", "ял", "ил", "ел", "ыл", "ав", "ив", "ув",
}

// notPast are frequent words with a past-tense ending that are not verbs.
var notPast = map[string]bool{
	"или": true, "или,": true, "генерал": true, "канал": true, "сигнал": true, "материал": true, "капитал": true,
	"финал": true, "журнал": true, "начала": true, "правила": true, "сила": true, "дела": true, "тела": true,
	"села": true, "стали": true, "держав": true, "прав": true, "цели": true, "недели": true, "модели": true,
	"отели": true, "самолета": true, "сотрудничества": true, "мил": true, "тил": true, "ул": true, "ил": true,
	"ел": true, "ав": true, "ив": true, "ул.": true, "пил": true, "бил": true, "мал": true, "зал": true,
	"вал": true, "бал": true, "вел": true, "дел": true, "сел": true, "тел": true, "мел": true, "пел": true,
	"объявил": false,
	// "осталось 47 дней", "залишилося 48 днів": a countdown to what is ahead.
	"осталось": true, "оставалось": true, "залишилося": true, "залишилось": true, "лишилося": true, "лишилось": true,
}

// pastShort are past-tense verbs too short for the ending rule: "должен
// был", "мав бути … був", "міг".
var pastShort = map[string]bool{
	"был": true, "была": true, "было": true, "были": true, "був": true, "була": true, "було": true, "були": true,
	"мог": true, "могла": true, "могли": true, "міг": true, "могло": true, "змогли": true,
	"стал": true, "стала": true, "стало": true, "став": true, "стало,": true,
}

// sentenceTense reads the tokens of a sentence or clause for future markers
// and past-tense verbs. Verbs of reported speech count as past only when
// reporting is set: they are the tense of their own clause, not of the
// speech they frame.
func sentenceTense(text string, toks []token, reporting bool) int8 {
	future, past := false, false
	for n := range toks {
		t := &toks[n]
		if t.kind != tWord {
			continue
		}
		if t.lex.kind == lxFuture || t.lex.flags&fFuture != 0 {
			future = true
			continue
		}
		if t.upper || t.lex.kind != lxNone {
			continue
		}
		w := text[t.start:t.end]
		if len(w) >= 8 && !future && ukFuture(w) {
			future = true
			continue
		}
		if past {
			continue
		}
		if pastShort[w] {
			past = true
			continue
		}
		if len(w) < 8 || notPast[w] { // shorter than four Cyrillic letters
			continue
		}
		if !reporting && isReporting(w) {
			continue
		}
		for _, e := range pastEndings {
			if strings.HasSuffix(w, e) {
				past = true
				break
			}
		}
	}
	switch {
	case future && past:
		return tenseBoth
	case future:
		return tenseFuture
	case past:
		return tensePast
	}
	return tenseNone
}

// reportingStems begin the verbs that frame reported speech ("заявил",
// "сообщила", "повідомив"): their past tense says nothing of the tense of
// what is reported.
var reportingStems = [...]string{
	"заяв", "сказа", "сообщ", "отмет", "подчерк", "рассказ", "добав", "уточн", "поясн", "объяв",
	"написа", "допуст", "предполож", "считал", "признал",
	"повідом", "зазнач", "наголос", "розповів", "розповіл", "дода", "уточн", "поясн", "оголос",
	"написа", "припуст", "вважа", "визна", "сказав", "сказал",
}

func isReporting(w string) bool {
	for _, s := range reportingStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// ukFuture reports whether w is a Ukrainian synthetic future ("діятимуть",
// "працюватиме", "візьмуться" is not one).
func ukFuture(w string) bool {
	for _, e := range [...]string{"тиму", "тимеш", "тиме", "тимемо", "тимете", "тимуть"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// tenseOf is the tense of the clause expression n stands in, or of its
// sentence when the clause has no marker.
func (r *resolver) tenseOf(n int) int8 {
	if r.tenseOfCand == nil {
		r.tenseOfCand = make([]int8, len(r.cands))
	}
	if t := r.tenseOfCand[n]; t != tenseUnknown {
		return t
	}
	tense := tensePast
	if !r.backThen(n) {
		if tense = r.clauseTense(n); tense == tenseNone {
			tense = r.sentenceTense(r.sents[n])
		}
	}
	r.tenseOfCand[n] = tense
	return tense
}

func (r *resolver) sentenceTense(sent int) int8 {
	if t, ok := r.tense[sent]; ok {
		return t
	}
	if r.tense == nil {
		r.tense = map[int]int8{}
	}
	// Tokens are in sentence order (a walk from the first token for each
	// sentence made a long text quadratic).
	a := sort.Search(len(r.toks), func(k int) bool { return r.toks[k].sent >= sent })
	b := a
	for b < len(r.toks) && r.toks[b].sent == sent {
		b++
	}
	r.steps += b - a
	t := sentenceTense(r.text, r.toks[a:b], false)
	r.tense[sent] = t
	return t
}

// clauseTense reads the tense of the clause expression n is in: the
// tokens between the nearest punctuation marks or "что/що/that" around it.
func (r *resolver) clauseTense(n int) int8 {
	c := &r.cands[n]
	sent := r.toks[c.i].sent
	a := c.i
	for a > 0 && r.toks[a-1].sent == sent && !clauseBoundary(r.text, &r.toks[a-1]) {
		a--
	}
	b := c.j
	for b < len(r.toks) && r.toks[b].sent == sent && !clauseBoundary(r.text, &r.toks[b]) {
		b++
	}
	return sentenceTense(r.text, r.toks[a:b], true)
}

func clauseBoundary(text string, t *token) bool {
	if t.kind == tPunct {
		switch t.punct {
		case ',', ';', ':', '—', '–', '(', ')', '"', '«', '»', '“', '”', '„':
			return true
		}
		return false
	}
	if t.kind != tWord {
		return false
	}
	switch text[t.start:t.end] {
	case "что", "чтобы", "що", "щоб", "that", "который", "которая", "которые", "який", "яка", "які":
		return true
	}
	return false
}
