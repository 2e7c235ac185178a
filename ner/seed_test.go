package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

const seedsDir = "../../shared/seeds"

type seedGold struct {
	form, typ string
}

func readSeedGold(tb testing.TB, path string) []seedGold {
	tb.Helper()
	var out []seedGold
	for i, line := range strings.Split(string(mustRead(tb, path)), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 3 {
			continue
		}
		out = append(out, seedGold{f[0], f[2]})
	}
	return out
}

// scoreSeed scores predicted spans against the gold forms of a seed, which
// have no offsets: a gold form is found when a predicted mention of its
// type equals it (case-insensitively) or overlaps one of its occurrences.
func scoreSeed(text string, gold []seedGold, pred []Span) (found int, missed []string, right int, wrong []string) {
	lower := strings.ToLower(text)
	var goldSpans []Span
	for _, g := range gold {
		lf := strings.ToLower(g.form)
		for i := 0; ; {
			j := strings.Index(lower[i:], lf)
			if j < 0 {
				break
			}
			goldSpans = append(goldSpans, Span{Start: i + j, End: i + j + len(lf), Type: g.typ})
			i += j + len(lf)
		}
	}
	overlap := func(s Span, others []Span) bool {
		for _, o := range others {
			if o.Type == s.Type && s.Start < o.End && o.Start < s.End {
				return true
			}
		}
		return false
	}
	predForms := map[seedGold][]Span{}
	for _, p := range pred {
		k := seedGold{strings.ToLower(text[p.Start:p.End]), p.Type}
		predForms[k] = append(predForms[k], p)
	}
	for _, g := range gold {
		k := seedGold{strings.ToLower(g.form), g.typ}
		ok := predForms[k] != nil
		for _, s := range goldSpans {
			if !ok && strings.EqualFold(text[s.Start:s.End], g.form) && s.Type == g.typ && overlap(s, pred) {
				ok = true
			}
		}
		if ok {
			found++
		} else {
			missed = append(missed, g.typ+" "+g.form)
		}
	}
	goldSet := map[seedGold]bool{}
	for _, g := range gold {
		goldSet[seedGold{strings.ToLower(g.form), g.typ}] = true
	}
	for k, spans := range predForms {
		ok := goldSet[k]
		for _, s := range spans {
			ok = ok || overlap(s, goldSpans)
		}
		if ok {
			right++
		} else {
			wrong = append(wrong, k.typ+" "+k.form)
		}
	}
	sort.Strings(wrong)
	return found, missed, right, wrong
}

// TestSeeds measures the tagger on the two seed articles and pins a floor
// under recall and precision.
func TestSeeds(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skip("no seeds")
	}
	for _, tc := range []struct {
		id, lang string
	}{{"000_d0670793ce43c562", "ru"}, {"001_46e6aa277c86e90e", "uk"}} {
		t.Run(tc.lang, func(t *testing.T) {
			text := string(mustRead(t, filepath.Join(seedsDir, tc.id+".txt")))
			gold := readSeedGold(t, filepath.Join(seedsDir, "gold", tc.id+".ner.tsv"))
			sents, toks := analyzed(t, text, tc.lang)
			pred := tagger(t).Tag(text, toks, sents, tc.lang)
			found, missed, right, wrong := scoreSeed(text, gold, pred)
			r := float64(found) / float64(len(gold))
			p := float64(right) / float64(right+len(wrong))
			t.Logf("recall %d/%d = %.3f, precision %d/%d = %.3f", found, len(gold), r, right, right+len(wrong), p)
			t.Logf("missed: %s", strings.Join(missed, "; "))
			t.Logf("wrong: %s", strings.Join(wrong, "; "))
			if r < 0.75 || p < 0.75 {
				t.Error(fmt.Sprintf("recall %.3f or precision %.3f below the floor 0.75", r, p))
			}
		})
	}
}

func BenchmarkTag(b *testing.B) {
	text := string(mustRead(b, filepath.Join(seedsDir, "000_d0670793ce43c562.txt")))
	tg := tagger(b)
	sents, toks := analyzed(b, text, "ru")
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		tg.Tag(text, toks, sents, "ru")
		n++
	}
	// CPU time per op, which a busy machine does not inflate as much as
	// wall time.
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(n), "cpu-ns/op")
	b.ReportMetric(float64(len(toks)), "tokens")
}

// BenchmarkLoad is the time to decode the embedded model (weights,
// gazetteer, word lists, clusters): the figure under "model load" in
// docs/EVAL.md (target ≤ 0.5 s).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
