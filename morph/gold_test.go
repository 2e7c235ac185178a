package morph

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldDir holds the seed articles' gold entity mentions, as the repository
// sees the shared data.
const goldDir = "../../shared/seeds/gold"

// goldScore is the share of single-word gold mentions whose lemma equals
// the gold base form, case-insensitively.
type goldScore struct {
	ok, total int
	misses    []string
}

func (s goldScore) share() float64 { return float64(s.ok) / float64(max(s.total, 1)) }

// scoreGold reads BSNLP-style files (first line a document id, then
// mention<TAB>base<TAB>type<TAB>id) and lemmatises each single-word mention.
func scoreGold(tb testing.TB, a *Analyzer, files []string, langOf func(path string, text string) string) goldScore {
	tb.Helper()
	var s goldScore
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		lang := langOf(path, string(data))
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Scan() // document id
		for sc.Scan() {
			f := strings.Split(sc.Text(), "\t")
			if len(f) < 2 || strings.ContainsAny(strings.TrimSpace(f[0]), " \u00a0") {
				continue
			}
			mention, base := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
			if mention == "" {
				continue
			}
			s.total++
			got, _ := a.Lemma(mention, lang)
			if got == normalize(base) {
				s.ok++
			} else {
				s.misses = append(s.misses, lang+" "+mention+" -> "+got+" (gold "+base+")")
			}
		}
	}
	return s
}

// langByLetters tells Ukrainian from Russian text by letters only one of
// them uses.
func langByLetters(_ string, text string) string {
	uk := strings.Count(text, "і") + strings.Count(text, "ї") + strings.Count(text, "є")
	ru := strings.Count(text, "ы") + strings.Count(text, "э") + strings.Count(text, "ъ")
	if uk > ru {
		return "uk"
	}
	return "ru"
}

func TestGoldSeedLemmas(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.ner.tsv"))
	if len(files) == 0 {
		t.Skip("no seed gold in " + goldDir)
	}
	a := mustLoad(t)
	s := scoreGold(t, a, files, langByLetters)
	t.Logf("seed single-word mentions: %d/%d = %.1f%%", s.ok, s.total, 100*s.share())
	for _, m := range s.misses {
		t.Log("miss:", m)
	}
	if s.total < 20 || s.share() < 0.95 {
		t.Errorf("lemma accuracy %.3f on %d mentions, want >= 0.95", s.share(), s.total)
	}
}

// TestGoldBSNLPLemmas measures the same on the BSNLP topics, which the
// lemmatiser was never tuned on.
func TestGoldBSNLPLemmas(t *testing.T) {
	files, _ := filepath.Glob("../../shared/data/bsnlp/*/annotated/*/*.out")
	if len(files) == 0 {
		t.Skip("no BSNLP data")
	}
	a := mustLoad(t)
	byLang := map[string][]string{}
	for _, f := range files {
		l := filepath.Base(filepath.Dir(f))
		byLang[l] = append(byLang[l], f)
	}
	for _, lang := range []string{"ru", "uk"} {
		s := scoreGold(t, a, byLang[lang], func(string, string) string { return lang })
		t.Logf("%s BSNLP single-word mentions: %d/%d = %.1f%%", lang, s.ok, s.total, 100*s.share())
		if testing.Verbose() {
			for _, m := range s.misses {
				t.Log("miss:", m)
			}
		}
		if s.share() < bsnlpFloor {
			t.Errorf("%s accuracy %.3f, want >= %.2f", lang, s.share(), bsnlpFloor)
		}
	}
}

// bsnlpFloor pins the measured BSNLP accuracy (see the package doc).
const bsnlpFloor = 0.95

func mustLoad(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
