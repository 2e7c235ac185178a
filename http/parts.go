package http

import (
	"strings"
	"unicode/utf8"
)

// partBytes is about how much text one page of a long article shows; a
// longer article is cut into parts, each its own page (?part=N), so that a
// view costs the part and not the whole (a 16 MB text is 128 parts).
const partBytes = 128 << 10

// cutParts cuts highlighted paragraphs into parts of about size bytes of
// text each, at segment boundaries; a plain segment longer than what is
// left of a part is cut at a space (or a character boundary), a marked
// one never. A paragraph cut in two ends one part and opens the next.
func cutParts(paras [][]Segment, size int) [][][]Segment {
	var (
		parts [][][]Segment
		cur   [][]Segment // the paragraphs of the part being filled
		para  []Segment   // the paragraph being filled
		n     int         // bytes of text in cur and para
	)
	endPara := func() {
		if len(para) > 0 {
			cur, para = append(cur, para), nil
		}
	}
	endPart := func() {
		endPara()
		if len(cur) > 0 {
			parts, cur, n = append(parts, cur), nil, 0
		}
	}
	for _, p := range paras {
		for _, seg := range p {
			for seg.Text != "" {
				take := len(seg.Text)
				if room := size - n; seg.Kind == "" && take > room {
					take = cutPoint(seg.Text, room)
				}
				head := seg
				head.Text = seg.Text[:take]
				para = append(para, head)
				n += take
				seg.Text = seg.Text[take:]
				if n >= size {
					endPart()
				}
			}
		}
		endPara()
	}
	endPart()
	return parts
}

// cutPoint returns where to cut s to keep at most max bytes (at least one
// character): after the last space in the second half of them, else at a
// character boundary.
func cutPoint(s string, max int) int {
	if max < 1 {
		max = 1
	}
	if i := strings.LastIndexByte(s[:max], ' '); i >= max/2 {
		return i + 1
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if cut == 0 {
		_, cut = utf8.DecodeRuneInString(s)
	}
	return cut
}
