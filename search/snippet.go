package search

import (
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/segment"
	"github.com/litopys/litopys/translit"
)

// Snippet sizes.
const (
	snippetWords = 24       // words shown
	snippetScan  = 64 << 10 // bytes of text searched for matches
)

// Snippet returns a piece of text, in language lang, around the words that
// match p, each marked as **word**; "…" marks a cut. With no match it is
// the start of the text.
func (a *Analyzer) Snippet(text, lang string, p Plan) string {
	if len(text) > snippetScan {
		cut := snippetScan
		for cut > 0 && text[cut]&0xC0 == 0x80 {
			cut--
		}
		text = text[:cut]
	}
	want := map[string]bool{}
	for _, g := range p.Groups {
		if !g.Filter {
			for _, t := range g.Terms {
				want[t] = true
			}
		}
	}
	toks := segment.Tokens(nil, text, litopys.Span{Start: 0, End: len(text)})
	var words []litopys.Token
	var hit []bool
	for _, t := range toks {
		if t.Kind == litopys.TokenPunct {
			continue
		}
		words = append(words, t)
		hit = append(hit, a.matches(t.Text, lang, want))
	}
	if len(words) == 0 {
		return ""
	}
	start, best, run := 0, -1, 0
	for i := range words {
		if hit[i] {
			run++
		}
		if i >= snippetWords && hit[i-snippetWords] {
			run--
		}
		if run > best {
			best, start = run, max(0, i-snippetWords+1)
		}
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
	if end < len(words) {
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
	for _, l := range langs {
		lemma, _ := a.morph.Lemma(word, l)
		lemma = strings.ToLower(lemma)
		if want[WordTerm(lemma)] || want[keyPrefix+translit.Key(lemma)] {
			return true
		}
	}
	return false
}
