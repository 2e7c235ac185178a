package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ner/cluster"
	nermodel "github.com/litopys/litopys/ner/model"
	"github.com/litopys/litopys/segment"
)

// model is what the tagger needs at run time.
type model struct {
	bits uint8 // log2 of the number of feature buckets
	// weights holds rowStride weights per bucket, of which the first
	// numTags are used and the rest are 0 (padRows).
	weights  []int16
	useLemma bool // trained with lemmas
	useClass bool // trained with word classes (WordClasser)
	beam     bool // trained with, and decoded by, the beam search
	// lex maps a lower-cased word's hash to its cluster and whether it is
	// in startList or insideList.
	lex *table[lexEntry]
	// lists is true when startList and insideList are known (a trained
	// model, not one being trained).
	lists   bool
	gaz     *gazetteer
	gazList []gazEntry
	// startList holds the lower-cased words that began a training mention
	// without a capital letter ("брекзит", "ісламської").
	startList []string
	// insideList holds the lower-case words seen inside or at the end of
	// a training mention.
	insideList []string
}

type lexEntry struct {
	clus  uint32 // cluster path bits | 1, 0 for none
	flags uint8
	cas   uint8 // casing bucket (casing.go), 0 for none
}

const (
	lexStart = 1 << iota
	lexInside
)

// setLex builds m.lex from the cluster table and the word lists.
func (m *model) setLex(clusters []cluster.Entry, lists bool) {
	m.lex = newTable[lexEntry](len(clusters) + len(m.startList) + len(m.insideList))
	for _, e := range clusters {
		h := hashString(e.Word)
		m.lex.set(h, lexEntry{clus: e.Path.Bits | 1})
	}
	for _, l := range []struct {
		words []string
		flag  uint8
	}{{m.startList, lexStart}, {m.insideList, lexInside}} {
		for _, w := range l.words {
			m.lex.ref(hashString(w)).flags |= l.flag
		}
	}
	m.lists = lists
}

const (
	startTag  = "START"
	insideTag = "INSIDE"
)

const modelMagic = "litopys-ner-1\n"

// tokenizeForm splits a gazetteer form into token texts, with the same
// tokenizer the tagger sees.
func tokenizeForm(form string) []string {
	toks := segment.Tokens(nil, form, litopys.Span{Start: 0, End: len(form)})
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// writeModel writes the weights and gazetteer, gzip'd.
func writeModel(w io.Writer, m *model) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	var flags byte
	if m.useLemma {
		flags |= 1
	}
	if m.useClass {
		flags |= 2
	}
	if m.beam {
		flags |= 4
	}
	bw.Write([]byte{m.bits, flags, numTags})
	// Weights column by column (one tag at a time) compress better.
	var buf [2]byte
	nb := 1 << m.bits
	for t := range numTags {
		for b := range nb {
			binary.LittleEndian.PutUint16(buf[:], uint16(m.weights[b*rowStride+t]))
			bw.Write(buf[:])
		}
	}
	for _, e := range m.gazList {
		fmt.Fprintf(bw, "%s\t%s\n", typeNames[e.Type], e.Form)
	}
	for _, w := range m.startList {
		fmt.Fprintf(bw, "%s\t%s\n", startTag, w)
	}
	for _, w := range m.insideList {
		fmt.Fprintf(bw, "%s\t%s\n", insideTag, w)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// readModel parses what writeModel writes and the cluster table.
func readModel(modelGz, clustersGz []byte) (*model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(modelGz))
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, fmt.Errorf("not a litopys NER model")
	}
	var head [3]byte
	if _, err := io.ReadFull(br, head[:]); err != nil {
		return nil, err
	}
	if head[2] != numTags || head[0] < 10 || head[0] > 26 {
		return nil, fmt.Errorf("model of %d tags and %d bits: want %d tags", head[2], head[0], numTags)
	}
	m := &model{bits: head[0], useLemma: head[1]&1 != 0, useClass: head[1]&2 != 0, beam: head[1]&4 != 0}
	nb := 1 << m.bits
	m.weights = make([]int16, nb*rowStride)
	col := make([]byte, 2*nb) // one tag's column at a time
	for t := range numTags {
		if _, err := io.ReadFull(br, col); err != nil {
			return nil, err
		}
		for b := range nb {
			m.weights[b*rowStride+t] = int16(binary.LittleEndian.Uint16(col[2*b:]))
		}
	}
	sc := bufio.NewScanner(br)
	for sc.Scan() {
		typ, form, ok := strings.Cut(sc.Text(), "\t")
		if typ == startTag {
			m.startList = append(m.startList, form)
			continue
		}
		if typ == insideTag {
			m.insideList = append(m.insideList, form)
			continue
		}
		if ti := typeIndex(typ); ok && ti >= 0 {
			m.gazList = append(m.gazList, gazEntry{Form: form, Type: ti})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	m.gaz = newGazetteer(m.gazList, tokenizeForm)
	clusters, err := readClusters(clustersGz)
	if err != nil {
		return nil, err
	}
	m.setLex(clusters, true)
	if err := m.setCase(nermodel.Case); err != nil {
		return nil, err
	}
	return m, nil
}

func readClusters(gz []byte) ([]cluster.Entry, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	return cluster.Read(zr)
}
