package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// Sentences splits each paragraph into sentences. A sentence never crosses a
// paragraph; each is trimmed of surrounding white space. Paragraph spans out
// of range of text are skipped.
func Sentences(text string, paras []litopys.Span) []litopys.Span {
	out := make([]litopys.Span, 0, len(paras)*2)
	for _, p := range paras {
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
			continue
		}
		out = appendSentences(out, text, p.Start, p.End)
	}
	return out
}

// appendSentences appends the sentences of text[start:end].
func appendSentences(out []litopys.Span, text string, start, end int) []litopys.Span {
	sent := start
	var stops stopFinder
	stops.reset(text[:end])
	for i := start; i < end; {
		if i = stops.next(i); i >= end {
			break
		}
		j := skipClosing(text, i, end)
		if j >= end {
			break
		}
		if r, _ := utf8.DecodeRuneInString(text[j:end]); !isBlank(r) {
			i = j // 3.5, ZN.ua, «Да!», — inside a token or a quote
			continue
		}
		k := skipBlank(text, j, end)
		if k >= end {
			break
		}
		if endsSentence(text, sent, i, k, end) {
			out = appendTrimmed(out, text, sent, j)
			sent = k
		}
		i = k
	}
	return appendTrimmed(out, text, sent, end)
}

// stopFinder finds the next terminator (. ! ? …) with one vectorised
// byte search per kind, each remembered until it is passed.
type stopFinder struct {
	text string
	at   [4]int // next position of each of stopMarks, len(text) if none
}

var stopMarks = [4]string{".", "!", "?", "…"}

func (f *stopFinder) reset(text string) {
	f.text = text
	for k := range f.at {
		f.at[k] = -1
	}
}

// next returns the position of the first terminator at or after i, or
// len(text).
func (f *stopFinder) next(i int) int {
	best := len(f.text)
	for k, mark := range stopMarks {
		if f.at[k] < i {
			f.at[k] = len(f.text)
			if j := strings.Index(f.text[i:], mark); j >= 0 {
				f.at[k] = i + j
			}
		}
		best = min(best, f.at[k])
	}
	return best
}

// endsSentence decides whether the terminator run starting at i, followed by
// white space and then text[k:], closes the sentence that began at sent.
func endsSentence(text string, sent, i, k, end int) bool {
	r, n := utf8.DecodeRuneInString(text[k:end])
	switch {
	case unicode.IsLower(r):
		return false
	case r == ',' || r == ';' || r == ':' || r == ')' || r == ']' || r == '}' || r == '»':
		return false
	case isDash(r):
		// "…!» — сказал он" goes on; a dash before a capital opens a new
		// line of dialogue.
		m := skipBlank(text, k+n, end)
		if m < end {
			if r2, _ := utf8.DecodeRuneInString(text[m:end]); unicode.IsLower(r2) {
				return false
			}
		}
		return true
	case isOpening(r):
		m := k + n
		for m < end {
			r2, n2 := utf8.DecodeRuneInString(text[m:end])
			if !isOpening(r2) {
				r = r2
				break
			}
			m += n2
		}
		if unicode.IsLower(r) {
			return false
		}
	}
	if text[i] != '.' || (i+1 < end && text[i+1] == '.') {
		return true // ! ? … ...
	}
	return fullStopEnds(text, sent, i, r)
}

// fullStopEnds decides for a single full stop at i followed by a word that
// starts with next (not lower case).
func fullStopEnds(text string, sent, i int, next rune) bool {
	ws, single := wordBefore(text, sent, i)
	if ws == i {
		// "1. Первое": a list number opening the paragraph is no sentence.
		return !allDigits(text[sent:i])
	}
	kind := notAbbrev
	if single {
		r, _ := utf8.DecodeRuneInString(text[ws:i])
		switch {
		case unicode.IsUpper(r):
			return false // an initial: В. В. Путин, J. Smith
		case afterNumber(text, sent, ws) || afterTo(text, sent, ws):
			kind = abbrevEndable // 2023 г., XX в., т. д.
		default:
			return false // с. Иваново, п. 3, т. е.
		}
	} else {
		kind = lookup(text[ws:i])
		if kind == notAbbrev && dottedLetters(text[ws:i]) {
			return false // А.Б. Иванов, т.о.
		}
		if kind == abbrevInner && afterNumber(text, sent, ws) {
			kind = abbrevEndable // XX ст., 5 см.
		}
	}
	switch kind {
	case abbrevInner:
		return false
	case abbrevNumbered:
		return !unicode.IsDigit(next)
	case abbrevEndable:
		return unicode.IsUpper(next) && !shortLead(text[sent:ws])
	}
	return true
}

// skipClosing returns the end of the run of terminators and closing quotes
// and brackets that starts at i: "!»." or ".)".
func skipClosing(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isTerminator(r) && !isClosing(r) {
			break
		}
		i += n
	}
	return i
}

// skipBlank returns the position of the first non-blank rune at or after i.
func skipBlank(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isBlank(r) {
			break
		}
		i += n
	}
	return i
}

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isClosing(r rune) bool {
	switch r {
	case '»', '"', '”', '“', '’', '\'', ')', ']', '›':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '«', '"', '„', '“', '(', '[', '\'', '‘', '‹':
		return true
	}
	return false
}

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '―' || r == '‒' || r == '−'
}
