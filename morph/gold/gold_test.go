package gold

import (
	"path/filepath"
	"strings"
	"testing"
)

const dataDir = "../../../shared/data"

// TestSplitShares checks that every gold corpus splits into a training
// part and a held-out part of sensible size, by document.
func TestSplitShares(t *testing.T) {
	for _, name := range []string{"ru_gsd", "ru_taiga", "uk_iu", "bruk"} {
		c := readNamed(t, name)
		train, held := Split(c)
		docs := map[string]bool{}
		for i := range c.Sentences {
			docs[docKey(c, i)] = HeldOut(c, i)
		}
		share := float64(held.Tokens()) / float64(c.Tokens())
		t.Logf("%s: %d docs, %d tokens, train %d, held out %d (%.1f %%)", name, len(docs), c.Tokens(), train.Tokens(), held.Tokens(), 100*share)
		if share < 0.08 || share > 0.35 {
			t.Errorf("%s: held-out share %.3f outside [0.08, 0.35]", name, share)
		}
	}
}

func readNamed(tb testing.TB, name string) *Corpus {
	tb.Helper()
	var c *Corpus
	var err error
	if name == "bruk" {
		c, err = ReadBRUKFile(filepath.Join(dataDir, "bruk", "disambig.jsonl.gz"))
	} else {
		c, err = ReadCoNLLUFile(filepath.Join(dataDir, "ud", name+"-ud-dev.conllu.gz"))
	}
	if err != nil {
		tb.Skipf("gold data: %v", err)
	}
	return c
}

// FuzzReadCoNLLU checks that any input either reads or fails with an
// error, never a panic, and that what reads has forms for every token.
func FuzzReadCoNLLU(f *testing.F) {
	f.Add("# sent_id = a-1\n1\tКот\tкот\tNOUN\t_\t_\t0\troot\t_\t_\n\n")
	f.Add("# newdoc id = d\n1-2\tвот\t_\t_\t_\t_\t_\t_\t_\t_\n1\tво\tв\tADP\t_\t_\t0\t_\t_\t_\n")
	f.Add("1\ta\n")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ReadCoNLLU(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, sent := range c.Sentences {
			if len(sent.Tokens) == 0 {
				t.Errorf("empty sentence read from %q", s)
			}
		}
	})
}
