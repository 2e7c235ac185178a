package extract

import (
	"strconv"
	"strings"

	"github.com/litopys/litopys"
)

// minSlides is the number of numbered slides in a row that make a gallery.
const minSlides = 3

// galleries removes photo galleries laid out in the text: runs of at least
// minSlides lines numbered "k/N …" or "k of N" ("1/50 United goin down",
// "Фото 2 из 12") with k counting up, the captions between them, the
// caption and credits after the last one, and a short heading just before
// the first ("Business news in pictures"). Their captions are prose, so
// only the numbering gives a gallery away.
func (c *cleaned) galleries() {
	for i := 0; i < len(c.lines); i++ {
		k, n, ok := slideNumber(c.lines[i].text)
		if !ok || k > 2 {
			continue
		}
		slides := []int{i}
		for j := i + 1; j < len(c.lines) && j-slides[len(slides)-1] <= 4; j++ {
			if k2, n2, ok := slideNumber(c.lines[j].text); ok && n2 == n && k2 == k+len(slides) {
				slides = append(slides, j)
			}
		}
		if len(slides) < minSlides {
			continue
		}
		last := slides[len(slides)-1]
		end := last + 1
		if end < len(c.lines) {
			end++ // the last slide's caption
		}
		for end < len(c.lines) && c.lines[end].words < 4 && !c.lines[end].prose() {
			end++ // credits
		}
		for j := i; j < end; j++ {
			if c.lines[j].kind == "" {
				c.lines[j].kind = litopys.RemovedCaption
			}
		}
		for j := i - 1; j >= 0 && j >= i-2 && c.lines[j].words < 8 && !c.lines[j].prose(); j-- {
			if c.lines[j].kind == "" {
				c.lines[j].kind = litopys.RemovedCaption
			}
		}
		i = end - 1
	}
}

// slideNumber reads the "k/N" or "k of N" (из, з) that opens a slide's
// line, after an optional word such as "Фото" or "Photo".
func slideNumber(s string) (k, n int, ok bool) {
	// The number stands in the first few words: look no further.
	s = s[:cutRunes(s, 32)]
	if strings.IndexAny(s, "0123456789") < 0 {
		return 0, 0, false
	}
	f := strings.Fields(s)
	if len(f) > 1 && !startsDigit(f[0]) {
		f = f[1:]
	}
	if len(f) == 0 {
		return 0, 0, false
	}
	if a, b, found := strings.Cut(f[0], "/"); found {
		k, n = atoiOr(a), atoiOr(b)
	} else if len(f) >= 3 && oneOf(strings.ToLower(f[1]), []string{"of", "из", "з", "із"}) {
		k, n = atoiOr(f[0]), atoiOr(strings.TrimRight(f[2], ".:"))
	}
	return k, n, k >= 1 && n >= minSlides && k <= n && n <= 500
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// atoiOr returns the number s spells, or 0.
func atoiOr(s string) int {
	if !allDigits(s) || len(s) > 4 {
		return 0
	}
	v, _ := strconv.Atoi(s)
	return v
}
