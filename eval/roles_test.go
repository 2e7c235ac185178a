package eval

import (
	"strings"
	"testing"
)

// udSample: "Блинкен встретился с Чо и осудил действия Москвы." with the
// tree a UD annotator would give it; and a passive with its agent.
const udSample = `# sent_id = s1
1	Блинкен	Блинкен	PROPN	_	Animacy=Anim|Case=Nom	2	nsubj	_	_
2	встретился	встретиться	VERB	_	VerbForm=Fin	0	root	_	_
3	с	с	ADP	_	_	4	case	_	_
4	Чо	Чо	PROPN	_	Animacy=Anim|Case=Ins	2	obl	_	_
5	и	и	CCONJ	_	_	6	cc	_	_
6	осудил	осудить	VERB	_	VerbForm=Fin	2	conj	_	_
7	действия	действие	NOUN	_	Case=Acc	6	obj	_	_
8	Москвы	Москва	PROPN	_	Case=Gen	7	nmod	_	SpaceAfter=No
9	.	.	PUNCT	_	_	2	punct	_	_

# sent_id = s2
1	Кяров	Кяров	PROPN	_	Case=Nom	3	nsubj:pass	_	_
2	был	быть	AUX	_	_	3	aux:pass	_	_
3	застрелен	застрелить	VERB	_	Voice=Pass	0	root	_	_
4	боевиками	боевик	NOUN	_	Case=Ins	3	obl:agent	_	_
5	Умарова	Умаров	PROPN	_	Case=Gen	4	nmod	_	_
6	в	в	ADP	_	_	7	case	_	_
7	Нальчике	Нальчик	PROPN	_	Case=Loc	3	obl	_	_
`

func TestGoldRole(t *testing.T) {
	ss, err := ReadUD(strings.NewReader(udSample))
	if err != nil || len(ss) != 2 || len(ss[0].Tokens) != 9 || ss[0].Tokens[7].SpaceAfter {
		t.Fatalf("ReadUD = %+v, %v", ss, err)
	}
	tests := []struct {
		sent, pred, word int
		want             string
	}{
		{0, 2, 1, "agent"},   // subject
		{0, 2, 4, "patient"}, // "с Чо"
		{0, 6, 1, "agent"},   // the coordinated verb shares the subject
		{0, 6, 4, ""},        // but not the other verb's oblique
		{0, 6, 8, "patient"}, // the owner of the object
		{0, 2, 8, ""},
		{1, 3, 1, "patient"}, // passive subject
		{1, 3, 5, ""},        // the genitive of the agent phrase
		{1, 3, 4, "agent"},   // obl:agent
		{1, 3, 7, ""},        // a place
	}
	for _, tt := range tests {
		if got := GoldRole(ss[tt.sent], tt.pred, tt.word); got != tt.want {
			t.Errorf("GoldRole(s%d, %d, %d) = %q, want %q", tt.sent+1, tt.pred, tt.word, got, tt.want)
		}
	}
	r := ScoreRoles([]RolePair{{"agent", "agent"}, {"agent", "patient"}, {"patient", "patient"}, {"", "agent"}, {"patient", ""}})
	if r.Agent != NewPRF(2, 2, 1, 1) || r.Patient != NewPRF(2, 2, 1, 1) {
		t.Errorf("ScoreRoles = %+v", r)
	}
}

func FuzzReadUD(f *testing.F) {
	f.Add(udSample)
	f.Add("1\ta\ta\tX\t_\t_\t5\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, s string) {
		ss, err := ReadUD(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, x := range ss {
			for i, tk := range x.Tokens {
				if tk.ID != i+1 || tk.Head < 0 || tk.Head > len(x.Tokens) {
					t.Fatalf("bad token %+v", tk)
				}
				for p := 1; p <= len(x.Tokens); p++ {
					GoldRole(x, p, i+1)
				}
			}
		}
	})
}
