package morph

import (
	"slices"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	tests := []struct {
		name, aff, dic string
		want           map[string][]string // stem -> forms
	}{
		{
			name: "suffix conditions",
			aff: `SET UTF-8
SFX A Y 3
SFX A ый ая [лн]ый
SFX A ый ого ый
SFX A 0 ы [^й]
`,
			dic: "2\nкрасный/A\nстол/A\n",
			want: map[string][]string{
				"красный": {"красный", "красная", "красного"},
				"стол":    {"стол", "столы"},
			},
		},
		{
			name: "prefix cross product and continuation",
			aff: `SFX S Y 1
SFX S 0 s/T .
SFX T Y 1
SFX T 0 '
PFX U Y 1
PFX U 0 un .
NEEDAFFIX N
`,
			dic: "do/SU\nbe/SN\n",
			want: map[string][]string{
				"do": {"do", "dos", "dos'", "undos", "undo"},
				"be": {"bes", "bes'"},
			},
		},
		{
			name: "long flags and aliases",
			aff: `FLAG long
AF 1
AF AaBb
SFX Aa Y 1
SFX Aa 0 а .
SFX Bb Y 1
SFX Bb 0 ом .
`,
			dic:  "1\nдом/1\n",
			want: map[string][]string{"дом": {"дом", "дома", "домом"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			af, err := parseAff(strings.NewReader(tt.aff))
			if err != nil {
				t.Fatal(err)
			}
			entries, err := parseDic(strings.NewReader(tt.dic), af)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]string{}
			for _, e := range entries {
				af.expand(e, func(w string) { got[e.stem] = append(got[e.stem], w) })
			}
			for stem, want := range tt.want {
				g := slices.Clone(got[stem])
				slices.Sort(g)
				w := slices.Clone(want)
				slices.Sort(w)
				if !slices.Equal(g, w) {
					t.Errorf("%s: forms %q, want %q", stem, g, w)
				}
			}
		})
	}
}

func TestRuleBetween(t *testing.T) {
	tests := []struct{ form, lemma, back string }{
		{"кореей", "корея", "корея"},
		{"берёт", "брать", "брать"},
		{"сеула", "сеул", "сеул"},
		{"сеул", "сеул", "сеул"},
		{"шли", "идти", "идти"},
	}
	for _, tt := range tests {
		r, ok := ruleBetween(tt.form, tt.lemma, 0)
		if !ok {
			t.Fatalf("ruleBetween(%q, %q) failed", tt.form, tt.lemma)
		}
		if got, _ := r.apply(tt.form); got != tt.back {
			t.Errorf("rule %+v on %q = %q, want %q", r, tt.form, got, tt.back)
		}
	}
}

func TestPerfectHash(t *testing.T) {
	var hashes []uint64
	var vals []uint32
	for i := range 5000 {
		hashes = append(hashes, hashString("ключ"+string(rune('а'+i%32))+strings.Repeat("x", i/32)))
		vals = append(vals, uint32(i%1000+1))
	}
	p, err := buildPerfectHash(hashes, vals, 10)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hashes {
		if got := p.get(h); got != vals[i] {
			t.Fatalf("get(key %d) = %d, want %d", i, got, vals[i])
		}
	}
	misses := 0
	for i := range 100000 {
		if p.get(hashString("нет"+strings.Repeat("y", i%50)+string(rune(i)))) != 0 {
			misses++
		}
	}
	if misses > 20 { // 2^-16 per absent key: about 1.5 expected
		t.Errorf("%d of 100000 absent keys found", misses)
	}
}
