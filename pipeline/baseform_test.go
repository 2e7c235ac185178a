package pipeline

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/entity"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/segment"
)

// TestBSNLPBaseForms measures the base forms of whole multi-word mentions
// over the BSNLP gold: each gold mention is tokenised and lemmatised by the
// pipeline's own stages and put into its base form by package entity, given
// its gold type. Floors sit just under the figures in docs/EVAL.md.
func TestBSNLPBaseForms(t *testing.T) {
	files, _ := filepath.Glob("../../shared/data/bsnlp/*/annotated/*/*.out")
	seeds, _ := filepath.Glob("../../shared/seeds/bsnlp/*/annotated/*/*.out")
	files = append(files, seeds...)
	if len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatal("shared BSNLP data missing in CI")
		}
		t.Skip("no shared BSNLP data")
	}
	m, err := morph.Load()
	if err != nil {
		t.Fatal(err)
	}
	g := newGrammar(m)
	right, total := map[string]int{}, map[string]int{}
	for _, f := range files {
		lang := filepath.Base(filepath.Dir(f))
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Scan() // document id
		for sc.Scan() {
			p := strings.Split(sc.Text(), "\t")
			if len(p) < 3 {
				continue
			}
			text, gold, typ := strings.TrimSpace(p[0]), strings.TrimSpace(p[1]), strings.TrimSpace(p[2])
			if !strings.Contains(text, " ") {
				continue
			}
			toks := segment.Tokens(nil, text, litopys.Span{Start: 0, End: len(text)})
			for i := range toks {
				if toks[i].Kind == litopys.TokenWord {
					toks[i].Lemma, toks[i].Known = m.Lemma(toks[i].Text, lang)
				}
			}
			total[typ]++
			if strings.EqualFold(entity.BaseForm(text, toks, typ, lang, m, g), gold) {
				right[typ]++
			}
		}
		fh.Close()
	}
	floors := map[string]float64{"ORG": 0.93, "PER": 0.83, "LOC": 0.86, "PRO": 0.80, "EVT": 0.83}
	for typ, n := range total {
		acc := float64(right[typ]) / float64(n)
		t.Logf("%s: %d/%d = %.3f", typ, right[typ], n, acc)
		if f, ok := floors[typ]; ok && acc < f {
			t.Errorf("%s base forms %.3f, below the floor %.3f", typ, acc, f)
		}
	}
}
