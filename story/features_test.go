package story

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/litopys/litopys"
)

// TestTitleFeatures: the title's words are counted under the lemma the
// text gives the same form or a form of the same stem, else as written;
// its entities when a mention in the text is written in it; the outlet's
// own name is no feature.
func TestTitleFeatures(t *testing.T) {
	d := article(t, "a", "uk", "2024-11-13", "шостка залишилася без тепла після удару мінобороні", "GPE-Shostka", "ORG-babel")
	d.Tokens[0].Text, d.Tokens[0].Lemma = "Шостка", "шостка"
	d.Tokens[5].Lemma = "удар"
	d.Tokens[6].Lemma = "міноборона"
	d.Mentions[0].Text = "Шостка"
	d.Mentions[1].Text = "Бабель"
	d.Outlet = "babel.ua"
	d.Title = "Шостка без тепла після удару, - заява Міноборони"
	f := extract(d)
	for _, w := range []string{"шостка", "тепла", "удар", "заява", "міноборона"} {
		if f.lems[w] == 0 {
			t.Errorf("title word %q not counted: %v", w, f.lems)
		}
	}
	if f.lems["міноборони"] != 0 {
		t.Error("the title's form of Міноборона is counted as written, not under the lemma of its stem")
	}
	if f.ents["GPE-Shostka"] <= extract(&litopys.Document{ID: "b", Lang: "uk", Tokens: d.Tokens, Mentions: d.Mentions, Text: d.Text}).ents["GPE-Shostka"] {
		t.Error("an entity written in the title weighs no more than in the text alone")
	}
	d.Mentions[1].Text = "babel"
	if extract(d).ents["ORG-babel"] != 0 {
		t.Error("the outlet's own name counts as a feature")
	}
}

