package sqlite_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/sqlite"
)

func roDoc() *litopys.Document {
	text := "The bridge opened in Kyiv."
	return &litopys.Document{ID: "ro-1", Lang: "en", Title: "Bridge", Text: text, Published: litopys.DayDate(2024, 5, 1),
		Sentences: []litopys.Sentence{{Start: 0, End: len(text), Lang: "en"}},
		Tokens:    []litopys.Token{{Start: 4, End: 10, Text: "bridge", Lemma: "bridge", Kind: litopys.TokenWord}}}
}

func roDoc2() *litopys.Document {
	d := roDoc()
	d.ID, d.Text = "ro-2", "Another bridge."
	d.Sentences = []litopys.Sentence{{Start: 0, End: len(d.Text), Lang: "en"}}
	d.Tokens = []litopys.Token{{Start: 8, End: 14, Text: "bridge", Lemma: "bridge", Kind: litopys.TokenWord}}
	return d
}

// TestOpenReadOnlyMissing checks that reading a store that is not there
// creates nothing and says so.
func TestOpenReadOnlyMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "typo.db")
	for name, open := range map[string]func(context.Context, string) (*sqlite.DB, error){
		"OpenReadOnly": sqlite.OpenReadOnly, "OpenExisting": sqlite.OpenExisting,
	} {
		db, err := open(t.Context(), path)
		if err == nil {
			db.Close()
		}
		if litopys.ErrorCode(err) != litopys.ENOTFOUND || !strings.Contains(err.Error(), "no store at") {
			t.Errorf("%s: %v, want not found", name, err)
		}
		if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s created %s", name, path)
		}
	}
}
