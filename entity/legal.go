package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// legalSuffixes are the abbreviations of a company's legal form written after
// its name ("Nord Stream 2 AG", "… Трейдинг Б.В.", "Allseas Group S.A.").
var legalSuffixes = []string{
	"GmbH", "AG", "SE", "S.A.", "N.V.", "B.V.", "Ltd.", "Ltd", "LLC", "Inc.", "Inc", "PLC", "plc",
	"ГмбХ", "АГ", "С.А.", "Н.В.", "Б.В.", "Б. В.", "Б.В", "Лтд.", "Лтд", "Инк.", "ПЛК",
}

// nameConnectors join the words of a company's name ("Транспорт энд
// Трейдинг").
var nameConnectors = map[string]bool{"энд": true, "and": true, "&": true, "und": true}

// legalNames makes a company of a name followed by its legal form: the
// capitalised words, numbers and connectors before the form, with a
// parenthesis among them ("Шелл Эксплорейшн энд Продакшн (LXXI) Б.В."), on
// one line, become one organisation with the form, whatever spans the
// tagger had there (it types the parts PER or LOC: "Трейдинг Б.В",
// "Нидерланды"). A capitalised common word that starts the sentence is no
// part of it ("Компания Nord Stream 2 AG").
func (r *Resolver) legalNames(doc *litopys.Document, spans []Span) []Span {
	toks := doc.Tokens
	for i := 1; i < len(toks); i++ {
		form := legalFormAt(doc.Text, toks[i].Start)
		if form == "" || !spaceOnly(doc.Text[toks[i-1].End:toks[i].Start]) {
			continue
		}
		end := toks[i].Start + len(form)
		a, words := i, 0
		for k := i - 1; k >= 0 && i-k <= 10; k-- {
			t := toks[k]
			if k < i-1 && !spaceOnly(doc.Text[t.End:toks[k+1].Start]) {
				break
			}
			if t.Text == ")" {
				o := k - 1
				for o >= 0 && k-o <= 3 && toks[o].Text != "(" {
					o--
				}
				if o < 0 || toks[o].Text != "(" {
					break
				}
				k, a = o, o
				continue
			}
			switch {
			case t.Kind == litopys.TokenWord && startsUpper(t.Text) && legalFormAt(doc.Text, t.Start) == "":
				words++
			case allDigits(t.Text) || nameConnectors[t.Text]:
			default:
				k = -1
				continue
			}
			a = k
		}
		for a < i && (nameConnectors[toks[a].Text] || toks[a].Text == "(") {
			a++
		}
		lang := langAt(doc, toks[i].Start)
		if a < i-1 && (a == 0 || sentenceEnd(toks[a-1].Text)) && r.Common != nil && r.Common.Common(toks[a].Text, lang) {
			a++
		}
		if words == 0 || a >= i {
			continue
		}
		start := toks[a].Start
		out := spans[:0:0]
		for _, sp := range spans {
			if sp.End <= start || sp.Start >= end {
				out = append(out, sp)
				continue
			}
			// What a span holds outside the company's name stays a name of
			// its own ("Голубой поток" before it, "Йенс Мюллер" after it).
			if sp.Start < start {
				out = appendPart(doc, out, Span{Start: sp.Start, End: start, Type: sp.Type})
			}
			if sp.End > end {
				out = appendPart(doc, out, Span{Start: end, End: sp.End, Type: sp.Type})
			}
		}
		spans = append(out, Span{Start: start, End: end, Type: litopys.ORG})
		sort.SliceStable(spans, func(x, y int) bool { return spans[x].Start < spans[y].Start })
		for i < len(toks) && toks[i].Start < end {
			i++
		}
	}
	return spans
}

// legalFormAt returns the legal form written at byte offset p of text, a
// whole word, or "".
func legalFormAt(text string, p int) string {
	for _, f := range legalSuffixes {
		if !strings.HasPrefix(text[p:], f) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[p+len(f):])
		if p+len(f) == len(text) || !unicode.IsLetter(r) && !unicode.IsDigit(r) && (r != '.' || strings.HasSuffix(f, ".")) {
			return f
		}
	}
	return ""
}

func spaceOnly(gap string) bool { return strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n") }

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// appendPart appends the part sp of a span cut in two, trimmed to its
// words, when it has a capitalised one.
func appendPart(doc *litopys.Document, out []Span, sp Span) []Span {
	a, b := tokensOf(doc, sp)
	for a < b && doc.Tokens[a].Kind != litopys.TokenWord {
		a++
	}
	for b > a && (doc.Tokens[b-1].Kind != litopys.TokenWord || doc.Tokens[b-1].End > sp.End) {
		b--
	}
	for k := a; k < b; k++ {
		if startsUpper(doc.Tokens[k].Text) {
			return append(out, Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End, Type: sp.Type})
		}
	}
	return out
}
