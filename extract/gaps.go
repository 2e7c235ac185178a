package extract

import (
	"strings"

	"github.com/litopys/litopys"
)

// maxGap is the most page lines between two extracted lines that fill
// looks into: a wider gap is a section of the page of its own (comments,
// a related list), not paragraphs skipped inside the article.
const maxGap = 12

// fill puts back paragraphs of the article the extractor skipped: a line
// of prose (a sentence of eight words or more) of the page, pruned as the
// extractor saw it, that no line rule names as furniture, standing between
// two extracted lines of the page (at most maxGap lines apart), or between
// the headline and the first extracted line when it is the page's
// description (the standfirst). go-trafilatura drops such paragraphs when
// their container looks like furniture to it (a table, a div of unusual
// class, a lead above the body); the evidence for keeping them is that the
// article surrounds them.
func fill(lines, page []line, description string) []line {
	at := pagePositions(lines, page)
	g := gapFiller{have: map[string]bool{}, lines: lines}
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
				out = g.add(out, page[prev+1:at[i]], i, "")
			case prev < 0 && description != "":
				// The standfirst above the first paragraph found.
				out = g.add(out, page[max(0, at[i]-maxGap):at[i]], i, description)
			}
			prev = at[i]
		}
		out = append(out, lines[i])
	}
	return out
}

// gapFiller adds the prose lines of gaps that the extraction lacks.
type gapFiller struct {
	have  map[string]bool // lines added already
	lines []line          // the extracted lines
}

// window is how many extracted lines around a gap are searched for its
// words: an extractor splits a paragraph into neighbouring lines.
const window = 4

// wordsOf splits s into runs of letters and digits.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isLetterOrDigit(r) })
}

// extracted reports whether the words of l already run in the extracted
// lines around index i (split over lines maybe).
func (g *gapFiller) extracted(l *line, i int) bool {
	var ws []string
	for _, x := range g.lines[max(0, i-window):min(len(g.lines), i+window)] {
		ws = append(ws, wordsOf(x.text)...)
	}
	return strings.Contains(" "+strings.Join(ws, " ")+" ", " "+strings.Join(wordsOf(l.text), " ")+" ")
}

// add appends the prose lines of gap, which stands before extracted line
// i, that are not extracted yet; with a description, only the line that
// is the description. A gap that holds a line made of a link (a teaser
// headline, a menu item) is a list of links to other pages, and nothing
// of it is added.
func (g *gapFiller) add(out, gap []line, i int, description string) []line {
	for k := range gap {
		if gap[k].kind == "" && gap[k].linked && description == "" {
			return out
		}
	}
	for _, l := range gap {
		if l.kind != "" || g.have[l.text] || !l.prose() || g.extracted(&l, i) {
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
	next := make(map[string]int, len(lines)) // the first occurrence not passed yet, by text
	last := -1
	for i := range lines {
		at[i] = -1
		ps, k := idx[lines[i].text], next[lines[i].text]
		for k < len(ps) && ps[k] <= last {
			k++
		}
		if k < len(ps) {
			at[i], last = ps[k], ps[k]
			k++
		}
		next[lines[i].text] = k
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

// minRepeat is the length of a run of lines that, repeating an earlier
// run line for line, is taken for a copy.
const minRepeat = 3

// repeats removes runs of at least minRepeat lines that repeat an earlier
// run line for line, in order: extractors emit some blocks twice
// (go-trafilatura a <br>-separated block, once whole and once line by
// line). A paragraph repeated on its own is kept.
func (c *cleaned) repeats() {
	first := make(map[string]int, len(c.lines))
	prev := make([]int, len(c.lines)) // index of the earlier copy, -1 when none
	for i := range c.lines {
		prev[i] = -1
		if j, ok := first[c.lines[i].text]; ok {
			prev[i] = j
		} else {
			first[c.lines[i].text] = i
		}
	}
	for i := 0; i < len(c.lines); {
		j := i
		for j < len(c.lines) && prev[j] >= 0 && (j == i || prev[j] == prev[j-1]+1) {
			j++
		}
		if j-i >= minRepeat {
			for k := i; k < j; k++ {
				if c.lines[k].kind == "" {
					c.lines[k].kind = litopys.RemovedOther
				}
			}
		}
		i = max(j, i+1)
	}
}
