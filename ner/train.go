package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ner/cluster"
	"github.com/litopys/litopys/ner/corpus"
	nermodel "github.com/litopys/litopys/ner/model"
)

// Lemmatizer gives the lemma of a word in a language ("ru", "uk", "en")
// and whether it is a dictionary word; morph.(*Analyzer).Lemma fits.
type Lemmatizer func(word, lang string) (string, bool)

// TrainOptions configure Train. Zero fields take the defaults in brackets.
type TrainOptions struct {
	DataDir string   // shared/data
	HoldOut []string // BSNLP topics left out of training (none for the shipped model)
	// OutDir is where Train writes ner.bin.gz and reads the cluster table
	// [ner/model]; TrainTagger reads the cluster and casing tables from it when set and
	// uses the embedded one otherwise.
	OutDir string
	Seed   uint64
	Epochs int // passes over the data [8]
	Bits   int // log2 of the feature buckets [19]
	// BSNLPWeight is how many times each BSNLP sentence is seen per epoch;
	// BSNLP is the target scheme, the other corpora differ from it [2].
	BSNLPWeight int
	// Lemmatize, when set, gives the lemma feature; the model then uses
	// Token.Lemma at run time. The shipped model is trained with
	// morph.(*Analyzer).Lemma, the function the pipeline fills Token.Lemma
	// with.
	Lemmatize Lemmatizer
	// Classify, when set, gives the dictionary class of capitalised words
	// (a feature); the tagger then needs the same at run time
	// (Tagger.WithClasses).
	Classify WordClasser
	// InsideRatio is the least share of a lower-case word's occurrences
	// that must be inside names for it to continue a mention [0.02].
	InsideRatio float64
	// NoSilver leaves the silver encyclopaedia corpora out (an ablation).
	NoSilver bool
	// No2017 leaves the BSNLP 2017 topics out of training (an ablation).
	No2017 bool
	// Beam trains a structured perceptron with the beam search (early
	// update) and makes the tagger decode with it (the model records
	// it), instead of the greedy left-to-right tagger. Off for the shipped
	// model: docs/EVAL.md ("Held out by topic") has what it gives and why
	// it is off.
	Beam bool
	// Langs, when set, keeps only the documents in these languages: the
	// languages' features are salted apart, so an English-only model is
	// the English part of the full one, trained in a fraction of the time
	// (for experiments).
	Langs []string
	// BuildClusters makes Train first learn the word clusters
	// (cluster.Build with the same seed) and the casing table
	// (cluster.BuildCase) into OutDir.
	BuildClusters bool
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 8
	}
	if o.Bits == 0 {
		o.Bits = 19
	}
	if o.InsideRatio == 0 {
		o.InsideRatio = 0.02
	}
	if o.BSNLPWeight == 0 {
		o.BSNLPWeight = 2
	}
}

// Train trains the tagger on every annotated corpus under o.DataDir except
// the held-out BSNLP topics and writes o.OutDir/ner.bin.gz. It reads the
// word clusters from o.OutDir/clusters.tsv.gz (cluster.Build writes it)
// and the casing table from o.OutDir/case.tsv.gz (cluster.BuildCase).
// The result is deterministic for a seed.
func Train(o TrainOptions) error {
	o.defaults()
	if o.OutDir == "" {
		o.OutDir = filepath.Join("ner", "model")
	}
	if o.BuildClusters {
		err := cluster.Build(cluster.Options{DataDir: o.DataDir, Out: filepath.Join(o.OutDir, "clusters.tsv.gz"), Seed: o.Seed})
		if err == nil {
			err = cluster.BuildCase(cluster.CaseOptions{DataDir: o.DataDir, Out: filepath.Join(o.OutDir, "case.tsv.gz")})
		}
		if err != nil {
			return fmt.Errorf("ner: train: %w", err)
		}
	}
	m, err := trainModel(o)
	if err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(o.OutDir, "ner.bin.gz"))
	if err != nil {
		return fmt.Errorf("ner: train: %w", err)
	}
	if err := writeModel(f, m); err != nil {
		f.Close()
		return fmt.Errorf("ner: train: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("ner: train: %w", err)
	}
	return nil
}

// trainSent is one training sentence, its features computed.
type trainSent struct {
	feats []uint32 // numStatic per token
	info  []wordInfo
	gold  []uint8
	salt  uint64 // of the dynamic features (sentence.salt)
}

// TrainTagger trains a tagger the way Train does and returns it without
// writing anything: a model for a held-out evaluation.
func TrainTagger(o TrainOptions) (*Tagger, error) {
	m, err := trainModel(o)
	if err != nil {
		return nil, err
	}
	return &Tagger{m: m, classify: o.Classify}, nil
}

