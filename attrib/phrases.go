package attrib

import "github.com/litopys/litopys"

// prepositions that put a noun phrase in an adjunct, not in the subject.
var prepositions = setOf("в", "во", "на", "из", "от", "до", "у", "к", "по", "при", "о", "об", "с", "со", "за", "для", "над", "под",
	"з", "із", "зі", "від", "при", "про", "над", "під", "для", "in", "at", "from", "on", "to", "of", "by", "for")

// citation finds "X со ссылкой на Y" / "X з посиланням на Y" / "X, citing Y"
// at token i: the source is the mention just before the phrase, the via the
// mention just after it.
func (s *sentence) citation(i int, used map[int]bool) *litopys.Attribution {
	if !citing[s.lemma(i)] {
		return nil
	}
	after := i + 1
	if after < s.b && (s.lower(after) == "на" || s.lower(after) == "to") {
		after++
	}
	before := i - 1
	if before >= s.a && prepositions[s.lower(before)] {
		before--
	}
	if before < s.a || s.mentionAt[before] < 0 {
		return nil
	}
	src := s.mentionAt[before]
	used[src] = true
	a := s.attribution(src, -1)
	s.extend(a, i)
	if after < s.b {
		if v := s.mentionAt[after]; v >= 0 {
			used[v] = true
			vm := s.doc.Mentions[v]
			a.Via, a.ViaText = vm.Entity, vm.Text
			a.Evidence.End = max(a.Evidence.End, vm.End)
		} else {
			s.extend(a, after)
		}
	}
	// A reporting verb right before the source belongs to it ("Про це
	// повідомляє Sky.News з посиланням на …").
	first := s.doc.Mentions[src]
	for j := before; j >= s.a && j >= before-8; j-- {
		if s.tok(j).End <= first.Start && reporting[s.lemma(j)] {
			a.Cue = s.lemma(j)
			s.extend(a, j)
			s.scope(a)
			break
		}
		if s.tok(j).End <= first.Start && isPunct(s.tok(j)) {
			break
		}
	}
	a.Text = s.doc.Text[a.Evidence.Start:a.Evidence.End]
	return a
}

// impersonal finds "говорится в сообщении X" / "йдеться у заяві X".
func (s *sentence) impersonal(i int, used map[int]bool) *litopys.Attribution {
	if !impersonal[s.lemma(i)] {
		return nil
	}
	j := i + 1
	if j < s.b && prepositions[s.lower(j)] {
		j++
	}
	if j >= s.b || !documents[s.lemma(j)] {
		return nil
	}
	m := s.mentionStarting(j+1, 3)
	if m < 0 || used[m] {
		return nil
	}
	used[m] = true
	a := s.attribution(m, i)
	return a
}

// accordingWords are the surface forms of "по данным", "за даними",
// "по словам", "according to": a lemma would not tell "данным" (data) from
// "данный" (given).
var accordingWords = setOf("данным", "даними", "словам", "словами", "информации", "информацией", "інформацією", "інформації",
	"оценкам", "оцінками", "мнению", "сведениям", "according")

// according finds "по данным X", "за словами X", "according to X".
func (s *sentence) according(i int, used map[int]bool) *litopys.Attribution {
	if t := s.tok(i); t.Kind != litopys.TokenWord || len(t.Text) > 24 || !accordingWords[s.lower(i)] {
		return nil
	}
	if s.lower(i) != "according" && (i == s.a || !(s.lower(i-1) == "по" || s.lower(i-1) == "за")) {
		return nil
	}
	m := s.mentionStarting(i+1, 4)
	if m < 0 || used[m] {
		return nil
	}
	used[m] = true
	a := s.attribution(m, i)
	if i > s.a {
		s.extend(a, i-1)
	}
	return a
}

// typeRank orders the kinds of entity that report: people first, then
// organisations (media, ministries), then places standing for governments.
func typeRank(t string) int {
	switch t {
	case litopys.PER:
		return 3
	case litopys.ORG:
		return 2
	case litopys.LOC:
		return 1
	}
	return 0
}

// speaker finds the mention that reports with the verb at token i: after the
// verb in its clause ("сообщил Государственный департамент", "пишет посол
// Украины Сергей Корсунский"), else before it ("Джон Кірбі заявляв").
// Mentions after a preposition are adjuncts, not speakers.
func (s *sentence) speaker(i int) int {
	best, rank := -1, 0
	for j := i + 1; j < s.b && j <= i+10; j++ {
		t := s.tok(j)
		if isPunct(t) || s.lower(j) == "что" || s.lower(j) == "що" || s.lower(j) == "that" || citing[s.lemma(j)] {
			break
		}
		m := s.mentionAt[j]
		if m < 0 || (j > s.a && s.mentionAt[j-1] == m) {
			continue
		}
		if prepositions[s.lower(j-1)] {
			continue
		}
		// A place after the verb is its object ("передать России"), not
		// its speaker: places speak for governments only as subjects.
		if r := typeRank(s.doc.Mentions[m].Type); r > rank && s.doc.Mentions[m].Type != litopys.LOC {
			best, rank = m, r
		}
	}
	if best >= 0 {
		return best
	}
	for j := i - 1; j >= s.a && j >= i-8; j-- {
		t := s.tok(j)
		if isPunct(t) && s.mentionAt[j] < 0 {
			break
		}
		m := s.mentionAt[j]
		if m < 0 {
			continue
		}
		start := j
		for start > s.a && s.mentionAt[start-1] == m {
			start--
		}
		j = start
		if start > s.a && prepositions[s.lower(start-1)] {
			continue
		}
		if r := typeRank(s.doc.Mentions[m].Type); r > rank {
			best, rank = m, r
		}
		if rank == 3 {
			break
		}
	}
	return best
}

// quote attaches a direct quote to a: the quoted text right before the cue
// ("«…», - сказал X") or right after it ("X заявил: «…»").
func (s *sentence) quote(a *litopys.Attribution, cue int) {
	text := s.doc.Text
	// Before: the cue is preceded by [, . ] [dash] closing quote.
	j := cue - 1
	for j >= s.a && (isDash(s.tok(j)) || s.tok(j).Text == "," || s.tok(j).Text == ".") {
		j--
	}
	if j >= 0 && j < cue && isQuoteMark(s.doc.Tokens[j]) {
		end := s.doc.Tokens[j].Start
		if start := openingBefore(text, end, s.doc.Tokens[j].Text); start >= 0 {
			setQuote(a, text, start, end)
			return
		}
	}
	// After: cue [:] opening quote … closing quote.
	k := cue + 1
	for k < len(s.doc.Tokens) && k < cue+3 && s.doc.Tokens[k].Kind == litopys.TokenPunct && !isQuoteMark(s.doc.Tokens[k]) {
		k++
	}
	if k < len(s.doc.Tokens) && isQuoteMark(s.doc.Tokens[k]) && s.doc.Tokens[k].Text != "»" {
		start := s.doc.Tokens[k].End
		if end := closingAfter(text, start, s.doc.Tokens[k].Text); end > start {
			setQuote(a, text, start, end)
		}
	}
}

func setQuote(a *litopys.Attribution, text string, start, end int) {
	q := text[start:end]
	if len([]rune(q)) < 8 {
		return
	}
	a.Quote = q
	a.QuoteSpan = &litopys.Span{Start: start, End: end}
}
