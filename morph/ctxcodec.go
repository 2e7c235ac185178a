package morph

import (
	"encoding/binary"
	"fmt"
	"sort"
)

// ctxBuild is a context model being built: the tables as maps, and the
// classifier's weights.
type ctxBuild struct {
	lang    string
	lex     map[string][]lexEntry // sorted most frequent first
	rules   map[string][]editRule // sorted by preference
	dist    map[string][]tagCount // sorted most frequent first
	keepDot bool
	weights []int16
	bits    uint
}

// The context model file (data/<lang>.ctx), little-endian, read in place:
//
//	"LCTX" uint32 version, flags uint32 (bit 0: keepDot), bits uint32
//	the lex, rules and dist tables (flatTable)
//	the classifier's weights: (1<<bits) * nUPOS int16
//
// The same model always encodes to the same bytes.
const (
	ctxMagic   = "LCTX"
	ctxVersion = 2
)

func (b *ctxBuild) encode() []byte {
	out := []byte(ctxMagic)
	out = binary.LittleEndian.AppendUint32(out, ctxVersion)
	flags := uint32(0)
	if b.keepDot {
		flags |= 1
	}
	out = binary.LittleEndian.AppendUint32(out, flags)
	out = binary.LittleEndian.AppendUint32(out, uint32(b.bits))
	lex := map[string][]byte{}
	for k, es := range b.lex {
		var v []byte
		for _, e := range es {
			// The lemma as an edit of the form: cut runes, add a string.
			cut, add := editOf(k, e.lemma)
			v = append(v, byte(e.tag))
			v = binary.AppendUvarint(v, uint64(e.n))
			v = binary.AppendUvarint(v, uint64(cut))
			v = binary.AppendUvarint(v, uint64(len(add)))
			v = append(v, add...)
		}
		lex[k] = v
	}
	rules := map[string][]byte{}
	for k, rs := range b.rules {
		var v []byte
		for _, r := range rs {
			v = append(v, r.cut)
			v = binary.AppendUvarint(v, uint64(r.n))
			v = binary.AppendUvarint(v, uint64(len(r.add)))
			v = append(v, r.add...)
		}
		rules[k] = v
	}
	dist := map[string][]byte{}
	for k, ts := range b.dist {
		var v []byte
		for _, t := range ts {
			v = append(v, byte(t.tag))
			v = binary.AppendUvarint(v, uint64(t.n))
		}
		dist[k] = v
	}
	out = appendFlatTable(out, lex)
	out = appendFlatTable(out, rules)
	out = appendFlatTable(out, dist)
	for _, w := range b.weights {
		out = binary.LittleEndian.AppendUint16(out, uint16(w))
	}
	return out
}

// decodeCtx returns the context model of lang in data, read in place.
func decodeCtx(data []byte, lang string) (*ctxModel, error) {
	if len(data) < 16 || string(data[:4]) != ctxMagic || le32(data, 1) != ctxVersion {
		return nil, fmt.Errorf("decode context model: not a version %d model", ctxVersion)
	}
	m := &ctxModel{keepDot: le32(data, 2)&1 != 0, closed: closedTables[lang], verbs: &verbMemo{}}
	bits := le32(data, 3)
	if bits < 1 || bits > 24 {
		return nil, fmt.Errorf("decode context model: %d bits", bits)
	}
	rest := data[16:]
	var err error
	for _, t := range []**flatTable{&m.lex, &m.rules, &m.dist} {
		if *t, rest, err = readFlatTable(rest); err != nil {
			return nil, fmt.Errorf("decode context model: %w", err)
		}
	}
	if len(rest) != (1<<bits)*int(nUPOS)*2 {
		return nil, fmt.Errorf("decode context model: %d bytes of weights, want %d", len(rest), (1<<bits)*int(nUPOS)*2)
	}
	m.tagger = &perceptron{w: rest, mask: 1<<bits - 1}
	return m, nil
}

// model returns the built model as it will be read from its file.
func (b *ctxBuild) model() *ctxModel {
	m, err := decodeCtx(b.encode(), b.lang)
	if err != nil {
		panic(err) // encode and decode disagree: a bug
	}
	return m
}

func sortLexEntries(es []lexEntry) {
	sort.Slice(es, func(i, j int) bool { return es[i].n > es[j].n || es[i].n == es[j].n && es[i].tag < es[j].tag })
}

// editOf returns how to make lemma from form: drop the last cut runes of
// form, append add.
func editOf(form, lemma string) (cut int, add string) {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	for p > 0 && p < len(form) && form[p]&0xc0 == 0x80 {
		p-- // back to the start of a rune
	}
	return runeLen(form[p:]), lemma[p:]
}
