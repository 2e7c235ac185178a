package benchrun

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

// writeCorpus writes a small corpus of text articles, one of them empty
// (an unreadable item), and returns its directory.
func writeCorpus(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	texts := map[string]string{
		"a.txt": "Президент России Владимир Путин 12 марта 2024 года встретился в Москве с министром. Встреча прошла в Кремле.\n\nОн сказал, что цены выросли на 5%.",
		"b.txt": "Прем'єр-міністр України Денис Шмигаль у вівторок відвідав Львів. Він заявив, що уряд виділить 2 млрд гривень.",
		"c.txt": "",
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	dir := writeCorpus(t)
	for _, st := range []pipeline.Stages{pipeline.StagesSpine, pipeline.StagesAll} {
		rep, err := Run(context.Background(), Options{Corpora: []Corpus{{Name: "tiny", Paths: []string{dir}}}, Stages: st, Workers: []int{1, 2}})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Corpora) != 1 {
			t.Fatalf("%d corpora, want 1", len(rep.Corpora))
		}
		c := rep.Corpora[0]
		if c.Articles != 2 || c.Unreadable != 1 {
			t.Errorf("articles %d, unreadable %d; want 2 and 1", c.Articles, c.Unreadable)
		}
		if len(c.Runs) != 2 || c.Runs[0].Workers != 1 || c.Runs[1].Workers != 2 {
			t.Fatalf("runs %+v, want workers 1 and 2", c.Runs)
		}
		for _, r := range c.Runs {
			if r.Failed != 0 || r.Wall <= 0 || r.ArticlesPerSec <= 0 || r.Allocs == 0 {
				t.Errorf("run %+v: want no failures, positive time, rate and allocations", r)
			}
		}
		var names []string
		for _, s := range c.StageTimes {
			names = append(names, s.Stage)
		}
		want := "extract segment langid lemmas ner entities temporal attrib event quantity pipeline"
		if st == pipeline.StagesSpine {
			want = "extract segment langid lemmas pipeline"
		}
		if got := strings.Join(names, " "); got != want {
			t.Errorf("stages %q, want %q", got, want)
		}
		var buf bytes.Buffer
		if err := rep.WriteText(&buf); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "corpus tiny: 2 articles (1 unreadable)") {
			t.Errorf("text report lacks the corpus line:\n%s", buf.String())
		}
	}
}

func TestSample(t *testing.T) {
	recs := make([]input.Record, 10)
	for i := range recs {
		recs[i].ID = string(rune('a' + i))
	}
	var got string
	for _, r := range sample(recs, 4) {
		got += r.ID
	}
	if got != "acfh" {
		t.Errorf("sample = %q, want %q", got, "acfh")
	}
	if n := len(sample(recs, 0)); n != 10 {
		t.Errorf("sample(0) kept %d, want all 10", n)
	}
}

func BenchmarkThroughput(b *testing.B) {
	recs, _, err := Load(context.Background(), Corpus{Name: "tiny", Paths: []string{writeCorpus(b)}}, 0)
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := throughput(context.Background(), p, recs, pipeline.StagesAll, 1); err != nil {
			b.Fatal(err)
		}
	}
}
