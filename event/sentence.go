package event

import (
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/morph"
)

// sentence is one sentence being read: its tokens [a, b), the clause of
// each token and its event triggers.
type sentence struct {
	doc      *litopys.Document
	ix       *index // the document's lists per sentence
	an       *morph.Analyzer
	lang     string
	idx      int
	a, b     int
	clause   []int               // clause number of token a+i
	opener   []string            // the first word of each clause, lower-cased
	lower    []string            // the lower-cased text of token a+i
	verb     []int8              // token a+i is a verb form: 0 unknown, 1 yes, -1 no
	pos      []uint8             // part of speech of token a+i, + 1; 0 unknown
	anaph    int8                // anaphoricDate, once known: 1 yes, -1 no
	byClause [][]int             // the named mentions of each clause, once asked for
	cases    []gramCase          // per mention of the document: its case + 1, 0 unknown
	descs    *map[descKey]string // descriptions of the document
	trs      []trigger
	preds    []trigger // the predicates, once frames has chosen them
	evident  []int     // clauses opened by "стало известно": their date goes on
}

func newSentence(ix *index, an *morph.Analyzer, cases []gramCase, si, a, b int) *sentence {
	doc := ix.doc
	s := &sentence{doc: doc, ix: ix, an: an, idx: si, a: a, b: b, lang: doc.Sentences[si].Lang,
		lower: make([]string, b-a), verb: make([]int8, b-a), pos: make([]uint8, b-a), cases: cases}
	if s.lang == "" {
		s.lang = doc.Lang
	}
	for i := a; i < b; i++ {
		s.lower[i-a] = lowerWord(doc.Tokens[i].Text)
	}
	s.splitClauses()
	s.findTriggers()
	return s
}

func (s *sentence) word(i int) string {
	if i < s.a || i >= s.b {
		return ""
	}
	return s.lower[i-s.a]
}

func (s *sentence) isWord(i int) bool {
	return i >= s.a && i < s.b && s.doc.Tokens[i].Kind == litopys.TokenWord
}

// findTriggers finds the trigger words of the sentence, skipping negated
// ones.
func (s *sentence) findTriggers() {
	for i := s.a; i < s.b; i++ {
		t := s.doc.Tokens[i]
		if t.Kind != litopys.TokenWord {
			continue
		}
		l := lemma(t)
		if i+1 < s.b && phraseHeads[l] {
			next := s.word(i + 1)
			if evidentials[[2]string{l, next}] {
				s.evident = append(s.evident, s.clause[i-s.a])
				i++
				continue
			}
			if typ, ok := phrases[[2]string{l, next}]; ok {
				s.add(trigger{tok: i, end: i + 2, lemma: l + " " + next, typ: typ, kind: kindVerb})
				i++
				continue
			}
		}
		if typ, ok := triggers[l]; ok && pluralOK(l, s.word(i)) {
			if n := len(s.trs); n > 0 && s.trs[n-1].end == i && s.trs[n-1].typ == typ {
				continue // "провести переговоры" is one trigger
			}
			k := kindOf(l)
			if k == kindVerb && s.passiveForm(i) {
				k = kindPassive
			}
			s.add(trigger{tok: i, end: i + 1, lemma: l, typ: typ, kind: k})
		} else if typ, ok := consequences[l]; ok {
			s.add(trigger{tok: i, end: i + 1, lemma: l, typ: typ, kind: kindVerb, conseq: true})
		} else if reportVerbs[l] {
			s.add(trigger{tok: i, end: i + 1, lemma: l, typ: "report", kind: kindVerb, dated: true})
		}
	}
	// A failure next to a launch word is a failed launch.
	for k := range s.trs {
		if s.trs[k].typ != "failure" {
			continue
		}
		for i := s.a; i < s.b; i++ {
			if launchWords[lemma(s.doc.Tokens[i])] {
				s.trs[k].typ = "launch-failure"
				break
			}
		}
	}
}

func (s *sentence) add(tr trigger) {
	tr.clause = s.clause[tr.tok-s.a]
	if s.negated(tr) {
		return
	}
	s.trs = append(s.trs, tr)
}

func pluralOK(l, w string) bool {
	ends, ok := pluralOnly[l]
	return !ok || hasSuffix(w, ends...)
}

// kind is how a trigger names its event.
type kind uint8

const (
	kindNoun    kind = iota // "переговоры", "удар"
	kindVerb                // "встретился", "обстреляли"
	kindPassive             // "был убит", "затоплены": the subject undergoes it
)

// kindOf reads the kind of a trigger from its base form.
func kindOf(l string) kind {
	switch {
	case hasSuffix(l, "ть", "ться", "ти", "тися", "тись", "чь"):
		return kindVerb
	case hasSuffix(l, "нный", "тый", "ний", "тий", "ений", "тий"):
		return kindPassive
	}
	return kindNoun
}

