package ner

import (
	"bytes"
	"compress/gzip"
	"fmt"

	"github.com/litopys/litopys/ner/cluster"
)

// The casing features tell the model how a word is written in the middle
// of a sentence in the raw news (cluster.BuildCase): names nearly always
// capitalised, common nouns nearly never. A capitalised word of official
// style ("Голова", "Комісією", "Спільнота") is then known for a common
// noun however it is spelt here, on topics no annotation covers; word
// identity alone cannot tell that for a word the training names never
// contained.

// setCase records each word's casing bucket of the gzip'd table in m.lex
// (after setLex).
func (m *model) setCase(gz []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return fmt.Errorf("case table: %w", err)
	}
	// A word written twice keeps its last bucket, as in cluster.ReadCase's
	// map; the words go straight into the table, without the map.
	return cluster.EachCase(zr, func(w []byte, b uint8) {
		m.lex.ref(hashBytes(w)).cas = b
	})
}

// hashBytes is hashString(string(w)), without the copy.
func hashBytes(w []byte) uint64 {
	h := uint64(fnvOffset)
	for _, r := range string(w) { // no allocation: the compiler ranges over w
		h = hashRune(h, r)
	}
	return h
}

// caseKey is a token's casing bucket (0 when the word is not in the table)
// with its own capitalisation, the part of the flags it is read against.
func caseKey(cas uint8, flags uint8) uint64 {
	return uint64(cas)<<8 | uint64(flags&(flagCap|flagAllCaps|flagFirst|flagQuoted))
}

// caseFeatures returns the values of the casing templates for token i: its
// key, and the keys of the window around it (an official title before a
// name, "Голова Комісії", reads as two common nouns in a row).
func (s *sentence) caseFeatures(i int) (one, window uint64) {
	var m1, p1 uint64 = 0xff00, 0xff00
	if i > 0 {
		m1 = caseKey(s.cas[i-1], s.info[i-1].flags)
	}
	if i+1 < len(s.info) {
		p1 = caseKey(s.cas[i+1], s.info[i+1].flags)
	}
	one = caseKey(s.cas[i], s.info[i].flags) | s.en<<16
	return one, pair(pair(m1, one), p1)
}