// TestIsLower checks isLower against strings.ToLower, on the cases its
// short cuts could get wrong.
func TestIsLower(t *testing.T) {
	for _, s := range []string{"", "abc", "aBc", "путин", "Путин", "путиН", "ѐџ", "Ѐ", "ї", "Ї", "є'я", "\u212a", "ǆ", "ǅ",
		"x\xffy", "\xd0", "o’neil", "ΣΑΣ", "σας", "ß", "1990-х", "İ"} {
		if got, want := isLower(s), strings.ToLower(s) == s; got != want {
			t.Errorf("isLower(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzIsLower(f *testing.F) {
	for _, s := range []string{"путин", "Київ", "x\xffy", "\u212a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isLower(s), strings.ToLower(s) == s; got != want {
			t.Errorf("isLower(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestShinglesFNV: a shingle's hash is FNV-1a of its words, each followed
// by a zero byte, as hash/fnv computes it.
func TestShinglesFNV(t *testing.T) {
	var toks []litopys.Token
	for _, w := range []string{"війна", "в", "Україні", "триває", "вже", "рік", "Київ"} {
		toks = append(toks, litopys.Token{Text: w, Kind: litopys.TokenWord, Lemma: strings.ToLower(w)})
	}
	toks[2].Lemma = "" // the text stands in for a missing lemma
	got := shingles(toks)
	if len(got) != len(toks)-shingleLen+1 {
		t.Fatalf("%d shingles, want %d", len(got), len(toks)-shingleLen+1)
	}
	for i := range got {
		h := fnv.New64a()
		for _, tk := range toks[i : i+shingleLen] {
			w := tk.Lemma
			if w == "" {
				w = tk.Text
			}
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		if got[i] != h.Sum64() {
			t.Errorf("shingle %d: %x, want %x", i, got[i], h.Sum64())
		}
	}
}

// TestTitleHeads: a capitalised text word still gives the title word its
// lemma, whether its first letter is Cyrillic, Latin or absent from the
// title.
func TestTitleHeads(t *testing.T) {
	d := &litopys.Document{Title: "Шостка и NATO: київ", Tokens: []litopys.Token{
		{Text: "Шостка", Kind: litopys.TokenWord, Lemma: "шостка"},
		{Text: "NATO", Kind: litopys.TokenWord, Lemma: "nato"},
		{Text: "Київ", Kind: litopys.TokenWord, Lemma: "київ-lemma"},
	}}
	f := features{lems: map[string]float64{}, ents: map[string]float64{}}
	titleFeatures(d, f)
	for _, l := range []string{"шостка", "nato", "київ-lemma"} {
		if f.lems[l] == 0 {
			t.Errorf("title lemma %q missing: %v", l, f.lems)
		}
	}
}

// TestCyrillicHasNoDigits keeps contentLemma's short cut true.
func TestCyrillicHasNoDigits(t *testing.T) {
	for r := 'Ѐ'; r <= 'ӿ'; r++ {
		if unicode.IsDigit(r) {
			t.Errorf("%U is a digit", r)
		}
	}
}

// TestEnoughShingles: minhash judges a text by its distinct shingles, so
// a text repeating seven shingles is too short however long it is.
func TestEnoughShingles(t *testing.T) {
	var sh []uint64
	for range 10 {
		for v := range uint64(minShingles - 1) {
			sh = append(sh, v*7919)
		}
	}
	if enoughShingles(sh) || minhash(sh) != nil {
		t.Fatalf("%d shingles, %d distinct: judged", len(sh), minShingles-1)
	}
	sh = append(sh, 1)
	if !enoughShingles(sh) || minhash(sh) == nil {
		t.Fatalf("%d distinct shingles: not judged", minShingles)
	}
	if enoughShingles(sh[:minShingles-1]) {
		t.Fatal("too few shingles judged")
	}
}

// TestTitleStems: a title word the text writes only inflected takes the
// lemma of a text word sharing its stem, whatever the case of that word's
// first letter (Cyrillic, other Cyrillic, Latin); words of other first
// letters give none.
func TestTitleStems(t *testing.T) {
	d := &litopys.Document{Title: "Удар за Шостками, Єнакієвим і Bremens", Tokens: []litopys.Token{
		{Text: "Шумно", Kind: litopys.TokenWord, Lemma: "шумно"},
		{Text: "Шостка", Kind: litopys.TokenWord, Lemma: "шостка"},
		{Text: "ЄНАКІЄВЕ", Kind: litopys.TokenWord, Lemma: "єнакієве"},
		{Text: "Bremen", Kind: litopys.TokenWord, Lemma: "bremen-lemma"},
	}}
	f := features{lems: map[string]float64{}, ents: map[string]float64{}}
	titleFeatures(d, f)
	for _, l := range []string{"шостка", "єнакієве", "bremen-lemma"} {
		if f.lems[l] == 0 {
			t.Errorf("title lemma %q missing: %v", l, f.lems)
		}
	}
	if f.lems["шумно"] != 0 {
		t.Errorf("шумно took a title word: %v", f.lems)
	}
}

// TestHeaviest: the selection keeps the features a full sort would, on
// weights with many ties (as lemma counts have), and top keeps its order.
func TestHeaviest(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		m := rng.IntN(400)
		v := make(map[string]float64, m)
		for range m {
			v[fmt.Sprintf("w%d", rng.IntN(10*m+1))] = 1 + math.Log(float64(1+rng.IntN(1+trial%7)))
		}
		n := 1 + rng.IntN(m+2)
		all := make([]weighted, 0, len(v))
		for k, w := range v {
			all = append(all, weighted{k, w})
		}
		slices.SortFunc(all, func(a, b weighted) int {
			if a.w != b.w {
				return cmp.Compare(b.w, a.w)
			}
			return strings.Compare(a.key, b.key)
		})
		want := all[:min(n, len(all))]
		if got := top(v, n); !slices.Equal(got, want) {
			t.Fatalf("trial %d: top(%d of %d) = %v, want %v", trial, n, len(v), got, want)
		}
		got := heaviest(v, n)
		slices.SortFunc(got, func(a, b weighted) int { return strings.Compare(a.key, b.key) })
		want = slices.Clone(want)
		slices.SortFunc(want, func(a, b weighted) int { return strings.Compare(a.key, b.key) })
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: heaviest(%d of %d) = %v, want %v", trial, n, len(v), got, want)
		}
	}
}
