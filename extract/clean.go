package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// cleaned is a page of classified lines.
type cleaned struct {
	lines    []line
	headline int // index of the headline line, -1 when none
	// dateline is the first date of a date line around the article.
	dateline Dateline
	// extracted is set when an extractor already cut the page down to
	// its article: the rules of position then remove only what is
	// furniture beyond doubt, not every short line around the prose.
	extracted bool
	// title is the index of the line that is the page's headline by its
	// metadata, -1 when unknown.
	title int
}

// maxTeaserList bounds the headlines taken after a bare "Читайте также".
const maxTeaserList = 8

// classify runs the line rules, then the rules of position. extracted and
// title are as in cleaned.
func classify(lines []line, extracted bool, title int) *cleaned {
	c := &cleaned{lines: lines, headline: -1, extracted: extracted, title: title}
	for i := range c.lines {
		rule(&c.lines[i])
	}
	c.teaserLists()
	c.galleries()
	if extracted {
		c.repeats()
	}
	c.position()
	return c
}

// teaserLists marks the headlines listed under a bare teaser heading
// ("Читайте также" on its own line) as teasers.
func (c *cleaned) teaserLists() {
	for i := 0; i < len(c.lines); i++ {
		h := &c.lines[i]
		if h.kind != litopys.RemovedTeaser || h.related != "" {
			continue
		}
		for j, n := i+1, 0; j < len(c.lines) && n < maxTeaserList; j++ {
			l := &c.lines[j]
			if l.kind == "" && (timestamped(l) || isDate(l.text)) {
				// The dates of the listed articles.
				l.kind = litopys.RemovedChrome
				i = j
				continue
			}
			if l.kind != "" || !headlineLike(l) {
				break
			}
			l.kind, l.related = litopys.RemovedTeaser, l.text
			i, n = j, n+1
		}
	}
}

// headlineLike reports whether l reads as a headline: a few words, not a
// sentence closed by a full stop.
func headlineLike(l *line) bool {
	last, _ := utf8.DecodeLastRuneInString(l.text)
	return l.words >= 2 && l.words <= 30 && last != '.' && !l.colon
}

// position removes the furniture around the article: a comment section and
// all after it, short lines before the first line of prose (except the
// headline) and lines after the last one that do not close a sentence; in
// the middle only credit lines in another script.
func (c *cleaned) position() {
	first, last := -1, -1
	letters, latin := 0, 0
	for i := range c.lines {
		l := &c.lines[i]
		letters += l.letters
		latin += l.latin
		if l.kind == "" && l.prose() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		c.headline = c.firstKept(len(c.lines))
		return
	}
	if k := c.commentSection(first); k >= 0 {
		for i := k + 1; i < len(c.lines); i++ {
			if c.lines[i].kind == "" {
				c.lines[i].kind = litopys.RemovedOther
			}
		}
		for last > k || last >= 0 && (c.lines[last].kind != "" || !c.lines[last].prose()) {
			last--
		}
	}
	c.leading(first)
	c.trailing(last)
	if latin*2 < letters {
		for i := first + 1; i < last; i++ {
			l := &c.lines[i]
			if l.kind == "" && l.isLatin() && l.words <= 5 && !l.sentence {
				l.kind = litopys.RemovedCaption
			}
		}
	}
}

// commentSection returns the index of the heading of a comment section
// ("Комментарии (3)") standing after at least three prose lines, or -1.
func (c *cleaned) commentSection(first int) int {
	prose := 0
	for i := first; i < len(c.lines); i++ {
		l := &c.lines[i]
		if l.kind == "" && l.prose() {
			prose++
			continue
		}
		if prose < 3 || l.words > 4 {
			continue
		}
		if oneOf(bareName(lower(l.text)), commentHeads) {
			c.lines[i].kind = litopys.RemovedChrome
			return i
		}
	}
	return -1
}

// firstKept returns the index of the first kept line before end if it
// reads as a headline, else -1.
func (c *cleaned) firstKept(end int) int {
	for i := 0; i < end; i++ {
		if c.lines[i].kind == "" {
			if headlineLike(&c.lines[i]) {
				return i
			}
			return -1
		}
	}
	return -1
}

