package body

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"slices"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/storetest"
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
	if !bytes.HasPrefix(b, magic) {
		t.Errorf("body starts % x, want the magic % x", b[:3], magic)
	}
	// Bodies written as JSON compressed by zstd (the form before the
	// binary tokens) are read too.
	zb, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	old, _ := json.Marshal(doc)
	got, err = c.Decode(zb.EncodeAll(old, nil))
	if err != nil {
		t.Fatal(err)
	}
	if g, _ := json.Marshal(got); string(g) != string(want) {
		t.Errorf("zstd JSON body:\n got %s\nwant %s", g, want)
	}
	// And gzipped JSON.
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

func TestTokensRoundTrip(t *testing.T) {
	text := "Кім Чен Ин, 12 вер."
	tests := []struct {
		name string
		toks []litopys.Token
	}{
		{"nil", nil},
		{"empty", []litopys.Token{}},
		{"words", []litopys.Token{
			{Start: 0, End: 6, Text: "Кім", Lemma: "кім", Kind: litopys.TokenWord},
			{Start: 7, End: 13, Text: "Чен", Lemma: "чен", Known: true},
			{Start: 7, End: 13, Text: "Чен", Lemma: "кім"}, // overlapping, a lemma met before
			{Start: 17, End: 18, Text: ",", Kind: litopys.TokenPunct},
			{Start: 19, End: 21, Text: "12", Kind: litopys.TokenNumber},
			{Start: 5, End: 2, Text: "назад", Lemma: "назад"}, // backwards: kept as given
			{Start: -3, End: 1000, Text: "", Lemma: ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := appendTokens(nil, tt.toks, text)
			b = append(b, "rest"...)
			got, rest, err := readTokens(b)
			if err != nil {
				t.Fatal(err)
			}
			if string(rest) != "rest" {
				t.Errorf("rest = %q", rest)
			}
			// Texts equal to their span come back empty; the codec restores them.
			want := slices.Clone(tt.toks)
			for i := range want {
				if w := &want[i]; spanText(text, w.Start, w.End) == w.Text {
					w.Text = ""
				}
			}
			if (got == nil) != (want == nil) || !slices.Equal(got, want) {
				t.Errorf("got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestReadTokensRejectsCorruptBlocks(t *testing.T) {
	good := appendTokens(nil, []litopys.Token{{Start: 0, End: 3, Lemma: "abc"}, {Start: 4, End: 7, Lemma: "abc"}}, "abc abc")
	for n := 1; n < len(good); n++ {
		if _, _, err := readTokens(good[:n]); err == nil {
			t.Errorf("a block cut to %d of %d bytes read without an error", n, len(good))
		}
	}
	for _, b := range [][]byte{{}, {0xff}, {200, 1, 1, 1, 1}, {2, 0, 2, 0, 9}} {
		if _, _, err := readTokens(b); err == nil {
			t.Errorf("readTokens(% x) succeeded", b)
		}
	}
}

func FuzzDecode(f *testing.F) {
	c, err := New()
	if err != nil {
		f.Fatal(err)
	}
	doc := &litopys.Document{ID: "d", Text: "Блинкен прилетел.", Tokens: []litopys.Token{
		{Start: 0, End: 14, Lemma: "блинкен"}, {Start: 15, End: 31, Lemma: "прилететь", Known: true}, {Start: 31, End: 32, Kind: litopys.TokenPunct}}}
	b, err := c.Encode(doc)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(appendTokens(nil, doc.Tokens, doc.Text))
	f.Add([]byte("LT\x02garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// Neither the whole decoder nor the token block reader may panic,
		// and a block that reads writes back the same.
		c.Decode(b)
		toks, rest, err := readTokens(b)
		if err != nil {
			return
		}
		again, _, err := readTokens(append(appendTokens(nil, toks, ""), rest...))
		if err != nil || !slices.Equal(again, toks) {
			t.Errorf("tokens %+v read back as %+v (%v)", toks, again, err)
		}
	})
}

// TestSeedsRoundTrip stores the analysed seed articles and reads them back
// whole, every layer and text included.
func TestSeedsRoundTrip(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range storetest.Seeds(t) {
		want, _ := json.Marshal(doc)
		before := string(want)
		meta, text, err := c.EncodeSplit(doc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.DecodeSplit(meta, text)
		if err != nil {
			t.Fatal(err)
		}
		if g, _ := json.Marshal(got); string(g) != string(want) {
			t.Errorf("%s: the document read back differs from the one stored", doc.ID)
		}
		if after, _ := json.Marshal(doc); string(after) != before {
			t.Errorf("%s: encoding changed the document", doc.ID)
		}
		if len(doc.Events) == 0 || len(doc.Tokens) == 0 || len(meta) > len(want)/8 {
			t.Errorf("%s: %d events, %d tokens, stored in %d bytes (JSON %d)", doc.ID, len(doc.Events), len(doc.Tokens), len(meta), len(want))
		}
	}
}
