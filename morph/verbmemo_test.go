package morph

import "testing"

// TestAdjVerbMemo: the memo answers as verbOfAdj does, on first sight and
// from the memo, and an answer made with one dictionary is not given for
// another.
func TestAdjVerbMemo(t *testing.T) {
	a := mustLoad(t)
	m := a.ctxModel("ru")
	if m == nil || a.ru == nil || a.uk == nil {
		t.Skip("no Russian context model")
	}
	m.verbs = &verbMemo{}
	adjs := []string{"захваченный", "отличающийся", "вошедший", "красный", "организованный", "сказанный", "бывший"}
	found := 0
	for round := range 2 {
		for _, adj := range adjs {
			want, wok := m.verbOfAdj(a.ru, adj)
			got, ok := m.adjVerb(a.ru, adj)
			if got != want || ok != wok {
				t.Errorf("round %d: adjVerb(%q) = %q %v, want %q %v", round, adj, got, ok, want, wok)
			}
			if ok && round == 0 {
				found++
			}
			want, wok = m.verbOfAdj(a.uk, adj)
			if got, ok := m.adjVerb(a.uk, adj); got != want || ok != wok {
				t.Errorf("round %d, uk dictionary: adjVerb(%q) = %q %v, want %q %v", round, adj, got, ok, want, wok)
			}
		}
	}
	if found < 3 {
		t.Errorf("%d of %d participles have a verb", found, len(adjs))
	}
}
