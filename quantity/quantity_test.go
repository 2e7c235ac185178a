package quantity

import (
	"strings"
	"testing"
	"unicode"

	"github.com/litopys/litopys"
)

// toks splits s into word, number and punctuation tokens with given lemmas.
func toks(s string, lemmas map[string]string) []litopys.Token {
	var out []litopys.Token
	rs := []rune(s)
	off := 0
	for i := 0; i < len(rs); {
		r := rs[i]
		start := off
		n := 1
		kind := litopys.TokenPunct
		switch {
		case unicode.IsSpace(r):
			off += len(string(r))
			i++
			continue
		case unicode.IsDigit(r):
			kind = litopys.TokenNumber
			for i+n < len(rs) && (unicode.IsDigit(rs[i+n]) || rs[i+n] == ',' && i+n+1 < len(rs) && unicode.IsDigit(rs[i+n+1])) {
				n++
			}
		case unicode.IsLetter(r):
			kind = litopys.TokenWord
			for i+n < len(rs) && (unicode.IsLetter(rs[i+n]) || rs[i+n] == '\'') {
				n++
			}
		}
		w := string(rs[i : i+n])
		off += len(w)
		i += n
		out = append(out, litopys.Token{Start: start, End: off, Text: w, Kind: kind, Lemma: lemmas[strings.ToLower(w)]})
	}
	return out
}

func TestFind(t *testing.T) {
	lemmas := map[string]string{"тысяч": "тысяча", "снарядов": "снаряд", "миллиона": "миллион", "обещанных": "обещанный",
		"артиллерийских": "артиллерийский", "двох": "два", "громадян": "громадянин", "млн": "млн", "доларів": "долар", "тис": "тис", "відсотків": "відсоток"}
	tests := []struct {
		name, text string
		want       []litopys.Quantity
	}{
		{"multiplier and object", "ЕС поставил Украине 300 тысяч снарядов из миллиона обещанных", []litopys.Quantity{
			{Text: "300 тысяч снарядов", Value: 300000, Object: "снаряд"},
			{Text: "миллиона обещанных", Value: 1e6, Object: "обещанный"},
		}},
		{"adjective skipped", "передала 350 тысяч артиллерийских снарядов", []litopys.Quantity{{Text: "350 тысяч артиллерийских снарядов", Value: 350000, Object: "снаряд"}}},
		{"number word", "санкції проти двох громадян РФ", []litopys.Quantity{{Text: "двох громадян", Value: 2, Object: "громадянин"}}},
		{"currency", "виділили 1,5 млн доларів", []litopys.Quantity{{Text: "1,5 млн доларів", Value: 1.5e6, Unit: "USD"}}},
		{"percent sign", "зросла на 12 %", []litopys.Quantity{{Text: "12 %", Value: 12, Unit: "percent"}}},
		{"approximate", "близько 40 відсотків", []litopys.Quantity{{Text: "40 відсотків", Value: 40, Unit: "percent", Approx: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &litopys.Document{Text: tt.text, Tokens: toks(tt.text, lemmas)}
			got := Find(doc)
			for i := range got {
				got[i].Start, got[i].End = 0, 0
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %+v, want %+v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Find(%q)[%d] = %+v, want %+v", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	f.Add("300 тысяч снарядов из миллиона")
	f.Add("$300 and 1,000,000.5 people")
	f.Fuzz(func(t *testing.T, s string) {
		doc := &litopys.Document{Text: s, Tokens: toks(s, nil)}
		for _, q := range Find(doc) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End || q.Text != s[q.Start:q.End] {
				t.Fatalf("bad quantity %+v in %q", q, s)
			}
		}
	})
}

// TestTimeCover checks the span test against looking at every span, on
// spans that nest, overlap and come out of order.
func TestTimeCover(t *testing.T) {
	times := []litopys.TimeExpr{{Start: 50, End: 60}, {Start: 10, End: 40}, {Start: 12, End: 20}, {Start: 30, End: 45},
		{Start: 70, End: 90, Boilerplate: true}, {Start: 100, End: 101}}
	in := timeCover(times)
	for s := 0; s < 110; s++ {
		for e := s + 1; e < 112; e++ {
			want := false
			for _, x := range times {
				if !x.Boilerplate && s >= x.Start && e <= x.End {
					want = true
				}
			}
			if got := in(litopys.Token{Start: s, End: e}); got != want {
				t.Fatalf("token %d–%d: %v, want %v", s, e, got, want)
			}
		}
	}
}
