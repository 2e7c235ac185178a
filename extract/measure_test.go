package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// lineScore counts line decisions against the synthetic gold.
type lineScore struct {
	tp, fp, fn    int // boilerplate removed, article removed, boilerplate kept
	articleLines  int
	articleKept   int
	articleChars  int
	keptChars     int
	related, rel  int // teasers in the gold, of them found in Related
	lost, leaked  []string
	pages, titled int
}

func (s *lineScore) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s *lineScore) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s *lineScore) lineRecall() float64 {
	return ratio(s.articleKept, s.articleLines)
}
func (s *lineScore) textRecall() float64 { return ratio(s.keptChars, s.articleChars) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// paragraphs returns the set of paragraphs of a clean text.
func paragraphs(text string) map[string]bool {
	set := make(map[string]bool)
	for _, p := range strings.Split(text, "\n\n") {
		set[p] = true
	}
	return set
}

func relatedSet(r Result) map[string]string {
	set := make(map[string]string)
	for _, l := range r.Related {
		set[l.Text] = l.URL
	}
	return set
}

// TestCorpusText measures the plain-text cleaner on real articles wrapped in
// synthetic chrome: line-level precision and recall of what is removed, and
// how much article text is kept.
func TestCorpusText(t *testing.T) {
	arts := loadArticles(t)
	s := &synth{rng: rand.New(rand.NewPCG(7, 11))}
	for _, a := range arts {
		s.titles = append(s.titles, a.title)
	}
	var sc lineScore
	for _, a := range arts {
		gold, _ := s.textPage(a)
		r := Text(s.text(gold))
		sc.add(r, a, gold)
	}
	sc.log(t, "text")
	floor(t, "removal precision", sc.precision(), 0.98)
	floor(t, "removal recall", sc.recall(), 0.98)
	floor(t, "article line recall", sc.lineRecall(), 0.98)
	floor(t, "article text recall", sc.textRecall(), 0.995)
	floor(t, "related recall", ratio(sc.rel, sc.related), 0.98)
	floor(t, "title", ratio(sc.titled, sc.pages), 0.9)
}

// TestCorpusHTML measures HTML extraction on synthetic pages around real
// articles: how many article paragraphs reach the clean text, and how many
// paragraphs of the clean text are not article text.
func TestCorpusHTML(t *testing.T) {
	arts := loadArticles(t)
	s := &synth{rng: rand.New(rand.NewPCG(3, 5))}
	for _, a := range arts {
		s.titles = append(s.titles, a.title)
	}
	var paras, found, out, foreign, pages, dated, outlets, related, relFound int
	var lost, leaked []string
	for _, a := range arts {
		page, site, rel := s.htmlPage(a)
		r, err := HTML(page, "https://example.com/news/1.html")
		if err != nil {
			t.Errorf("HTML(%s): %v", a.title, err)
			continue
		}
		pages++
		if r.Published.String() == "2024-11-14" {
			dated++
		}
		if r.Outlet == site {
			outlets++
		}
		got := paragraphs(r.Text)
		want := map[string]bool{a.title: true}
		for _, p := range append([]string{a.title}, a.paras...) {
			want[p] = true
			paras++
			if got[p] {
				found++
			} else {
				lost = append(lost, p)
			}
		}
		for p := range got {
			out++
			if !want[p] {
				foreign++
				leaked = append(leaked, p)
			}
		}
		links := relatedSet(r)
		for _, h := range rel {
			related++
			if u, ok := links[h]; ok && strings.HasPrefix(u, "https://example.com/news/") {
				relFound++
			}
		}
	}
	t.Logf("html: %d pages; article paragraphs kept %.3f (%d/%d); clean-text precision %.3f (%d foreign of %d); related with URL %d/%d; published %d/%d; outlet %d/%d",
		pages, ratio(found, paras), found, paras, 1-ratio(foreign, out), foreign, out, relFound, related, dated, pages, outlets, pages)
	for _, l := range lost {
		t.Logf("lost: %.100q", l)
	}
	for _, l := range leaked {
		t.Logf("leaked: %.100q", l)
	}
	floor(t, "html article paragraph recall", ratio(found, paras), 0.98)
	floor(t, "html clean-text precision", 1-ratio(foreign, out), 0.98)
	floor(t, "html related recall", ratio(relFound, related), 0.9)
	floor(t, "html published", ratio(dated, pages), 0.95)
	floor(t, "html outlet", ratio(outlets, pages), 0.95)
}

func floor(tb testing.TB, name string, got, min float64) {
	tb.Helper()
	if got < min {
		tb.Errorf("%s = %.3f, below the floor %.3f", name, got, min)
	}
}

// TestCorpusTextHeldout measures the cleaner on furniture it was not tuned
// on (see heldout); its floors are lower.
func TestCorpusTextHeldout(t *testing.T) {
	arts := loadArticles(t)
	s := &synth{rng: rand.New(rand.NewPCG(13, 17))}
	for _, a := range arts {
		s.titles = append(s.titles, a.title)
	}
	var sc lineScore
	for _, a := range arts {
		a.lang = "heldout"
		gold, _ := s.textPage(a)
		sc.add(Text(s.text(gold)), a, gold)
	}
	sc.log(t, "heldout text")
	floor(t, "removal precision", sc.precision(), 0.95)
	floor(t, "removal recall", sc.recall(), 0.9)
	floor(t, "article line recall", sc.lineRecall(), 0.97)
	floor(t, "article text recall", sc.textRecall(), 0.99)
}

// add scores the result of one page.
func (sc *lineScore) add(r Result, a article, gold []goldLine) {
	kept := paragraphs(r.Text)
	removed := make(map[string]bool)
	for _, x := range r.Removed {
		removed[x.Text] = true
	}
	rel := relatedSet(r)
	sc.pages++
	if r.Title == a.title {
		sc.titled++
	}
	for _, g := range gold {
		switch {
		case g.boiler && removed[g.text]:
			sc.tp++
		case g.boiler:
			sc.fn++
			sc.leaked = append(sc.leaked, g.text)
		case removed[g.text]:
			sc.fp++
		}
		if g.related != "" {
			sc.related++
			if _, ok := rel[g.related]; ok {
				sc.rel++
			}
		}
		if !g.boiler {
			sc.articleLines++
			sc.articleChars += len(g.text)
			if kept[g.text] {
				sc.articleKept++
				sc.keptChars += len(g.text)
			} else {
				sc.lost = append(sc.lost, g.text)
			}
		}
	}
}

func (sc *lineScore) log(tb testing.TB, name string) {
	tb.Helper()
	tb.Logf("%s: %d pages; removal precision %.3f recall %.3f (tp %d fp %d fn %d); article lines kept %.3f, article text kept %.4f; related %d/%d; title %d/%d",
		name, sc.pages, sc.precision(), sc.recall(), sc.tp, sc.fp, sc.fn, sc.lineRecall(), sc.textRecall(), sc.rel, sc.related, sc.titled, sc.pages)
	for _, l := range sc.lost {
		tb.Logf("lost: %.100q", l)
	}
	for _, l := range sc.leaked {
		tb.Logf("leaked: %.100q", l)
	}
}
