package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// lineText holds the lower-case views of a line the rules match against.
type lineText struct {
	led   string // the line without leading bullets, quotes and symbols
	low   string // led in lower case, with a space at the end
	first string // the first word of low
	marks found  // the phrase lists found in low
}

func newLineText(s string) lineText {
	led := strings.TrimLeftFunc(s, func(r rune) bool { return !isLetterOrDigit(r) })
	low := lower(led)
	end := strings.IndexFunc(low, func(r rune) bool { return !isLetterOrDigit(r) && r != '-' })
	if end < 0 {
		end = len(low)
	}
	return lineText{led: led, low: low, first: low[:end], marks: marks.find(low + " ")}
}

// phrase reports whether low starts with p as whole words, and returns the
// rest of the line after it in its original case.
func (t lineText) phrase(p string) (rest string, ok bool) {
	if !strings.HasPrefix(t.low, p) {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(t.low[len(p):]); len(t.low) > len(p) && isLetterOrDigit(r) {
		return "", false
	}
	n := utf8.RuneCountInString(p)
	i := 0
	for ; n > 0 && i < len(t.led); n-- {
		_, size := utf8.DecodeRuneInString(t.led[i:])
		i += size
	}
	return t.led[i:], true
}

// rule classifies a line on its own, wherever it stands. It sets l.kind
// (and l.related for teasers) when a rule applies.
func rule(l *line) {
	if l.words == 0 {
		l.kind = litopys.RemovedOther
		return
	}
	var t lineText
	if l.words > 45 {
		// Long prose: only the prefix rules apply.
		t = newLineText(l.text[:cutRunes(l.text, 64)])
		if teaser(l, t) {
			l.kind = litopys.RemovedTeaser
		}
		return
	}
	t = newLineText(l.text)
	switch {
	case teaser(l, t):
		l.kind = litopys.RemovedTeaser
	case l.words <= 20 && caption(l, t):
		l.kind = litopys.RemovedCaption
	case l.words <= 40 && share(l, t):
		l.kind = litopys.RemovedShare
	case l.words <= 6 && !l.sentence && byline(t):
		l.kind = litopys.RemovedByline
	case chrome(l, t):
		l.kind = litopys.RemovedChrome
	case l.words <= 6 && oneOf(strings.TrimRight(t.low, ".:!"), adLines):
		l.kind = litopys.RemovedOther
	}
}

// teaser matches "Читайте также: …" lines and sets l.related to the rest.
func teaser(l *line, t lineText) bool {
	for _, p := range teaserStrong {
		if rest, ok := t.phrase(p); ok {
			l.related = trimSep(rest)
			return true
		}
	}
	if label, rest, ok := labelled(t.led); ok && teaserLabel(label) && !strings.HasSuffix(rest, ".") {
		l.related = trimSep(rest)
		return true
	}
	if l.words <= 4 && !l.sentence && anyWord(t.low, topicWords) {
		return true
	}
	for _, p := range teaserWeak {
		rest, ok := t.phrase(p)
		if !ok {
			continue
		}
		r := strings.TrimLeft(rest, " ")
		head := t.led[:len(t.led)-len(rest)]
		if r == "" || startsSep(r) || head == strings.ToUpper(head) {
			l.related = trimSep(rest)
			return true
		}
	}
	return false
}

// caption matches photo and video captions and credits.
func caption(l *line, t lineText) bool {
	for _, p := range captionWords {
		rest, ok := t.phrase(p)
		if !ok {
			continue
		}
		r := strings.TrimLeft(rest, " ")
		if r == "" && l.words <= 4 || startsSep(r) || strings.HasPrefix(r, "©") {
			return true
		}
	}
	if end := t.marks[markCaption]; end > 0 && countWords(t.low[min(end, len(t.low)):]) <= 6 {
		return true
	}
	return false
}

// share matches share, subscribe and follow lines and rows of network names.
func share(l *line, t lineText) bool {
	switch {
	case oneOf(t.first, shareVerbs):
		return l.words <= 8 || t.marks.has(markAppeal)
	case oneOf(t.first, appealVerbs):
		return t.marks.has(markAppeal)
	case l.words <= 6 && oneOf(t.first, []string{"мы", "ми", "we", "наш", "наша", "наші", "наши", "our"}):
		return anyWord(t.low, socialWords)
	}
	if l.words <= 10 && anyWord(t.low, networks) && anyWord(t.low, possessives) {
		return true
	}
	return l.words <= 8 && allWords(t.low, socialWords)
}

// labelled splits "Label: rest" (or "Label — rest") at the first separator.
func labelled(s string) (label, rest string, ok bool) {
	i := indexSep(s)
	if i <= 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[:i], s[i+size:], true
}

// chrome matches donation buttons, language switches, menus, copyright,
// cookie and citation notices, tag lines and short furniture.
func chrome(l *line, t lineText) bool {
	switch {
	case oneOf(t.first, donateVerbs):
		return l.words <= 6 && !l.sentence || t.marks.has(markAppeal)
	case l.words <= 30 && menu(l.text) || l.words <= 6 && langCodes(t.low):
		return true
	case t.marks.has(markChrome):
		return true
	case t.marks.has(markSoftChrome):
		// A sentence about cookies is not a cookie notice unless it
		// names the site.
		return l.words <= 12 && !l.prose() || t.marks.has(markSite)
	case t.marks.has(markCite) && t.marks.has(markCiteNeed):
		return true
	case l.words <= 3 && !l.sentence && oneOf(bareName(t.low), chromeHeads):
		return true
	case l.text[0] == '#' && hashtags(l.text):
		return true
	}
	for _, p := range tagWords {
		if rest, ok := t.phrase(p); ok {
			r := strings.TrimLeft(rest, " ")
			if r == "" || r[0] == ':' {
				return true
			}
		}
	}
	return false
}

// oneOfPhrase reports whether t starts with one of the phrases.
func oneOfPhrase(t lineText, list []string) bool {
	for _, p := range list {
		if _, ok := t.phrase(p); ok {
			return true
		}
	}
	return false
}

// hashtags reports whether every word of s is a #hashtag.
func hashtags(s string) bool {
	for _, f := range strings.Fields(s) {
		if !strings.HasPrefix(f, "#") {
			return false
		}
	}
	return true
}

// byline matches "Автор: Имя Фамилия" and "By Name Surname".
func byline(t lineText) bool {
	for _, p := range bylineHeads {
		rest, ok := t.phrase(p)
		if !ok {
			continue
		}
		r := strings.TrimLeft(rest, " ")
		if strings.HasPrefix(r, ":") || strings.HasPrefix(r, "—") {
			return true
		}
		if first, _ := utf8.DecodeRuneInString(r); p == "by" && unicode.IsUpper(first) {
			return true
		}
	}
	return false
}

// langCodes reports whether low is a row of language codes ("ru en ua").
func langCodes(low string) bool {
	f := strings.Fields(low)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if len(w) > 3 || !oneOf(w, langNames) {
			return false
		}
	}
	return true
}

