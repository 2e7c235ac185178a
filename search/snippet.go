package search

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/segment"
	"github.com/litopys/litopys/translit"
)

// Snippet sizes.
const (
	snippetWords = 24       // words shown
	snippetScan  = 16 << 10 // bytes of text searched for matches
)

// Snippet returns a piece of text, in language lang, around the words that
// match p, each marked as **word**; "…" marks a cut. With no match it is
// the start of the text.
func (a *Analyzer) Snippet(text, lang string, p Plan) string {
	return a.Snippets(p).Snippet(text, lang)
}

// Snippets makes the snippets of one query's results. It remembers, word
// by word, whether a word matches: the texts of a page of results share
// most of their words, and telling costs a morphological analysis.
type Snippets struct {
	a      *Analyzer
	want   map[string]bool
	groups int
	seen   map[wordIn]bool
}

// wordIn is a word of a text in a language.
type wordIn struct{ word, lang string }

// Snippets prepares the snippets of the results of p.
func (a *Analyzer) Snippets(p Plan) *Snippets {
	s := &Snippets{a: a, want: map[string]bool{}, seen: map[wordIn]bool{}}
	for _, g := range p.Groups {
		if !g.Filter {
			s.groups++
			for _, t := range g.Terms {
				s.want[t] = true
			}
		}
	}
	return s
}

// Snippet is Analyzer.Snippet for the plan s was made for.
func (s *Snippets) Snippet(text, lang string) string {
	groups := s.groups
	fullLen := len(text)
	if len(text) > snippetScan {
		cut := snippetScan
		for cut > 0 && text[cut]&0xC0 == 0x80 {
			cut--
		}
		text = text[:cut]
	}
	var words []litopys.Token
	var hit []bool
	// Slide a window of snippetWords over the words, keeping the first
	// with the most matches; a window that matches every query word is as
	// good as any later one, so reading stops there.
	start, best, run, full, cut := 0, -1, 0, false, len(text) < fullLen
	for t := range tokens(text) {
		if t.Kind == litopys.TokenPunct {
			continue
		}
		if full && len(words) >= start+2*snippetWords {
			cut = true
			break
		}
		i := len(words)
		words = append(words, t)
		m, ok := s.seen[wordIn{t.Text, lang}]
		if !ok {
			m = s.a.matches(t.Text, lang, s.want)
			s.seen[wordIn{t.Text, lang}] = m
		}
		hit = append(hit, m)
		if hit[i] {
			run++
		}
		if i >= snippetWords && hit[i-snippetWords] {
			run--
		}
		if run > best {
			best, start = run, max(0, i-snippetWords+1)
			full = groups > 0 && best >= groups
		}
	}
	if len(words) == 0 {
		return ""
	}
	if best <= 0 {
		start = 0
	} else {
		// Show a few words of context before the first match.
		first := start
		for !hit[first] {
			first++
		}
		start = max(0, first-3)
	}
	end := min(len(words), start+snippetWords)
	var sb strings.Builder
	if start > 0 {
		sb.WriteString("…")
	}
	pos := words[start].Start
	for i := start; i < end; i++ {
		w := words[i]
		sb.WriteString(text[pos:w.Start])
		if hit[i] {
			sb.WriteString("**" + w.Text + "**")
		} else {
			sb.WriteString(w.Text)
		}
		pos = w.End
	}
	if end < len(words) || cut {
		sb.WriteString("…")
	} else {
		sb.WriteString(text[pos:])
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

// matches reports whether a word of the text has one of the wanted terms.
func (a *Analyzer) matches(word, lang string, want map[string]bool) bool {
	lower := strings.ToLower(word)
	if want[WordTerm(lower)] {
		return true
	}
	langs := []string{lang}
	if lang != "ru" && lang != "uk" {
		langs = []string{"ru", "uk"}
	}
	// Keys of names are indexed for the words of entity mentions only, which
	// are capitalised.
	r, _ := utf8.DecodeRuneInString(word)
	name := unicode.IsUpper(r)
	for _, l := range langs {
		lemma, _ := a.morph.Lemma(word, l)
		lemma = strings.ToLower(lemma)
		if want[WordTerm(lemma)] || name && want[keyPrefix+translit.Key(lemma)] {
			return true
		}
	}
	return false
}

// tokens yields the tokens of text a line at a time, so that a snippet
// found early does not pay for tokenising the rest.
func tokens(text string) iter.Seq[litopys.Token] {
	return func(yield func(litopys.Token) bool) {
		var buf []litopys.Token
		for start := 0; start < len(text); {
			end := strings.IndexByte(text[start:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += start + 1
			}
			buf = segment.Tokens(buf[:0], text, litopys.Span{Start: start, End: end})
			for _, t := range buf {
				if !yield(t) {
					return
				}
			}
			start = end
		}
	}
}
