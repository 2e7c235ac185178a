package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// TestEvalDates scores a two-sentence table: one expression found and
// resolved, one annotated with a wrong value, one sentence without any.
func TestEvalDates(t *testing.T) {
	table := filepath.Join(t.TempDir(), "t.tsv")
	writeFile(t, table, []byte("# sentence\tpublished\tlang\texpression\tvalue\tgranularity\n"+
		"Саміт відбудеться 20 січня.\t2024-12-10\tuk\t20 січня\t2025-01-20\tday\n"+
		"У липні уряд ухвалив закон.\t2024-11-13\tuk\tлипні\t2023-07\tmonth\n"+
		"Тут дат немає.\t2024-11-13\tuk\t-\t-\t-\n"))
	code, out, errs := runCmd(t, "", "eval", "dates", "--json", "--misses", table)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var scores map[string]struct {
		Expressions, Exact, Overlap, Found int
		Misses                             []string
	}
	if err := json.Unmarshal([]byte(out), &scores); err != nil {
		t.Fatalf("not JSON: %v: %s", err, out)
	}
	sc := scores[table]
	if sc.Expressions != 2 || sc.Exact != 1 || sc.Overlap != 1 || sc.Found != 2 || len(sc.Misses) != 1 {
		t.Errorf("got %+v, want 2 expressions, 1 exact, 1 overlapping, 2 found, 1 miss", sc)
	}
	if code, _, _ := runCmd(t, "", "eval", "dates"); code == exitOK {
		t.Error("eval dates without a table should fail")
	}
}