// passiveForm reports whether token i, read as a verb, is a passive
// participle (the lemmatiser gives participles their verb): a full one
// ("затоплены" aside, "подорванный", "збитий", "затриманий"), a short one
// in -н ("подорван", "задержаны"), the Ukrainian impersonal in -но/-то
// ("було збито"), or a short one in -т after an auxiliary ("был убит",
// not "говорит").
func (s *sentence) passiveForm(i int) bool {
	w := s.word(i)
	switch {
	case hasSuffix(w, "нный", "нная", "нное", "нные", "нных", "нным", "нной", "нную", "тый", "тая", "тое", "тые", "тых", "тым", "той", "тую",
		"ний", "на", "не", "ні", "них", "ним", "ною", "тий", "та", "те", "ті", "тих", "тим", "тою") && !hasSuffix(w, "ена", "ана") && s.lang == "uk":
		return true
	case s.lang == "uk" && hasSuffix(w, "но", "то") && !hasSuffix(w, "ло"):
		return true
	case hasSuffix(w, "нный", "нная", "нное", "нные", "нных", "нным", "нной", "нную", "тый", "тая", "тое", "тые", "тых", "тым", "той", "тую"):
		return true
	case hasSuffix(w, "ан", "ян", "ен", "ён", "ана", "яна", "ена", "ёна", "ано", "яно", "ено", "ёно", "аны", "яны", "ены", "ёны"):
		return true
	case hasSuffix(w, "т", "та", "то", "ты"):
		for j, n := i-1, 0; j >= s.a && n < 2; j-- {
			if !s.isWord(j) {
				continue
			}
			switch s.word(j) {
			case "был", "была", "было", "были", "будет", "будут", "був", "була", "було", "були", "буде":
				return true
			}
			n++
		}
	}
	return false
}

// negated reports whether a negation governs the trigger: right before it
// ("не встретился", "не был убит"), or "не было"/"не відбулося" right
// after an event noun ("обстрела не было").
func (s *sentence) negated(tr trigger) bool {
	for i, n := tr.tok-1, 0; i >= s.a && n < 2; i-- {
		if !s.isWord(i) {
			break
		}
		w := s.word(i)
		if negations[w] {
			return true
		}
		if w != "был" && w != "была" && w != "было" && w != "были" && w != "був" && w != "була" && w != "було" && w != "були" {
			break
		}
		n++
	}
	if tr.kind == kindNoun {
		for i, n := tr.end, 0; i < s.b && n < 3; i++ {
			if !s.isWord(i) {
				continue
			}
			if negations[s.word(i)] && s.clause[i-s.a] == tr.clause {
				return true
			}
			n++
		}
	}
	return false
}

// irreal reports whether a clause is hypothetical (a conditional, the
// subjunctive) or the sentence a question.
func (s *sentence) irreal(clause int) bool {
	if strings.HasSuffix(strings.TrimRight(s.doc.Text[s.doc.Sentences[s.idx].Start:s.doc.Sentences[s.idx].End], " \"»”'"), "?") {
		return true
	}
	for i := s.a; i < s.b; i++ {
		if s.clause[i-s.a] == clause && irrealis[s.word(i)] {
			return true
		}
	}
	return false
}

// anaphoricDate reports whether the sentence dates itself by the one
// before ("в этот же день").
func (s *sentence) anaphoricDate() bool {
	if s.anaph == 0 {
		s.anaph = -1
		if s.findAnaphoricDate() {
			s.anaph = 1
		}
	}
	return s.anaph > 0
}

func (s *sentence) findAnaphoricDate() bool {
	for i := s.a; i < s.b; i++ {
		if s.isWord(i) && s.anaphoricAt(i) > i {
			return true
		}
	}
	return false
}

// refersBack reports whether the sentence points back to the one before
// with a demonstrative or a third-person pronoun ("з цього питання",
// "Таке рішення", "они").
func (s *sentence) refersBack() bool {
	for i := s.a; i < s.b; i++ {
		if s.isWord(i) && backRefs[s.word(i)] {
			return true
		}
	}
	return false
}

// anaphoricAt returns the end (a token index) of an anaphoric date phrase
// ("в тот же день") that starts at token i, or i.
func (s *sentence) anaphoricAt(i int) int {
	if !anaphoricStarts[s.word(i)] {
		return i
	}
	for _, ph := range anaphoricDates {
		k, j := 0, i
		for ; k < len(ph) && j < s.b; j++ {
			if !s.isWord(j) {
				continue
			}
			if s.word(j) != ph[k] {
				break
			}
			k++
		}
		if k == len(ph) {
			return j
		}
	}
	return i
}
