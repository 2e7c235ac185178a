// Package quantity finds numbers with their units and the objects they
// count: "350 тысяч снарядов" is 350000 of "снаряд", "300 тис. доларів" is
// 300000 USD, "двох громадян" is 2 of "громадянин". Numbers that belong to
// a date (Document.Times) or are ordinals ("75-ї") are not quantities.
package quantity

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// multipliers by base form or abbreviation.
var multipliers = map[string]float64{
	"тысяча": 1e3, "тыс": 1e3, "тисяча": 1e3, "тис": 1e3, "thousand": 1e3,
	"миллион": 1e6, "млн": 1e6, "мільйон": 1e6, "million": 1e6, "mln": 1e6,
	"миллиард": 1e9, "млрд": 1e9, "мільярд": 1e9, "billion": 1e9, "bn": 1e9,
	"триллион": 1e12, "трлн": 1e12, "трильйон": 1e12, "trillion": 1e12,
}

// numberWords by base form.
var numberWords = map[string]float64{
	"один": 1, "одна": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4, "чотири": 4, "пять": 5, "п'ять": 5,
	"шесть": 6, "шість": 6, "семь": 7, "сім": 7, "восемь": 8, "вісім": 8, "девять": 9, "дев'ять": 9, "десять": 10,
	"сто": 100, "десятки": 10, "сотни": 100, "сотні": 100, "оба": 2, "обидва": 2,
	"двух": 2, "двох": 2, "двоє": 2, "трех": 3, "трёх": 3, "трьох": 3, "четырех": 4, "чотирьох": 4, "двоих": 2, "троих": 3,
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "hundred": 100,
}

// units by base form or sign, to their canonical name.
var units = map[string]string{
	"%": "percent", "процент": "percent", "відсоток": "percent", "percent": "percent",
	"$": "USD", "доллар": "USD", "долар": "USD", "dollar": "USD", "€": "EUR", "евро": "EUR", "євро": "EUR", "euro": "EUR",
	"рубль": "RUB", "руб": "RUB", "₽": "RUB", "гривна": "UAH", "гривня": "UAH", "грн": "UAH", "₴": "UAH",
	"километр": "km", "кілометр": "km", "км": "km", "km": "km", "тонна": "t", "т": "t", "ton": "t",
	"человек": "people", "людина": "people", "people": "people",
}

// Find returns the quantities of doc, which must carry tokens with lemmas
// and its time expressions.
func Find(doc *litopys.Document) []litopys.Quantity {
	var out []litopys.Quantity
	toks := doc.Tokens
	inTime := timeCover(doc.Times)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if inTime(t) {
			continue
		}
		v, j, ok := 0.0, i+1, false
		switch t.Kind {
		case litopys.TokenNumber:
			v, ok = parseNumber(t.Text)
		case litopys.TokenWord:
			l := lemma(t)
			if n, isNum := numberWords[l]; isNum {
				v, ok = n, true
			} else if multipliers[l] != 0 {
				v, j, ok = 1, i, true // a bare multiplier: "из миллиона обещанных"
			}
		}
		if !ok {
			continue
		}
		q := litopys.Quantity{Start: t.Start, Value: v}
		for j < len(toks) {
			m := multipliers[lemma(toks[j])]
			if m == 0 {
				break
			}
			q.Value *= m
			j++
			if j < len(toks) && toks[j].Text == "." && toks[j].Start == toks[j-1].End {
				j++
			}
		}
		end := toks[j-1].End
		if j < len(toks) {
			if u, isUnit := units[lemma(toks[j])]; isUnit {
				q.Unit, end = u, toks[j].End
				j++
			} else if o, k := object(toks, j); o != "" {
				q.Object, end = o, toks[k].End
			}
		}
		if i > 0 && toks[i-1].Kind == litopys.TokenPunct && toks[i-1].End == t.Start {
			if u, isUnit := units[toks[i-1].Text]; isUnit {
				q.Unit, q.Start = u, toks[i-1].Start // "$300"
			}
		}
		if q.Object == "" && q.Unit == "" && t.Kind == litopys.TokenWord && multipliers[lemma(t)] == 0 {
			continue // "один" alone is not a quantity
		}
		q.End = end
		q.Text = doc.Text[q.Start:q.End]
		q.Approx = approximate(doc.Text[:q.Start])
		out = append(out, q)
		i = j - 1
	}
	return out
}

