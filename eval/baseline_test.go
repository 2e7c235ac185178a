package eval_test

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/gazetteer"
)

// gazetteerTag is the simplest possible system: the longest runs of up to
// four words that the gazetteer knows as a name, left to right.
func gazetteerTag(g *gazetteer.Gazetteer, r eval.RawDoc) eval.Doc {
	type tok struct{ start, end int }
	var toks []tok
	start := -1
	for i, c := range r.Content + " " {
		word := unicode.IsLetter(c) || unicode.IsDigit(c) || strings.ContainsRune("-'’ʼ", c) && start >= 0
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, tok{start, i})
			start = -1
		}
	}
	d := eval.Doc{Topic: r.Topic, ID: r.ID, Lang: r.Lang}
	for i := 0; i < len(toks); {
		n := min(4, len(toks)-i)
		for ; n > 0; n-- {
			form := r.Content[toks[i].start:toks[i+n-1].end]
			if es := g.Lookup(form, r.Lang); len(es) > 0 {
				base := form
				if ns := es[0].Names[r.Lang]; len(ns) > 0 {
					base = ns[0]
				}
				d.Mentions = append(d.Mentions, eval.Mention{Form: form, Base: base, Type: es[0].Type, ID: es[0].ID})
				break
			}
		}
		i += max(n, 1)
	}
	return d
}

// TestGazetteerBaseline measures the gazetteer alone as an NER system on
// each BSNLP topic, with the gazetteer built without that topic. It pins a
// floor under the numbers (a gazetteer that gets worse fails) and logs
// them: `go test ./eval -run GazetteerBaseline -v`.
func TestGazetteerBaseline(t *testing.T) {
	if testing.Short() {
		t.Skip("builds four gazetteers")
	}
	data := filepath.Join("..", "..", "shared", "data")
	raw, gold, err := eval.ReadBSNLPGold(filepath.Join(data, "bsnlp"))
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	all := map[string]eval.Doc{}
	sys := map[string]eval.Doc{}
	for _, topic := range []string{"asia_bibi", "brexit", "nord_stream", "ryanair"} {
		g, err := gazetteer.FromData(data, gazetteer.BuildOptions{ExcludeTopics: []string{topic}})
		if err != nil {
			t.Fatal(err)
		}
		held := map[string]eval.Doc{}
		for _, r := range raw {
			if r.Topic == topic {
				sys[r.Key()] = gazetteerTag(g, r)
				held[r.Key()] = gold[r.Key()]
				all[r.Key()] = gold[r.Key()]
			}
		}
		rep := eval.ScoreNER(held, sys)
		a := rep.Languages["all"]
		t.Logf("%-11s relaxed partial P %.3f R %.3f F1 %.3f | strict F1 %.3f | base %.3f | linking F1 %.3f",
			topic, a.RelaxedPartial.P, a.RelaxedPartial.R, a.RelaxedPartial.F1, a.Strict.F1, a.BaseFormAccuracy, rep.Linking.F1)
	}
	rep := eval.ScoreNER(all, sys)
	a := rep.Languages["all"]
	t.Logf("all         relaxed partial P %.3f R %.3f F1 %.3f | strict F1 %.3f | base %.3f | linking F1 %.3f",
		a.RelaxedPartial.P, a.RelaxedPartial.R, a.RelaxedPartial.F1, a.Strict.F1, a.BaseFormAccuracy, rep.Linking.F1)
	if a.RelaxedPartial.F1 < 0.2 || a.RelaxedPartial.P < 0.5 {
		t.Errorf("gazetteer baseline fell: %+v", a.RelaxedPartial)
	}
}
