// Package body encodes a whole analysed document for storage, the same way
// for every SQL backend.
package body

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"

	"github.com/klauspost/compress/zstd"
	"github.com/litopys/litopys"
)

// The stored form of a whole document is the magic bytes "LT\x02" and a
// zstd frame holding the token layer in a binary form (tokens.go) followed by
// the rest of the document as JSON. Texts of tokens and of the other layers
// that are slices of Document.Text are left out and restored on reading. Bodies of the
// earlier forms, JSON with the tokens in it compressed by zstd or gzip, are
// read too.

// magic starts a body of the current form; it is neither a zstd nor a gzip
// header.
var magic = []byte{'L', 'T', 2}

// Codec compresses and decompresses bodies; it is safe for concurrent use.
type Codec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
}

// New returns a Codec.
func New() (*Codec, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(runtime.GOMAXPROCS(0)))
	if err != nil {
		return nil, err
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(1<<30))
	if err != nil {
		return nil, err
	}
	return &Codec{enc: enc, dec: dec}, nil
}

// Encode returns the stored form of doc.
func (c *Codec) Encode(doc *litopys.Document) ([]byte, error) {
	return c.encode(doc, doc.Text)
}

// encode returns the stored form of doc with text as its Document.Text.
func (c *Codec) encode(doc *litopys.Document, text string) ([]byte, error) {
	m := compact(doc)
	m.Text = text
	raw := appendTokens(make([]byte, 0, 8*len(doc.Tokens)+4096), doc.Tokens, doc.Text)
	b, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode body: %w", err)
	}
	raw = append(raw, b...)
	return c.enc.EncodeAll(raw, slices.Clip(magic)), nil
}

// EncodeSplit returns the stored form of doc without its text, and the
// text compressed on its own (see Text): snippets then read the text
// without decoding the rest, and the text is stored once.
func (c *Codec) EncodeSplit(doc *litopys.Document) (meta, text []byte, err error) {
	meta, err = c.encode(doc, "")
	if err != nil {
		return nil, nil, err
	}
	return meta, c.enc.EncodeAll([]byte(doc.Text), nil), nil
}

// DecodeSplit reads a document stored by EncodeSplit. An empty text reads
// meta as a whole stored form (Encode).
func (c *Codec) DecodeSplit(meta, text []byte) (*litopys.Document, error) {
	if len(text) == 0 {
		return c.Decode(meta)
	}
	t, err := c.Text(text)
	if err != nil {
		return nil, err
	}
	d, err := c.decode(meta)
	if err != nil {
		return nil, err
	}
	d.Text = t
	expand(d)
	return d, nil
}

// Text decompresses a text stored by EncodeSplit.
func (c *Codec) Text(b []byte) (string, error) {
	raw, err := c.dec.DecodeAll(b, nil)
	if err != nil {
		return "", err
	}
	return string(raw), nil
}

// Decode reads a stored form back into a document.
func (c *Codec) Decode(b []byte) (*litopys.Document, error) {
	d, err := c.decode(b)
	if err != nil {
		return nil, err
	}
	expand(d)
	return d, nil
}

// decode reads a stored form without restoring the texts compact left
// out.
func (c *Codec) decode(b []byte) (*litopys.Document, error) {
	var raw []byte
	var err error
	switch {
	case bytes.HasPrefix(b, magic):
		return c.decodeTokens(b[len(magic):])
	case bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		raw, err = c.dec.DecodeAll(b, nil)
	case bytes.HasPrefix(b, []byte{0x1f, 0x8b}):
		var zr *gzip.Reader
		if zr, err = gzip.NewReader(bytes.NewReader(b)); err == nil {
			raw, err = io.ReadAll(zr)
		}
	default:
		err = errors.New("unknown body encoding")
	}
	if err != nil {
		return nil, fmt.Errorf("decode body: %w", err)
	}
	var d litopys.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, fmt.Errorf("decode body: %w", err)
	}
	return &d, nil
}

// decodeTokens reads the zstd frame of a body of the current form.
func (c *Codec) decodeTokens(b []byte) (*litopys.Document, error) {
	raw, err := c.dec.DecodeAll(b, nil)
	if err != nil {
		return nil, fmt.Errorf("decode body: %w", err)
	}
	toks, rest, err := readTokens(raw)
	if err != nil {
		return nil, fmt.Errorf("decode body: %w", err)
	}
	var d litopys.Document
	if err := json.Unmarshal(rest, &d); err != nil {
		return nil, fmt.Errorf("decode body: %w", err)
	}
	d.Tokens = toks
	return &d, nil
}

// compact returns doc without its tokens (stored apart) and without the
// texts of its mentions, time expressions, quantities, events (their
// evidence and participants) and attributions (evidence and quote) that
// equal the text their span covers. doc is left as it is.
func compact(doc *litopys.Document) *litopys.Document {
	c := *doc
	c.Tokens = nil
	c.Mentions = slices.Clone(doc.Mentions)
	c.Times = slices.Clone(doc.Times)
	c.Quantities = slices.Clone(doc.Quantities)
	c.Events = slices.Clone(doc.Events)
	for i := range c.Events {
		c.Events[i].Participants = slices.Clone(c.Events[i].Participants)
	}
	c.Attributions = slices.Clone(doc.Attributions)
	spanTexts(&c, func(s *string, start, end int) { omit(s, c.Text, start, end) })
	return &c
}

// spanTexts calls f with each text of doc's layers (not tokens) that is
// meant to be the text of a span, and the span.
func spanTexts(doc *litopys.Document, f func(s *string, start, end int)) {
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		f(&m.Text, m.Start, m.End)
	}
	for i := range doc.Times {
		t := &doc.Times[i]
		f(&t.Text, t.Start, t.End)
	}
	for i := range doc.Quantities {
		q := &doc.Quantities[i]
		f(&q.Text, q.Start, q.End)
	}
	for i := range doc.Events {
		e := &doc.Events[i]
		f(&e.Text, e.Evidence.Start, e.Evidence.End)
		for j := range e.Participants {
			p := &e.Participants[j]
			f(&p.Text, p.Start, p.End)
		}
	}
	for i := range doc.Attributions {
		a := &doc.Attributions[i]
		f(&a.Text, a.Evidence.Start, a.Evidence.End)
		if a.QuoteSpan != nil {
			f(&a.Quote, a.QuoteSpan.Start, a.QuoteSpan.End)
		}
	}
}

// omit empties *s when it equals the text of the span [start, end).
func omit(s *string, text string, start, end int) {
	if *s != "" && spanText(text, start, end) == *s {
		*s = ""
	}
}

// restore sets an empty *s to the text of the span [start, end).
func restore(s *string, text string, start, end int) {
	if *s == "" {
		*s = spanText(text, start, end)
	}
}

// expand restores what compact left out.
func expand(doc *litopys.Document) {
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		restore(&t.Text, doc.Text, t.Start, t.End)
	}
	spanTexts(doc, func(s *string, start, end int) { restore(s, doc.Text, start, end) })
}

func spanText(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return text[start:end]
}
