package body

import (
	"encoding/binary"
	"errors"

	"github.com/litopys/litopys"
)

// The token layer is most of a document's analysis, so it is stored in a
// binary form rather than JSON. The block starts with the token count plus
// one (0 for no token slice at all); each token is then
//
//	zigzag varint  Start minus the End of the token before
//	zigzag varint  End minus Start
//	byte           flags: bit 0 Known, bit 1 Text follows, bits 2-7 Kind
//	uvarint        lemma: 0 none, 1 a new lemma follows (uvarint length and
//	               bytes; it joins the document's lemma table), k ≥ 2 the
//	               lemma table's entry k-2
//	[uvarint length and bytes of Text, when it differs from its span]
//
// Text that equals its span is restored from Document.Text on reading.

const (
	flagKnown = 1 << 0
	flagText  = 1 << 1
)

// appendTokens appends the binary form of toks, leaving out the texts that
// equal their span of text.
func appendTokens(b []byte, toks []litopys.Token, text string) []byte {
	if toks == nil {
		return binary.AppendUvarint(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(toks))+1)
	lemmas := make(map[string]uint64, len(toks)/2)
	prevEnd := 0
	for i := range toks {
		t := &toks[i]
		b = binary.AppendVarint(b, int64(t.Start-prevEnd))
		b = binary.AppendVarint(b, int64(t.End-t.Start))
		prevEnd = t.End
		flags := byte(t.Kind&0x3f) << 2
		if t.Known {
			flags |= flagKnown
		}
		withText := t.Text != "" && spanText(text, t.Start, t.End) != t.Text
		if withText {
			flags |= flagText
		}
		b = append(b, flags)
		switch k, ok := lemmas[t.Lemma]; {
		case t.Lemma == "":
			b = append(b, 0)
		case ok:
			b = binary.AppendUvarint(b, k)
		default:
			lemmas[t.Lemma] = uint64(len(lemmas)) + 2
			b = append(b, 1)
			b = appendString(b, t.Lemma)
		}
		if withText {
			b = appendString(b, t.Text)
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

var errTokens = errors.New("corrupt token block")

// readTokens reads a block written by appendTokens and returns the tokens
// (texts that were left out stay empty) and the bytes after the block.
func readTokens(b []byte) ([]litopys.Token, []byte, error) {
	r := reader{b: b}
	n := r.uvarint()
	if r.err != nil {
		return nil, nil, r.err
	}
	if n == 0 {
		return nil, r.b, nil
	}
	n--
	// Every token takes at least four bytes: a bound on a corrupt count.
	if n > uint64(len(r.b))/4 {
		return nil, nil, errTokens
	}
	toks := make([]litopys.Token, n)
	var lemmas []string
	prevEnd := 0
	for i := range toks {
		t := &toks[i]
		t.Start = prevEnd + int(r.varint())
		t.End = t.Start + int(r.varint())
		prevEnd = t.End
		flags := r.byte()
		t.Known = flags&flagKnown != 0
		t.Kind = litopys.TokenKind(flags >> 2)
		switch k := r.uvarint(); {
		case k == 0:
		case k == 1:
			t.Lemma = r.string()
			lemmas = append(lemmas, t.Lemma)
		case k-2 < uint64(len(lemmas)):
			t.Lemma = lemmas[k-2]
		default:
			r.fail()
		}
		if flags&flagText != 0 {
			t.Text = r.string()
		}
		if r.err != nil {
			return nil, nil, r.err
		}
	}
	return toks, r.b, nil
}

// reader reads the parts of a token block, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() {
	r.err = errTokens
	r.b = nil
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}