// object returns the base form of the noun a number counts, skipping the
// adjectives before it ("350 тысяч артиллерийских снарядов" → "снаряд"),
// and the index of its token.
func object(toks []litopys.Token, j int) (string, int) {
	for k := j; k < len(toks) && k < j+3; k++ {
		t := toks[k]
		if t.Kind != litopys.TokenWord {
			return "", 0
		}
		l := lemma(t)
		if hasSuffix(l, "ый", "ий", "ой", "ій") && k+1 < len(toks) && toks[k+1].Kind == litopys.TokenWord {
			continue
		}
		if isFunctionWord(l) {
			return "", 0
		}
		return l, k
	}
	return "", 0
}

var functionWords = map[string]bool{"из": true, "з": true, "в": true, "у": true, "на": true, "и": true, "і": true, "та": true, "of": true, "and": true, "по": true, "до": true, "от": true, "від": true, "что": true, "що": true, "года": true, "год": true, "рік": true, "року": true}

func isFunctionWord(l string) bool { return functionWords[l] || len([]rune(l)) < 2 }

func approximate(before string) bool {
	if len(before) > 24 {
		before = before[len(before)-24:] // the words just before the number
	}
	b := textcase.Lower(before)
	for _, w := range []string{"около ", "примерно ", "почти ", "более ", "свыше ", "около", "близько ", "приблизно ", "майже ", "понад ", "більше ", "about ", "nearly ", "over ", "almost "} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// parseNumber reads "350", "1,5", "1.5", "300 000" (a no-break or thin space
// grouping), "12,000" (a comma grouping of three digits).
func parseNumber(s string) (float64, bool) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			b.WriteRune(r)
		case r == ',' || r == '.':
			b.WriteRune(r)
		case r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009':
		default:
			return 0, false // "75-ї", "2023-го": ordinals and codes
		}
	}
	n := b.String()
	if i := strings.LastIndexAny(n, ",."); i >= 0 {
		if len(n)-i-1 == 3 && strings.Count(n, ",")+strings.Count(n, ".") >= 1 && !strings.Contains(n[:i], string(n[i])) && n[i] == ',' && len(n[:i]) <= 3 {
			n = strings.ReplaceAll(n, ",", "") // 12,000
		} else {
			n = strings.ReplaceAll(n[:i], ",", "") + "." + n[i+1:]
			n = strings.ReplaceAll(n[:strings.LastIndex(n, ".")], ".", "") + n[strings.LastIndex(n, "."):]
		}
	}
	v, err := strconv.ParseFloat(n, 64)
	return v, err == nil
}

func lemma(t litopys.Token) string {
	if t.Lemma != "" {
		return t.Lemma
	}
	return textcase.Lower(t.Text)
}

func hasSuffix(s string, xs ...string) bool {
	for _, x := range xs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// timeCover returns a test of whether a token lies inside one of the
// (non-boilerplate) time expressions, in O(log n) per token: the spans
// sorted by start, with the greatest end among each prefix, answer "does a
// span that starts at or before the token end at or after it". Looking
// through every expression for every token was quadratic in a long text.
func timeCover(times []litopys.TimeExpr) func(litopys.Token) bool {
	var spans []litopys.Span
	for _, x := range times {
		if !x.Boilerplate {
			spans = append(spans, litopys.Span{Start: x.Start, End: x.End})
		}
	}
	slices.SortFunc(spans, func(a, b litopys.Span) int { return a.Start - b.Start })
	maxEnd := make([]int, len(spans))
	for i, sp := range spans {
		maxEnd[i] = sp.End
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	return func(t litopys.Token) bool {
		// the number of spans starting at or before the token
		k := sort.Search(len(spans), func(i int) bool { return spans[i].Start > t.Start })
		return k > 0 && maxEnd[k-1] >= t.End
	}
}
