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

// TestDevSplit checks that the development folds partition the training
// part: every training sentence is in exactly one fold's dev part, no
// held-out sentence in any, and each fold is a fair share.
func TestDevSplit(t *testing.T) {
	c := readNamed(t, "ru_taiga")
	train, _ := Split(c)
	seen := 0
	for k := range DevFolds {
		tr, dev := DevSplit(c, k)
		if len(tr.Sentences)+len(dev.Sentences) != len(train.Sentences) {
			t.Errorf("fold %d: %d + %d sentences, want the training part's %d", k, len(tr.Sentences), len(dev.Sentences), len(train.Sentences))
		}
		if share := float64(dev.Tokens()) / float64(train.Tokens()); share < 0.08 || share > 0.35 {
			t.Errorf("fold %d: dev share %.3f outside [0.08, 0.35]", k, share)
		}
		seen += len(dev.Sentences)
	}
	if seen != len(train.Sentences) {
		t.Errorf("the folds hold %d sentences, the training part %d", seen, len(train.Sentences))
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
