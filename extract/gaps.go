package extract

import "strings"

// maxGap is the most page lines between two extracted lines that fill
// looks into: a wider gap is a section of the page of its own (comments,
// a related list), not paragraphs skipped inside the article.
const maxGap = 12

// fill puts back paragraphs of the article the extractor skipped: a page
// line of prose (a sentence of eight words or more) that no line rule
// names as furniture, standing between two extracted lines of the page
// (at most maxGap lines apart), or between the headline and the first
// extracted line when it is the page's description (the standfirst).
// Lines of hidden are never put back.
// go-trafilatura drops such paragraphs when their container looks like
// furniture to it (a table, a div of unusual class, a lead above the
// body); the evidence for keeping them is that the article surrounds
// them.
func fill(lines, page []line, description string, hidden map[string]bool) []line {
	at := pagePositions(lines, page)
	g := gapFiller{have: map[string]bool{}, hidden: hidden, words: " " + strings.Join(linesWords(lines), " ") + " "}
	out := make([]line, 0, len(lines))
	prev := -1  // page position of the last extracted line placed
	whole := "" // the words of a whole paragraph put in for a cut one
	for i := range lines {
		if at[i] < 0 && whole != "" && strings.Contains(whole, " "+strings.Join(wordsOf(lines[i].text), " ")+" ") {
			continue // the rest of the cut paragraph, split off
		}
		whole = ""
		if at[i] >= 0 {
			if page[at[i]].text != lines[i].text {
				// The extractor cut the paragraph short (at an inline
				// element): the page's whole paragraph replaces it.
				lines[i] = page[at[i]]
				whole = " " + strings.Join(wordsOf(lines[i].text), " ") + " "
			}
			switch {
			case prev >= 0 && at[i]-prev <= maxGap:
				out = g.add(out, page[prev+1:at[i]], "")
			case prev < 0 && description != "":
				// The standfirst above the first paragraph found.
				out = g.add(out, page[max(0, at[i]-maxGap):at[i]], description)
			}
			prev = at[i]
		}
		out = append(out, lines[i])
	}
	return out
}

// gapFiller adds the prose lines of gaps that the extraction lacks.
type gapFiller struct {
	have   map[string]bool // lines added already
	hidden map[string]bool // lines pruned as hidden or comments: never added
	words  string          // the words of the extracted lines, between spaces
}

// linesWords returns the words of lines in order.
func linesWords(lines []line) []string {
	var ws []string
	for i := range lines {
		ws = append(ws, wordsOf(lines[i].text)...)
	}
	return ws
}

// wordsOf splits s into runs of letters and digits.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isLetterOrDigit(r) })
}

// extracted reports whether the words of l already run in the extraction
// (split over lines maybe), or l holds pruned text.
func (g *gapFiller) extracted(l *line) bool {
	if strings.Contains(g.words, " "+strings.Join(wordsOf(l.text), " ")+" ") {
		return true
	}
	for h := range g.hidden {
		if strings.Contains(l.text, h) {
			return true
		}
	}
	return false
}

// add appends the prose lines of gap that are not extracted yet; with a
// description, only the line that is the description. A gap that holds a
// linked line of a few words (a teaser headline, a menu item) is a list
// of links to other pages, and nothing of it is added.
func (g *gapFiller) add(out, gap []line, description string) []line {
	for i := range gap {
		if gap[i].kind == "" && gap[i].href != "" && !gap[i].prose() && description == "" {
			return out
		}
	}
	for _, l := range gap {
		if l.kind != "" || g.have[l.text] || !l.prose() || g.extracted(&l) {
			continue
		}
		if description != "" && !strings.HasPrefix(normSpace(description), strings.TrimRight(l.text, ".…")) &&
			!strings.HasPrefix(l.text, strings.TrimRight(normSpace(description), ".…")) {
			continue
		}
		g.have[l.text] = true
		out = append(out, l)
	}
	return out
}

// minCut is the length from which an extracted line that starts a page
// line is taken for that line cut short.
const minCut = 24

// pagePositions finds each extracted line on the page: the index of the
// first page line after the previous one found with the same text, or
// (within maxGap lines) starting with it when it is minCut bytes or more;
// -1 when the line is not on the page as such.
func pagePositions(lines, page []line) []int {
	idx := make(map[string][]int, len(page))
	for i := range page {
		idx[page[i].text] = append(idx[page[i].text], i)
	}
	at := make([]int, len(lines))
	last := -1
	for i := range lines {
		at[i] = -1
		for _, p := range idx[lines[i].text] {
			if p > last {
				at[i], last = p, p
				break
			}
		}
		if at[i] >= 0 || len(lines[i].text) < minCut {
			continue
		}
		for p := last + 1; p < len(page) && p <= last+maxGap; p++ {
			if strings.HasPrefix(page[p].text, lines[i].text) {
				at[i], last = p, p
				break
			}
		}
	}
	return at
}