// imperative reports whether w looks like a polite imperative
// (ru "сообщите", "поделитесь", uk "натисніть", "підпишіться").
func imperative(w string) bool {
	for _, suf := range []string{"ите", "итесь", "йте", "йтесь", "йтеся", "іть", "іться", "ьте", "ьтесь"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// appeal reports whether a sentence of s opens with an imperative.
func appeal(s string) bool {
	start := true
	for _, w := range strings.Fields(lower(s)) {
		core := strings.TrimFunc(w, func(r rune) bool { l, _, _ := runeClass(r); return !l })
		if start && imperative(core) {
			return true
		}
		last, _ := utf8.DecodeLastRuneInString(w)
		start = strings.ContainsRune(".!?", last)
	}
	return false
}

// cutRunes returns the byte length of at most n bytes of s, cut at a rune
// boundary.
func cutRunes(s string, n int) int {
	if len(s) <= n {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// teaserLabel reports whether label (the part before ":") names a teaser:
// at most three words, the first or the last of them a teaser word
// ("Новость по теме", "Это интересно", "См. также", but not "Что еще
// известно").
func teaserLabel(label string) bool {
	ws := fieldsOf(lower(label))
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	return oneOf(ws[0], teaserVocab) || oneOf(ws[len(ws)-1], teaserVocab)
}

// bareName returns low without trailing counters, punctuation and spaces
// ("комментарии (3)" → "комментарии").
func bareName(low string) string {
	return strings.TrimRightFunc(low, func(r rune) bool {
		l, _, _ := runeClass(r)
		return !l
	})
}
