package body

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"testing"

	"github.com/litopys/litopys"
)

func TestCodecRoundTrips(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &litopys.Document{
		ID: "d", Text: "Блинкен прилетел.",
		Tokens: []litopys.Token{
			{Start: 0, End: 14, Text: "Блинкен", Lemma: "блинкен"},
			{Start: 15, End: 31, Text: "прилетел", Lemma: "прилететь"},
			{Start: 31, End: 32, Text: "!", Kind: litopys.TokenPunct}, // differs from its span: kept
			{Start: 40, End: 50, Text: "вне"},                         // span out of range: kept
		},
		Mentions: []litopys.Mention{{Start: 0, End: 14, Text: "Блинкен", Base: "Блинкен", Entity: "PER-x"}},
	}
	want, _ := json.Marshal(doc)
	b, err := c.Encode(doc)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if g, _ := json.Marshal(got); string(g) != string(want) {
		t.Errorf("round trip:\n got %s\nwant %s", g, want)
	}
	if doc.Tokens[0].Text != "Блинкен" {
		t.Errorf("encode changed the document it was given")
	}
	// Bodies written as gzipped JSON are read too.
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(want)
	zw.Close()
	got, err = c.Decode(gz.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if g, _ := json.Marshal(got); string(g) != string(want) {
		t.Errorf("gzip body:\n got %s\nwant %s", g, want)
	}
	// A document split into its text and the rest.
	meta, text, err := c.EncodeSplit(doc)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := c.Decode(meta); err != nil || m.Text != "" {
		t.Errorf("split body holds the text (or does not decode: %v)", err)
	}
	if got, err = c.DecodeSplit(meta, text); err != nil {
		t.Fatal(err)
	}
	if g, _ := json.Marshal(got); string(g) != string(want) {
		t.Errorf("split round trip:\n got %s\nwant %s", g, want)
	}
	if s, err := c.Text(text); err != nil || s != doc.Text {
		t.Errorf("Text = %q, %v; want %q", s, err, doc.Text)
	}
	if got, err = c.DecodeSplit(b, nil); err != nil || got.Text != doc.Text {
		t.Errorf("DecodeSplit of a whole body = %v, %v", got, err)
	}
	if _, err := c.Decode([]byte("garbage")); err == nil {
		t.Errorf("decode of garbage succeeded")
	}
}
