package body

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/search"
)

// Prepared is a document ready to be written by a SQL backend: what can be
// computed before a transaction starts.
type Prepared struct {
	Doc        *litopys.Document
	Meta, Text []byte // the stored form without the text (EncodeSplit), and the text
	Hash       string // ContentHash of the text
	TF         map[string]int
	Words      int
	Day        int32
}

// parallelFrom is the batch size from which Prepare uses every core.
const parallelFrom = 4

// Prepare encodes docs and computes their index terms, on every core for a
// batch of more than a few documents. A document without an ID is an
// EINVALID error.
func (c *Codec) Prepare(docs []*litopys.Document) ([]Prepared, error) {
	for _, d := range docs {
		if d == nil || d.ID == "" {
			return nil, litopys.Errorf(litopys.EINVALID, "put document: no document ID")
		}
	}
	ps := make([]Prepared, len(docs))
	errs := make([]error, len(docs))
	one := func(i int) {
		d := docs[i]
		meta, text, err := c.EncodeSplit(d)
		if err != nil {
			errs[i] = fmt.Errorf("put document %s: %w", d.ID, err)
			return
		}
		tf, words := search.Terms(d)
		ps[i] = Prepared{Doc: d, Meta: meta, Text: text, Hash: ContentHash(d.Text), TF: tf, Words: words, Day: search.Day(d.Published, false)}
	}
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	if len(docs) < parallelFrom || workers < 2 {
		for i := range docs {
			one(i)
		}
	} else {
		var wg sync.WaitGroup
		next := make(chan int)
		for range workers {
			wg.Go(func() {
				for i := range next {
					one(i)
				}
			})
		}
		for i := range docs {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return ps, nil
}

// ContentHash identifies the normalised text (lower-cased, runs of white
// space made one space, trimmed), whatever the document's ID.
func ContentHash(text string) string {
	var h [sha256.Size]byte
	if !utf8.ValidString(text) {
		h = sha256.Sum256([]byte(strings.ToLower(strings.Join(strings.Fields(text), " "))))
	} else {
		b := make([]byte, 0, len(text))
		space := false
		for _, r := range text {
			switch {
			case r < utf8.RuneSelf:
				if asciiSpace(r) {
					space = true
					continue
				}
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
			case 'а' <= r && r <= 'џ': // lower-case Cyrillic
			case 'А' <= r && r <= 'Я':
				r += 'а' - 'А'
			case unicode.IsSpace(r):
				space = true
				continue
			default:
				r = unicode.ToLower(r)
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = utf8.AppendRune(b, r)
		}
		h = sha256.Sum256(b)
	}
	return hex.EncodeToString(h[:16])
}

func asciiSpace(r rune) bool {
	return r == ' ' || '\t' <= r && r <= '\r'
}

// Terms counts the terms of ps, document by document: the entries they
// add to a search.Batch (for its Grow).
func Terms(ps []Prepared) int {
	n := 0
	for _, p := range ps {
		n += len(p.TF)
	}
	return n
}