// trainModel trains and returns the model.
func trainModel(o TrainOptions) (*model, error) {
	o.defaults()
	docs, err := loadCorpora(o.DataDir, o.HoldOut, !o.NoSilver, !o.No2017)
	if err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	if len(o.Langs) > 0 {
		docs = slices.DeleteFunc(docs, func(d corpus.Doc) bool { return !slices.Contains(o.Langs, d.Lang) })
	}
	clustersGz, caseGz := nermodel.Clusters, nermodel.Case
	if o.OutDir != "" {
		if clustersGz, err = os.ReadFile(filepath.Join(o.OutDir, "clusters.tsv.gz")); err != nil {
			return nil, fmt.Errorf("ner: train: %w", err)
		}
		if caseGz, err = os.ReadFile(filepath.Join(o.OutDir, "case.tsv.gz")); err != nil {
			return nil, fmt.Errorf("ner: train: %w", err)
		}
	}
	clusters, err := readClusters(clustersGz)
	if err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	media, err := mediaTypes()
	if err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	documentsArePRO(docs)
	harmonise(docs, media)
	// Gazetteers: the full one ships; each half of the training documents
	// sees one built from the other half only, so that the model learns
	// how far a gazetteer match can be trusted on unseen text.
	full, halves := gazCounts{}, [2]gazCounts{{}, {}}
	for _, g := range []gazCounts{full, halves[0], halves[1]} {
		if err := countryNames(o.DataDir, g); err != nil {
			return nil, fmt.Errorf("ner: train: %w", err)
		}
		if err := publicNames(g); err != nil {
			return nil, fmt.Errorf("ner: train: %w", err)
		}
	}
	for i, d := range docs {
		for _, m := range d.Mentions {
			full.add(d.Text[m.Start:m.End], typeIndex(m.Type))
			halves[1-i%2].add(d.Text[m.Start:m.End], typeIndex(m.Type))
		}
	}
	m := &model{bits: uint8(o.Bits), useLemma: o.Lemmatize != nil, useClass: o.Classify != nil}
	m.setLex(clusters, false)
	if err := m.setCase(caseGz); err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	m.gazList = full.entries()
	halfModels := [2]*model{}
	for h := range halves {
		hm := *m
		hm.gaz = newGazetteer(halves[h].entries(), tokenizeForm)
		halfModels[h] = &hm
	}
	var sents []trainSent
	var s sentence
	starts := map[string]bool{}
	inside, seen := map[string]int{}, map[string]int{}
	var feats [numStatic]uint32
	for i, d := range docs {
		ss, toks := segmentText(d.Text)
		reps := 1
		if d.Source == "bsnlp" {
			reps = o.BSNLPWeight
		}
		sentenceTokens(ss, toks, func(st []litopys.Token) {
			var lemma func(int) uint64
			if o.Lemmatize != nil {
				lemma = func(k int) uint64 {
					if st[k].Kind != litopys.TokenWord {
						return 0 // the pipeline lemmatises words only
					}
					if l, _ := o.Lemmatize(st[k].Text, d.Lang); l != "" {
						return hashString(l)
					}
					return 0
				}
			}
			s.analyze(halfModels[i%2], st, d.Lang, lemma, o.Classify)
			ts := trainSent{
				feats: make([]uint32, 0, len(st)*numStatic),
				info:  slices.Clone(s.info[:len(st)]),
				gold:  goldTags(st, d.Mentions, nil),
				salt:  s.salt(),
			}
			for k := range st {
				s.features(k, &feats)
				ts.feats = append(ts.feats, feats[:]...)
				if pos := (int(ts.gold[k]) - 1) % 4; ts.gold[k] != 0 && (pos == 0 || pos == 3) && s.info[k].flags&(flagCap|flagAllCaps) == 0 {
					starts[strings.ToLower(st[k].Text)] = true
				}
				if pos := (int(ts.gold[k]) - 1) % 4; ts.gold[k] != 0 && (pos == 1 || pos == 2) && s.info[k].flags&(flagCap|flagAllCaps) == 0 {
					inside[strings.ToLower(st[k].Text)]++
				}
				if s.info[k].flags&(flagCap|flagAllCaps) == 0 {
					seen[strings.ToLower(st[k].Text)]++
				}
			}
			for range reps {
				sents = append(sents, ts)
			}
		})
	}
	if m.beam = o.Beam; m.beam {
		m.weights = padRows(perceptronBeam(sents, o.Bits, o.Epochs, o.Seed))
	} else {
		m.weights = padRows(perceptron(sents, o.Bits, o.Epochs, o.Seed))
	}
	m.gaz = newGazetteer(m.gazList, tokenizeForm)
	for w := range starts {
		m.startList = append(m.startList, w)
	}
	slices.Sort(m.startList)
	// A word counts as able to stand inside a name when it does so often
	// enough: "в" of "Посольство России в США" does not, or every
	// mention before a "в" would run on.
	for w, n := range inside {
		if float64(n) >= o.InsideRatio*float64(seen[w]) {
			m.insideList = append(m.insideList, w)
		}
	}
	slices.Sort(m.insideList)
	m.setLex(clusters, true)
	if err := m.setCase(caseGz); err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	return m, nil
}
