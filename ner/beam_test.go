package ner

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestBeamLearnsLookahead trains the structured perceptron on sentences
// that greedy tagging cannot tell apart at their first word: "X Y" is one
// two-word PER, "X Z" a one-word LOC and an O. With the current word as
// the only static feature, only a search that weighs the second word's
// scores before fixing the first tag gets both right.
func TestBeamLearnsLookahead(t *testing.T) {
	const bits = 8
	word := func(w string) []uint32 {
		f := make([]uint32, numStatic)
		for k := range f {
			f[k] = uint32(featureHash(k, hashString(w)) >> (64 - bits))
		}
		return f
	}
	sent := func(gold []uint8, words ...string) trainSent {
		s := trainSent{gold: gold, info: make([]wordInfo, len(words))}
		for i, w := range words {
			s.feats = append(s.feats, word(w)...)
			analyze(w, &s.info[i])
		}
		return s
	}
	bPER, lPER, uLOC := uint8(1), uint8(3), uint8(1+4*2+3)
	sents := []trainSent{
		sent([]uint8{bPER, lPER}, "x", "y"),
		sent([]uint8{uLOC, 0}, "x", "z"),
		sent([]uint8{0, 0}, "y", "z"),
	}
	q := perceptronBeam(sents, bits, 10, 1)
	w := make([]float32, len(q))
	for i, v := range q {
		w[i] = float32(v)
	}
	var search beamSearch[float32]
	for _, s := range sents {
		sc := trainScorer{w: w, s: &s, bits: bits}
		best, last := search.run(&sc, len(s.gold), nil)
		got := make([]int, len(s.gold))
		search.tags(best.node, last, got)
		want := make([]int, len(s.gold))
		for i, g := range s.gold {
			want[i] = int(g)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tags %v, want %v", got, want)
		}
	}
}

// TestBeamClosesMention is TestDecodeClosesMention with the beam search: a
// lower-case word never seen inside a name is not taken into the mention.
func TestBeamClosesMention(t *testing.T) {
	m := &model{bits: 10, weights: make([]int16, 1<<10*rowStride), gaz: newGazetteer(nil, tokenizeForm), beam: true}
	for b := range 1 << 10 {
		m.weights[b*rowStride+1] = 5  // B-PER
		m.weights[b*rowStride+2] = 10 // I-PER
		m.weights[b*rowStride+3] = 8  // L-PER
		m.weights[b*rowStride+4] = 2  // U-PER
	}
	text := "Кореї висловили стурбованість"
	_, toks := segmentText(text)
	for _, tc := range []struct {
		name  string
		lists bool
		want  []Span
	}{
		{"closed", true, []Span{{Start: 0, End: len("Кореї"), Type: "PER"}}},
		{"extended", false, []Span{{Start: 0, End: len(text), Type: "PER"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m.setLex(nil, tc.lists)
			if got := newTagger(m).Tag(text, toks, nil, "uk"); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// BenchmarkTagBeam is BenchmarkTag with the shipped weights decoded by the
// beam search (TrainOptions.Beam): the difference is what the search costs.
func BenchmarkTagBeam(b *testing.B) {
	text := string(mustRead(b, filepath.Join(seedsDir, "000_d0670793ce43c562.txt")))
	tg := tagger(b)
	sents, toks := analyzed(b, text, "ru")
	m := *tg.m
	m.beam = true
	beam := &Tagger{m: &m, classify: tg.classify}
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		beam.Tag(text, toks, sents, "ru")
		n++
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(n), "cpu-ns/op")
}
