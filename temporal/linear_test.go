package temporal

import (
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// TestFindLinear reads texts made of one passage repeated to 32 KB and to
// 256 KB and counts the tokens and expressions the resolver walks through
// beyond an expression's own words: eight times the text may cost at most
// about eight times the walk. Each passage once made the walk quadratic
// (every expression for each weekday, every token for each "Пасха" and
// each sentence's tense, every expression back for "того же года"). It
// counts work, not time, so a loaded machine does not fail it.
func TestFindLinear(t *testing.T) {
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	passages := map[string]string{
		"seed":     readSeed(t, "000_d0670793ce43c562") + "\n\n",
		"weekdays": "В понедельник министр приехал, а во вторник уехал. В четверг была встреча. ",
		"easter":   "На Пасху люди пошли в церковь. Пасха прошла спокойно. ",
		"year":     "В мае того же года министр приехал. Он уехал 9 ноября. ",
	}
	for name, p := range passages {
		for _, pub := range []litopys.Date{{}, litopys.DayDate(2023, 11, 9)} {
			var steps, exprs [2]int
			for i, size := range []int{32 << 10, 256 << 10} {
				text := strings.Repeat(p, size/len(p)+1)
				out, n := find(text, nil, Options{Published: pub, Lang: "ru", Now: now})
				steps[i], exprs[i] = n, len(out)
			}
			if exprs[0] == 0 || exprs[1] < 7*exprs[0] {
				t.Fatalf("%s: %d and %d expressions", name, exprs[0], exprs[1])
			}
			if g := float64(steps[1]) / float64(max(steps[0], 1)); g > 8*1.1 {
				t.Errorf("%s (published %v): 8× the text walks %.1f× as far (%d → %d)", name, pub, g, steps[0], steps[1])
			}
		}
	}
}

// TestIndexesAgree checks that the look-ups that replaced the walks find
// what the walks found: the weekday index against a walk over every
// expression from the weekday outwards, the carried-forward years against a
// walk back, a sentence's tokens against a pass over all tokens.
func TestIndexesAgree(t *testing.T) {
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	texts := []string{
		readSeed(t, "000_d0670793ce43c562"), readSeed(t, "001_46e6aa277c86e90e"),
		strings.Repeat("В понедельник, 6 ноября, министр приехал, а во вторник уехал. В четверг 9 ноября была встреча. "+
			"В мае того же года он был в Москве, а в среду 15 мая 2019 года — в Киеве. Евреи празднуют Пасху. В пятницу снова. ", 5),
	}
	pubs := []litopys.Date{{}, litopys.DayDate(2023, 11, 9), litopys.DayDate(2019, 5, 17)}
	checked := 0
	for _, text := range texts {
		for _, pub := range pubs {
			toks := tokenize(text, nil, nil, "ru")
			sc := scanner{text: text, toks: toks, lang: "ru"}
			r := newResolver(text, toks, sc.find(), Options{Published: pub, Lang: "ru", Now: now})
			r.resolve()
			for n, c := range r.cands {
				if y, want := r.lastWrittenYear(n), walkWrittenYear(r, n); y != want {
					t.Errorf("%v: expression %d %q: written year %d, the walk finds %d", pub, n, r.out[n].Text, y, want)
				}
				if c.kind != kWeekday {
					continue
				}
				tense := tenseNone
				if !r.pub.IsZero() && !r.target(n) {
					tense = r.tenseOf(n)
				}
				wd := time.Weekday(c.wd - 1)
				k, ok := r.weekdays().sameWeekday(r, n, wd, tense)
				wk, wok := walkSameWeekday(r, n, wd, tense)
				if ok != wok || ok && k != wk {
					t.Errorf("%v: weekday %d %q: index %d %v, walk %d %v", pub, n, r.out[n].Text, k, ok, wk, wok)
				}
				checked++
			}
			for sent := 0; sent <= toks[len(toks)-1].sent; sent++ {
				if got, want := sc.passover(sent), walkPassover(&sc, sent); got != want {
					t.Errorf("sentence %d: passover %v, the walk says %v", sent, got, want)
				}
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d weekdays checked", checked)
	}
}

// walkWrittenYear is lastWrittenYear as a walk back.
func walkWrittenYear(r *resolver, n int) int {
	for k := n - 1; k >= 0; k-- {
		if c := &r.cands[k]; c.ownYear && c.kind != kInterval {
			return c.p.y
		}
	}
	return 0
}

// walkSameWeekday is sameWeekday as a walk from n outwards, before first.
func walkSameWeekday(r *resolver, n int, wd time.Weekday, tense int8) (int, bool) {
	for _, dir := range []int{-1, 1} {
		for k := n + dir; k >= 0 && k < len(r.cands); k += dir {
			if r.cands[k].kind != kDay || r.out[k].Date.Precision != litopys.PrecisionDay {
				continue
			}
			d := r.out[k].Date.Time()
			if !r.pub.IsZero() && (tense == tensePast && d.After(r.pub) || tense == tenseFuture && d.Before(r.pub)) {
				continue
			}
			if r.pub.IsZero() {
				if d.Weekday() == wd {
					return k, true
				}
				break
			}
			if off := d.Sub(r.pub); d.Weekday() == wd && off <= 7*24*time.Hour && off >= -7*24*time.Hour {
				return k, true
			}
		}
	}
	return -1, false
}

// walkPassover is passover over every token of the text.
func walkPassover(s *scanner, sent int) bool {
	for k := range s.toks {
		t := &s.toks[k]
		if t.sent != sent || t.kind != tWord {
			continue
		}
		for _, p := range [...]string{"мац", "евре", "Евре", "єврей", "Єврей", "иуде", "Иуде", "юде", "Песах"} {
			if strings.HasPrefix(s.text[t.start:t.end], p) {
				return true
			}
		}
	}
	return false
}
