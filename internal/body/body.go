// Package body encodes a whole analysed document for storage, the same way
// for every SQL backend.
package body

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/klauspost/compress/zstd"
	"github.com/litopys/litopys"
)

// The stored form of a whole document is zstd-compressed JSON without the
// token and mention texts that are slices of Document.Text (restored on
// reading): about a third of the size of gzipped JSON as the pipeline
// writes it. Bodies in gzip are read too.

// Codec compresses and decompresses bodies; it is safe for concurrent use.
type Codec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
}

// New returns a Codec.
func New() (*Codec, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
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
	b, err := json.Marshal(compact(doc))
	if err != nil {
		return nil, err
	}
	return c.enc.EncodeAll(b, nil), nil
}

// EncodeSplit returns the stored form of doc without its text, and the
// text compressed on its own (see Text): snippets then read the text
// without decoding the rest, and the text is stored once.
func (c *Codec) EncodeSplit(doc *litopys.Document) (meta, text []byte, err error) {
	m := compact(doc)
	m.Text = ""
	b, err := json.Marshal(m)
	if err != nil {
		return nil, nil, err
	}
	return c.enc.EncodeAll(b, nil), c.enc.EncodeAll([]byte(doc.Text), nil), nil
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
	case bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		raw, err = c.dec.DecodeAll(b, nil)
	case bytes.HasPrefix(b, []byte{0x1f, 0x8b}):
		var zr *gzip.Reader
		if zr, err = gzip.NewReader(bytes.NewReader(b)); err == nil {
			raw, err = io.ReadAll(zr)
		}
	default:
		err = fmt.Errorf("unknown body encoding")
	}
	if err != nil {
		return nil, err
	}
	var d litopys.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// compact returns doc without the texts of tokens and mentions that equal
// the text their span covers.
func compact(doc *litopys.Document) *litopys.Document {
	c := *doc
	c.Tokens = slices.Clone(doc.Tokens)
	for i := range c.Tokens {
		t := &c.Tokens[i]
		if t.Text != "" && spanText(doc.Text, t.Start, t.End) == t.Text {
			t.Text = ""
		}
	}
	c.Mentions = slices.Clone(doc.Mentions)
	for i := range c.Mentions {
		m := &c.Mentions[i]
		if m.Text != "" && spanText(doc.Text, m.Start, m.End) == m.Text {
			m.Text = ""
		}
	}
	return &c
}

// expand restores what compact left out.
func expand(doc *litopys.Document) {
	for i := range doc.Tokens {
		if t := &doc.Tokens[i]; t.Text == "" {
			t.Text = spanText(doc.Text, t.Start, t.End)
		}
	}
	for i := range doc.Mentions {
		if m := &doc.Mentions[i]; m.Text == "" {
			m.Text = spanText(doc.Text, m.Start, m.End)
		}
	}
}

func spanText(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return text[start:end]
}
