package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/evalrun"
	"github.com/litopys/litopys/pipeline"
)

// shared is where the repository sees the project's shared data.
const shared = "../../shared"

func sharedPath(tb testing.TB, parts ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{shared}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shared data missing in CI: %v", err)
		}
		tb.Skipf("shared data not here: %v", err)
	}
	return p
}

func newPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	p, err := pipeline.New(pipeline.Options{Now: func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func analyzeFile(tb testing.TB, p *pipeline.Pipeline, path string) (*litopys.Document, string) {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	for rec := range input.Read(context.Background(), []string{path}, nil, input.Options{}) {
		doc, err := p.Analyze(context.Background(), rec)
		if err != nil {
			tb.Fatalf("analyze %s: %v", path, err)
		}
		return doc, string(raw)
	}
	tb.Fatalf("no record read from %s", path)
	return nil, ""
}

// TestSeedBoilerplate checks the seeds the way their gold says: every
// boilerplate line is removed, every other line is kept.
func TestSeedBoilerplate(t *testing.T) {
	p := newPipeline(t)
	f, err := os.Open(sharedPath(t, "seeds", "gold", "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tl, err := eval.ReadTimeline(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"000_d0670793ce43c562", "001_46e6aa277c86e90e"} {
		doc, raw := analyzeFile(t, p, sharedPath(t, "seeds", id+".txt"))
		boiler := tl.Boilerplate[id]
		isBoiler := func(line string) bool {
			for _, b := range boiler {
				if strings.HasPrefix(line, b) {
					return true
				}
			}
			return false
		}
		for _, b := range boiler {
			found := false
			for _, r := range doc.Removed {
				found = found || strings.HasPrefix(r.Text, b)
			}
			if !found {
				t.Errorf("%s: boilerplate %q not removed", id, b)
			}
			if strings.Contains(doc.Text, b) {
				t.Errorf("%s: boilerplate %q still in the text", id, b)
			}
		}
		norm := strings.Join(strings.Fields(doc.Text), " ")
		for _, line := range strings.Split(raw, "\n") {
			line = strings.Join(strings.Fields(line), " ")
			if line == "" || isBoiler(line) {
				continue
			}
			if !strings.Contains(norm, line) {
				t.Errorf("%s: article line lost: %q", id, line)
			}
		}
	}
}

// TestSeedLanguages checks that every sentence of each seed gets its
// language.
func TestSeedLanguages(t *testing.T) {
	p := newPipeline(t)
	for id, want := range map[string]string{"000_d0670793ce43c562": "ru", "001_46e6aa277c86e90e": "uk"} {
		doc, _ := analyzeFile(t, p, sharedPath(t, "seeds", id+".txt"))
		if doc.Lang != want {
			t.Errorf("%s: document language %q, want %q", id, doc.Lang, want)
		}
		for _, s := range doc.Sentences {
			if s.Lang != want {
				t.Errorf("%s: sentence tagged %q, want %q: %q", id, s.Lang, want, doc.Text[s.Start:s.End])
			}
		}
	}
}

// floor is a quality figure and the least it may be.
type floor struct {
	name      string
	got, want float64
}

// Floors under the seed scores of "litopys eval ner --gold ../shared/seeds/bsnlp"
// and "litopys eval timeline --gold ../shared/seeds/gold/timeline.json":
// a change that makes them worse fails here.
func TestSeedQualityFloors(t *testing.T) {
	p := newPipeline(t)
	ner, err := evalrun.NER(context.Background(), p, sharedPath(t, "seeds", "bsnlp"))
	if err != nil {
		t.Fatal(err)
	}
	all := ner.Languages["all"]
	floors := []floor{
		{"ner relaxed partial recall", all.RelaxedPartial.R, 1},
		{"ner relaxed partial precision", all.RelaxedPartial.P, 0.98},
		{"ner base forms", all.BaseFormAccuracy, 0.95},
		{"linking F1", ner.Linking.F1, 0.97},
	}
	for _, gold := range []bool{false, true} {
		tl, err := evalrun.Timeline(context.Background(), p, sharedPath(t, "seeds", "gold", "timeline.json"), sharedPath(t, "seeds", "bsnlp"), gold)
		if err != nil {
			t.Fatal(err)
		}
		suffix := ""
		if gold {
			suffix = " (no publication dates)"
		}
		floors = append(floors,
			floor{"events recall" + suffix, tl.Events.R, 1},
			floor{"dates accuracy" + suffix, tl.Dates.Accuracy, 1},
			floor{"attribution recall" + suffix, tl.Attributions.R, 1},
		)
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.want)
		}
	}
}

// TestSeedCrossLingualLinks checks the identity layer on the seeds: every
// gold entity named in both articles gets one system entity in both, and no
// system entity covers two gold entities.
func TestSeedCrossLingualLinks(t *testing.T) {
	p := newPipeline(t)
	raw, gold, err := eval.ReadBSNLPGold(sharedPath(t, "seeds", "bsnlp"))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := evalrun.AnalyzeRaw(context.Background(), p, raw, false)
	if err != nil {
		t.Fatal(err)
	}
	// sys[goldID][doc] = system ids of the mentions with that gold id's forms.
	sys := map[string]map[string]map[string]bool{}
	goldOf := map[string]map[string]bool{} // system id → gold ids
	for i, d := range docs {
		g := gold[raw[i].Key()]
		formID := map[string]string{}
		for _, m := range g.Mentions {
			formID[strings.ToLower(m.Form)] = m.ID
		}
		for _, m := range d.Mentions {
			gid, ok := formID[strings.ToLower(m.Text)]
			if !ok {
				continue
			}
			if sys[gid] == nil {
				sys[gid] = map[string]map[string]bool{}
			}
			if sys[gid][d.ID] == nil {
				sys[gid][d.ID] = map[string]bool{}
			}
			sys[gid][d.ID][m.Entity] = true
			if goldOf[m.Entity] == nil {
				goldOf[m.Entity] = map[string]bool{}
			}
			goldOf[m.Entity][gid] = true
		}
	}
	shared := 0
	for gid, byDoc := range sys {
		if len(byDoc) < 2 {
			continue
		}
		shared++
		var ids []map[string]bool
		for _, s := range byDoc {
			ids = append(ids, s)
		}
		common := false
		for id := range ids[0] {
			common = common || ids[1][id]
		}
		if !common {
			t.Errorf("%s is not linked across the seeds: %v", gid, byDoc)
		}
	}
	if shared < 8 {
		t.Errorf("only %d gold entities recognised in both seeds", shared)
	}
	for id, gids := range goldOf {
		if len(gids) > 1 {
			t.Errorf("false merge: %s covers %v", id, gids)
		}
	}
}
