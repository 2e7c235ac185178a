package eval

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shared returns a path under ../../shared (the project's read-only data),
// skipping the test when it is not there.
func shared(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data not available: %v", err)
	}
	return p
}

func readGold(tb testing.TB, rel string) ([]RawDoc, map[string]Doc) {
	tb.Helper()
	raw, gold, err := ReadBSNLPGold(shared(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	return raw, gold
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestReadBSNLP2017: the 2017 topics keep their annotations as
// annotated/<lang>/N.txt and type events and products MISC; every raw
// document pairs with its annotation and the topics are MISC topics.
func TestReadBSNLP2017(t *testing.T) {
	raw, gold := readGold(t, "data/bsnlp2017")
	if len(raw) != 132 || len(gold) != 132 {
		t.Fatalf("read %d raw and %d gold documents, want 132 each", len(raw), len(gold))
	}
	for _, r := range raw {
		if _, ok := gold[r.Key()]; !ok {
			t.Errorf("raw %s has no annotation", r.Key())
		}
	}
	if m := MiscTopics(gold); !m["ec"] || !m["trump"] || len(m) != 2 {
		t.Errorf("MISC topics = %v, want ec and trump", m)
	}
}

func TestReadBSNLPGoldSeeds(t *testing.T) {
	raw, gold := readGold(t, "seeds/bsnlp")
	if len(raw) != 2 || len(gold) != 2 {
		t.Fatalf("read %d raw, %d gold documents, want 2 and 2", len(raw), len(gold))
	}
	r := raw[0]
	want := RawDoc{Topic: "russia_dprk", ID: "000_d0670793ce43c562", Lang: "ru", Date: "2023-11-09", URL: "https://zn.ua/",
		Title: "Блинкен в Сеуле обсудил расширение военного сотрудничества КНДР с РФ и поддержку Украины"}
	got := RawDoc{Topic: r.Topic, ID: r.ID, Lang: r.Lang, Date: r.Date, URL: r.URL, Title: r.Title}
	if got != want {
		t.Errorf("raw[0] = %+v\nwant %+v", got, want)
	}
	if r.Published.String() != "2023-11-09" || r.Content != r.Title+"\n"+r.Text {
		t.Errorf("published %v; content is not title + text", r.Published)
	}
	// Mentions: one per line of the .out file after the id line.
	b, err := os.ReadFile(shared(t, "seeds/bsnlp/russia_dprk/annotated/ru/000_d0670793ce43c562.out"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	g := gold[r.Key()]
	if len(g.Mentions) != len(lines)-1 || g.Mentions[0] != (Mention{"Блинкен", "Блинкен", "PER", "PER-Antony-Blinken"}) {
		t.Errorf("gold %s: %d mentions (want %d), first %+v", r.Key(), len(g.Mentions), len(lines)-1, g.Mentions[0])
	}
}

// TestBSNLPGoldAgainstItself: gold scored against itself is perfect in
// every language and for linking.
func TestBSNLPGoldAgainstItself(t *testing.T) {
	raw, gold := readGold(t, "data/bsnlp")
	if len(raw) != 730 || len(gold) != 730 {
		t.Errorf("read %d raw and %d gold documents, want 730 each", len(raw), len(gold))
	}
	for _, r := range raw {
		if _, ok := gold[r.Key()]; !ok {
			t.Errorf("raw %s has no annotation", r.Key())
		}
	}
	rep := ScoreNER(gold, gold)
	for _, lang := range []string{"ru", "uk", "all"} {
		l := rep.Languages[lang]
		for name, p := range map[string]PRF{"relaxed_partial": l.RelaxedPartial, "relaxed_exact": l.RelaxedExact,
			"strict": l.Strict, "strict_per_type PER": l.StrictPerType["PER"], "per_type PER": l.PerType["PER"]} {
			if p.P != 1 || p.R != 1 || p.F1 != 1 {
				t.Errorf("%s %s = %+v, want 1", lang, name, p)
			}
		}
		if l.BaseFormAccuracy != 1 {
			t.Errorf("%s base forms = %+v, want 1", lang, l.BaseForms)
		}
	}
	if rep.Languages["ru"].Documents != 571 || rep.Languages["uk"].Documents != 159 {
		t.Errorf("documents ru %d uk %d, want 571 and 159", rep.Languages["ru"].Documents, rep.Languages["uk"].Documents)
	}
	if l := rep.Linking; l.P != 1 || l.R != 1 || l.FalseMerges != 0 {
		t.Errorf("linking = %+v, want 1 and no false merges", l)
	}
}

type formKey struct{ form, typ string }

func key(m Mention) formKey {
	return formKey{strings.ToLower(strings.Join(strings.Fields(m.Form), " ")), NormType(m.Type)}
}

// TestBSNLPGoldPerturbed checks the scores of damaged copies of the gold
// against numbers counted here independently of the scorer.
func TestBSNLPGoldPerturbed(t *testing.T) {
	_, gold := readGold(t, "data/bsnlp")

	// 1. Drop every fifth mention: precision stays 1, recall is the share
	// of distinct (form, type) pairs kept.
	// Relaxed exact recall is the share of (entity id, type) pairs with a
	// form kept.
	dropped := map[string]Doc{}
	goldN, keptN, entN, entKeptN := 0, 0, 0, 0
	for k, d := range gold {
		all, kept := map[formKey]bool{}, map[formKey]bool{}
		ents, entsKept := map[[2]string]bool{}, map[[2]string]bool{}
		var ms []Mention
		for i, m := range d.Mentions {
			all[key(m)] = true
			ents[[2]string{m.ID, NormType(m.Type)}] = true
			if i%5 != 0 {
				ms = append(ms, m)
				kept[key(m)] = true
			}
		}
		for _, m := range d.Mentions { // an entity is found by any kept form of it
			if kept[key(m)] {
				entsKept[[2]string{m.ID, NormType(m.Type)}] = true
			}
		}
		goldN += len(all)
		keptN += len(kept)
		entN += len(ents)
		entKeptN += len(entsKept)
		d.Mentions = ms
		dropped[k] = d
	}
	rep := ScoreNER(gold, dropped).Languages["all"]
	if p, wantR := rep.Strict, float64(keptN)/float64(goldN); p.P != 1 || !near(p.R, wantR) {
		t.Errorf("dropped: strict = %+v, want P 1, R %v", p, wantR)
	}
	if p, wantR := rep.RelaxedExact, float64(entKeptN)/float64(entN); p.P != 1 || !near(p.R, wantR) {
		t.Errorf("dropped: relaxed exact = %+v, want P 1, R %v", p, wantR)
	}

	// 2. Merge GPE-Ukraine into GPE-Russia: recall stays 1; the merged
	// entity of a+b mentions keeps (a·(a−1)+b·(b−1))/2 of its links.
	merged := map[string]Doc{}
	a, b, n := 0, 0, 0
	for k, d := range gold {
		seen := map[formKey]bool{}
		ms := make([]Mention, len(d.Mentions))
		for i, m := range d.Mentions {
			if !seen[key(m)] {
				seen[key(m)] = true
				n++
				switch m.ID {
				case "GPE-Russia":
					a++
				case "GPE-Ukraine":
					b++
				}
			}
			if m.ID == "GPE-Ukraine" {
				m.ID = "GPE-Russia"
			}
			ms[i] = m
		}
		d.Mentions = ms
		merged[k] = d
	}
	l := ScoreNER(gold, merged).Linking
	kept := float64(a*(a-1)+b*(b-1)) / 2 / (float64((a+b)*(a+b-1)) / 2)
	wantP := (float64(n-a-b) + float64(a+b)*kept) / float64(n)
	if l.R != 1 || !near(l.P, wantP) || l.FalseMerges != a*b || l.Mentions != n {
		t.Errorf("merged: linking %+v, want R 1, P %v, %d false merges over %d mentions", l, wantP, a*b, n)
	}

	// 3. Base form = surface form for PER: right only where they agree.
	based := map[string]Doc{}
	right, total := 0, 0
	for k, d := range gold {
		seen := map[formKey]bool{}
		ms := make([]Mention, len(d.Mentions))
		for i, m := range d.Mentions {
			if !seen[key(m)] {
				seen[key(m)] = true
				total++
				if m.Type != "PER" || sameName(m.Form, m.Base) {
					right++
				}
			}
			if m.Type == "PER" {
				m.Base = m.Form
			}
			ms[i] = m
		}
		d.Mentions = ms
		based[k] = d
	}
	bf := ScoreNER(gold, based).Languages["all"].BaseForms
	if bf.Total != total || bf.Correct != right {
		t.Errorf("base forms = %+v, want %d of %d", bf, right, total)
	}
}

// sameName compares names ignoring case, spacing and the kind of apostrophe
// ("О’Лірі" is "О'Лірі").
func sameName(a, b string) bool {
	r := strings.NewReplacer("\u2019", "'", "\u02bc", "'", "\u2018", "'", "`", "'", "\u00b4", "'")
	return strings.EqualFold(strings.Join(strings.Fields(r.Replace(a)), " "), strings.Join(strings.Fields(r.Replace(b)), " "))
}

func TestTopicClustersRealGold(t *testing.T) {
	raw, _ := readGold(t, "data/bsnlp")
	gold := TopicClusters(raw)
	if r := ScoreClusters(gold, gold).BCubed; r.P != 1 || r.R != 1 {
		t.Errorf("gold against itself: %+v", r)
	}
	// One cluster of everything: R = 1, P = Σ n_t² / N².
	one := map[string]string{}
	size := map[string]int{}
	for k, topic := range gold {
		one[k] = "all"
		size[topic]++
	}
	var sq float64
	for _, n := range size {
		sq += float64(n * n)
	}
	wantP := sq / float64(len(gold)*len(gold))
	if r := ScoreClusters(gold, one).BCubed; r.R != 1 || !near(r.P, wantP) {
		t.Errorf("one cluster: %+v, want P %v", r, wantP)
	}
}

func BenchmarkScoreNER(b *testing.B) {
	_, gold := readGold(b, "data/bsnlp")
	for b.Loop() {
		ScoreNER(gold, gold)
	}
}

func BenchmarkReadBSNLPGold(b *testing.B) {
	root := shared(b, "data/bsnlp")
	for b.Loop() {
		if _, _, err := ReadBSNLPGold(root); err != nil {
			b.Fatal(err)
		}
	}
}