// leading handles the lines before the first prose line at index first.
// The headline opens the run of kept lines of three words or more that
// leads into the prose (removed date, byline and caption lines do not break
// the run); when there is none, it is the last kept line before the prose.
// Other lines of fewer than five words before it, and of fewer than three
// after it, are menus, rubrics and buttons.
func (c *cleaned) leading(first int) {
	for i := 0; i < first; i++ {
		l := &c.lines[i]
		switch {
		case l.kind != "":
		case c.dateLine(l):
			l.kind = litopys.RemovedDate
		case timestamped(l) || capsMenu(l) || digitHeavy(l) || shortLabel(l):
			l.kind = litopys.RemovedChrome
		}
	}
	best := c.pickHeadline(first)
	if c.extracted && c.title >= 0 && c.title < first && c.lines[c.title].kind == "" {
		best = c.title
	}
	for i := 0; i < first; i++ {
		l := &c.lines[i]
		if c.extracted && (best < 0 || i > best) {
			break
		}
		if l.kind == "" && i != best && (l.words < 3 || l.words < 5 && (best < 0 || i < best)) {
			l.kind = litopys.RemovedChrome
		}
	}
	if best >= 0 && headlineLike(&c.lines[best]) {
		c.headline = best
	}
}

// pickHeadline returns the headline among the kept lines before index
// first: the top of the run of lines of three words or more that leads
// into the prose (short lines between the run and the prose, such as
// "Слушать новость", are passed over). Without such a run it is the
// longest line of two words, the earliest on a tie; -1 when none.
func (c *cleaned) pickHeadline(first int) int {
	best, short, shortWords := -1, -1, 1
	for i := first - 1; i >= 0; i-- {
		l := &c.lines[i]
		if l.kind != "" {
			continue
		}
		if l.words >= 3 {
			best = i
			continue
		}
		if best >= 0 {
			break
		}
		if l.words >= shortWords {
			short, shortWords = i, l.words
		}
	}
	if best < 0 && shortWords >= 2 {
		return short
	}
	return best
}

// shortLabel reports whether l is a "label: value" line of a few words
// ("Время чтения: 3 мин", "Регионы: Киев Одесса").
func shortLabel(l *line) bool {
	label, rest, ok := labelled(l.text)
	if !ok || l.sentence || countWords(label) > 2 || strings.ContainsAny(label, "\"«»“”'") {
		return false
	}
	n := countWords(rest)
	return n <= 2 || n <= 5 && strings.ContainsAny(rest, "0123456789")
}

// trailing handles the lines after the last prose line at index last.
func (c *cleaned) trailing(last int) {
	for i := last + 1; i < len(c.lines); i++ {
		l := &c.lines[i]
		if l.kind != "" {
			continue
		}
		t := newLineText(l.text)
		switch {
		case oneOfPhrase(t, sourceHeads):
		case c.dateLine(l):
			l.kind = litopys.RemovedDate
		case timestamped(l) || capsMenu(l) || digitHeavy(l) || shortLabel(l):
			l.kind = litopys.RemovedChrome
		case l.words < 12 && appeal(l.text):
			l.kind = litopys.RemovedShare
		case c.extracted:
		case !closes(l) || l.words < 3:
			l.kind = litopys.RemovedChrome
		}
	}
}

// closes reports whether l ends as a paragraph of prose ends.
func closes(l *line) bool {
	last, _ := utf8.DecodeLastRuneInString(l.text)
	switch last {
	case '.', '!', '…', '»', '"', '”', ')':
		return l.sentence
	}
	return false
}

// capsMenu reports whether l is a row of capitalised words in a script that
// does not capitalise headlines word by word: a menu without separators.
func capsMenu(l *line) bool {
	return !l.isLatin() && l.words >= 4 && l.capWords == l.words && !l.sentence
}

// isDate reports whether s is a date line.
func isDate(s string) bool {
	_, ok := parseDateLine(s)
	return ok
}

// digitHeavy reports whether a third or more of the words of l are numbers,
// as in rates, scores and counters, and l is no sentence.
func digitHeavy(l *line) bool {
	if l.sentence || l.words < 2 {
		return false
	}
	n := 0
	for _, f := range strings.Fields(l.text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "+-−"))
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n*3 >= l.words
}

// dateLine reports whether l is a date line and records the first date of
// one that names a day.
func (c *cleaned) dateLine(l *line) bool {
	d, ok := readDateLine(l.text)
	if ok && c.dateline.IsZero() && !d.IsZero() {
		c.dateline = d
	}
	return ok
}
