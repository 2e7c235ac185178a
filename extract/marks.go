package extract

import "unicode/utf8"

// Phrase lists searched inside a line (not only at its start). One pass
// over the starts of the line's tokens finds them all.
const (
	markChrome = iota
	markSoftChrome
	markSite
	markCite
	markCiteNeed
	markAppeal
	markCaption
	nMarks
)

type markEntry struct {
	phrase string
	list   int
}

// markIndex maps the first rune of each phrase to the phrases.
type markIndex map[rune][]markEntry

var marks = newMarkIndex(map[int][]string{
	markChrome:     chromeMarks,
	markSoftChrome: softChromeMarks,
	markSite:       siteWords,
	markCite:       citeMarks,
	markCiteNeed:   citeNeed,
	markAppeal:     appealWords,
	markCaption:    captionMarks,
})

func newMarkIndex(lists map[int][]string) markIndex {
	idx := make(markIndex)
	for list, phrases := range lists {
		for _, p := range phrases {
			r, _ := utf8.DecodeRuneInString(p)
			idx[r] = append(idx[r], markEntry{p, list})
		}
	}
	return idx
}

// found holds, for each list, the end of its first match in the line, or 0.
type found [nMarks]int

func (f *found) has(list int) bool { return f[list] > 0 }

// find searches low (a lower-case line) for the phrases of every list at
// the starts of its tokens: the line start and every position after a
// space, "/", "(" or a quote.
func (idx markIndex) find(low string) found {
	var f found
	start := true
	for i := 0; i < len(low); {
		r, size := utf8.DecodeRuneInString(low[i:])
		if start {
			for _, e := range idx[r] {
				if f[e.list] == 0 && len(low)-i >= len(e.phrase) && low[i:i+len(e.phrase)] == e.phrase {
					f[e.list] = i + len(e.phrase)
				}
			}
		}
		switch r {
		case ' ', '/', '(', '«', '"', '“', '„', '\'':
			start = true
		default:
			start = r == '©'
		}
		i += size
	}
	return f
}
