package translit

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readGold reads the names of a seed gold file (the BSNLP .out format) as
// names of lang.
func readGold(tb testing.TB, name, lang string) []Name {
	tb.Helper()
	f, err := os.Open(filepath.Join("../../shared/seeds/gold", name))
	if err != nil {
		tb.Skipf("seed gold not available: %v", err)
	}
	defer f.Close()
	var out []Name
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if c := strings.Split(sc.Text(), "\t"); len(c) == 4 && c[2] != "ORG" {
			out = append(out, Name{Base: c[1], Lang: lang, Type: c[2], ID: c[3]})
		}
	}
	return out
}

// TestKeySeeds checks the person and location names of the two seed
// articles (one story in ru and uk): no false merges, and every ru–uk
// spelling variant of one entity has one key.
func TestKeySeeds(t *testing.T) {
	names := append(readGold(t, "000_d0670793ce43c562.ner.tsv", "ru"), readGold(t, "001_46e6aa277c86e90e.ner.tsv", "uk")...)
	st := MeasureKeys(names, Key, 20)
	t.Logf("%d forms, %d equal-key pairs, %d ru-uk pairs (%d spelling variants), %d misses", st.Forms, st.Equal, st.CrossPairs, st.VariantPairs, st.Misses)
	if st.FalseMerges != 0 || st.VariantMisses != 0 {
		t.Errorf("false merges %v, spelling-variant misses %v", st.MergeExamples, st.MissExamples)
	}
}
