package body

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/search"
	"github.com/litopys/litopys/storetest"
)

// TestContentHash checks ContentHash against the plain formula it
// computes faster.
func TestContentHash(t *testing.T) {
	texts := []string{"", " ", "Блинкен  ПРИЛЕТЕЛ\n\tв Сеул.", "\u00a0ЁЖ Ѐ Їжак ҐАНОК  Straße ΣΑΣ\u2003x\u0085y ",
		"\xff\xfe Invalid  UTF-8", "a\u200bb", "ǅ ǈ İ"}
	for _, d := range storetest.Seeds(t) {
		texts = append(texts, d.Text)
	}
	for _, text := range texts {
		want := plainHash(text)
		if got := ContentHash(text); got != want {
			t.Errorf("ContentHash(%.40q) = %s, want %s", text, got, want)
		}
	}
	if ContentHash("Один  текст") != ContentHash("один текст") || ContentHash("один") == ContentHash("два") {
		t.Errorf("ContentHash does not normalise or does not tell texts apart")
	}
}

func plainHash(text string) string {
	h := sha256.Sum256([]byte(strings.ToLower(strings.Join(strings.Fields(text), " "))))
	return hex.EncodeToString(h[:16])
}

func TestPrepare(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seeds := storetest.Seeds(t)
	var docs []*litopys.Document
	for i := range 9 { // enough to run in parallel
		docs = append(docs, seeds[i%len(seeds)])
	}
	ps, err := c.Prepare(docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range ps {
		d := docs[i]
		tf, words := search.Terms(d)
		if p.Doc != d || p.Hash != ContentHash(d.Text) || p.Words != words || len(p.TF) != len(tf) || p.Day != search.Day(d.Published, false) {
			t.Errorf("prepared #%d differs from its document", i)
		}
		got, err := c.DecodeSplit(p.Meta, p.Text)
		if err != nil || got.Text != d.Text || len(got.Tokens) != len(d.Tokens) {
			t.Errorf("prepared #%d does not decode (%v)", i, err)
		}
	}
	if _, err := c.Prepare(append(docs, &litopys.Document{})); litopys.ErrorCode(err) != litopys.EINVALID {
		t.Errorf("Prepare of a document without an ID: %v, want %s", err, litopys.EINVALID)
	}
}
