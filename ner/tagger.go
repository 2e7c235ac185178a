package ner

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
	nermodel "github.com/litopys/litopys/ner/model"
)

// Span is a recognised mention: byte offsets [Start, End) into the text and
// the type (litopys.PER, ORG, LOC, EVT or PRO). It is the linker's input as
// it is (entity.Span names the same type).
type Span = litopys.NameSpan

// Tagger finds named entities. It is safe for concurrent use.
type Tagger struct {
	m        *model
	classify WordClasser
	pool     sync.Pool // *scratch
}

// scratch is the per-call working memory.
type scratch struct {
	sent  sentence
	words wordCache
	// spanScores is retype's scratch space.
	spanScores [][numTags]int32
	tags       []int
	doc        docState
	beam       beamSearch[int32]
}

// Load returns the tagger with the embedded model.
func Load() (*Tagger, error) {
	if len(nermodel.NER) == 0 {
		return nil, litopys.Errorf(litopys.EINTERNAL, "ner: no embedded model")
	}
	m, err := readModel(nermodel.NER, nermodel.Clusters)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	return newTagger(m), nil
}

// Read returns the tagger of a model file written by Train or
// (*Tagger).Write, with the embedded word clusters.
func Read(modelGz []byte) (*Tagger, error) {
	m, err := readModel(modelGz, nermodel.Clusters)
	if err != nil {
		return nil, fmt.Errorf("ner: read: %w", err)
	}
	return newTagger(m), nil
}

// Write writes the tagger's model in the format of ner.bin.gz.
func (t *Tagger) Write(w io.Writer) error {
	if err := writeModel(w, t.m); err != nil {
		return fmt.Errorf("ner: write: %w", err)
	}
	return nil
}

// WithClasses returns a tagger that shares t's model and asks classify
// for the dictionary class of capitalised words; a model trained with
// TrainOptions.Classify needs it (the pipeline passes morph's).
func (t *Tagger) WithClasses(classify WordClasser) *Tagger {
	return &Tagger{m: t.m, classify: classify}
}

// UsesClasses reports whether the model was trained with word classes.
func (t *Tagger) UsesClasses() bool { return t.m.useClass }

func newTagger(m *model) *Tagger {
	return &Tagger{m: m}
}

// Tag returns the entity mentions in text, in order and without overlap.
// tokens are the text's tokens (byte offsets into text, in order);
// sentences, if given, bound the context the tagger looks at; a token's
// Lemma is used when the model was trained with lemmas. lang is "ru", "uk"
// or "en".
func (t *Tagger) Tag(text string, tokens []litopys.Token, sentences []litopys.Span, lang string) []Span {
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer t.pool.Put(sc)
	sc.doc.reset(len(tokens))
	i := 0
	for _, s := range sentences {
		if i < len(tokens) && tokens[i].Start < s.Start {
			j := i
			for j < len(tokens) && tokens[j].Start < s.Start {
				j++
			}
			t.tagSentence(sc, tokens, i, j, lang)
			i = j
		}
		j := i
		for j < len(tokens) && tokens[j].Start < s.End {
			j++
		}
		t.tagSentence(sc, tokens, i, j, lang)
		i = j
	}
	if i < len(tokens) {
		t.tagSentence(sc, tokens, i, len(tokens), lang)
	}
	sc.doc.propagate()
	return t.conventions(text, tokens, appendSpans(nil, text, tokens, sc.doc.tags), lang)
}

// tagSentence tags tokens[from:to] into sc.doc.
func (t *Tagger) tagSentence(sc *scratch, tokens []litopys.Token, from, to int, lang string) {
	if from >= to {
		return
	}
	toks := tokens[from:to]
	var lemma func(int) uint64
	if t.m.useLemma {
		lemma = func(i int) uint64 {
			if l := toks[i].Lemma; l != "" {
				return hashString(l)
			}
			return 0
		}
	}
	sc.sent.analyze(t.m, toks, lang, lemma, t.classify)
	if t.m.beam {
		sc.tags = t.m.decodeBeam(&sc.sent, len(toks), sc.tags, &sc.beam)
	} else {
		sc.tags = t.m.decode(&sc.sent, len(toks), sc.tags, &sc.words)
		if lang == "en" {
			t.m.retype(&sc.sent, len(toks), sc.tags, &sc.spanScores)
		}
	}
	copy(sc.doc.tags[from:to], sc.tags)
	for k := range toks {
		sc.doc.stem[from+k] = sc.sent.info[k].stem
		sc.doc.flags[from+k] = sc.sent.info[k].flags
	}
}

// appendSpans turns BILOU tags into spans.
func appendSpans(out []Span, text string, toks []litopys.Token, tags []int) []Span {
	start := -1
	for i, tag := range tags {
		if tag == 0 {
			start = -1
			continue
		}
		typ, pos := (tag-1)/4, (tag-1)%4
		switch pos {
		case 0:
			start = i
		case 3:
			out = appendSpan(out, text, toks[i].Start, toks[i].End, typ)
			start = -1
		case 2:
			if start >= 0 {
				out = appendSpan(out, text, toks[start].Start, toks[i].End, typ)
			}
			start = -1
		}
	}
	return out
}

func appendSpan(out []Span, text string, s, e, typ int) []Span {
	if s < 0 || e > len(text) || s >= e {
		return out
	}
	s, e = trimQuotes(text, s, e)
	s, e = trimPunct(text, s, e)
	if s >= e {
		return out
	}
	w := text[s:e]
	if p := possessive(w); p >= 0 {
		w = w[:p] // "Wednesday’s attack"
	}
	var lower [64]byte
	if neverNames[string(textcase.AppendLower(lower[:0], w))] {
		return out
	}
	return append(out, Span{Start: s, End: e, Type: typeNames[typ]})
}

// neverNames are words that are never a name by themselves, however
// capitalised: articles, pronouns and weekdays (BSNLP annotates none).
var neverNames = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "it": true, "he": true, "she": true, "we": true, "they": true,
	"i": true, "you": true, "his": true, "her": true, "its": true, "our": true, "their": true, "my": true, "your": true, "there": true, "here": true, "these": true, "those": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true, "суббота": true, "воскресенье": true,
	"сми": true, "зми": true,
	"понеділок": true, "вівторок": true, "середа": true, "четвер": true, "п'ятниця": true, "субота": true, "неділя": true,
}

// trimQuotes drops an unpaired quotation mark (and the space next to it)
// from either end of text[s:e]: "Нафтогаз»" is the name Нафтогаз, while
// «Северный поток» keeps its pair.
func trimQuotes(text string, s, e int) (int, int) {
	for range 2 {
		span := text[s:e]
		r, n := utf8.DecodeLastRuneInString(span)
		if closeQuote(r) && !strings.ContainsAny(span[:len(span)-n], openQuotes(r)) {
			e = s + len(strings.TrimRight(span[:len(span)-n], " "))
			continue
		}
		r, n = utf8.DecodeRuneInString(span)
		if openQuote(r) && !strings.ContainsAny(span[n:], closeQuotes(r)) {
			s += n + (len(span[n:]) - len(strings.TrimLeft(span[n:], " ")))
			continue
		}
		break
	}
	return s, e
}

// trimPunct drops punctuation a tagger took in at either end of text[s:e]
// (and the space next to it): a comma, semicolon or colon, an opening
// bracket left at the end ("Салман Тасир ("), a closing bracket without its
// opening one, and a sentence's full stop after a word of three letters or
// more ("Bild.", "Комісією."); the dot of an initial or an abbreviation
// stays ("Х.", "Б.В.", "Inc.").
func trimPunct(text string, s, e int) (int, int) {
	for s < e {
		span := text[s:e]
		r, n := utf8.DecodeLastRuneInString(span)
		rest := strings.TrimRight(span[:len(span)-n], " ")
		drop := false
		switch r {
		case ',', ';', ':', '(', '[':
			drop = true
		case ')':
			drop = !strings.Contains(rest, "(")
		case ']':
			drop = !strings.Contains(rest, "[")
		case '.':
			w := rest[strings.LastIndexAny(rest, " .-")+1:]
			drop = w != "" && sentenceDot(w)
		}
		if drop {
			e = s + len(rest)
			continue
		}
		r, n = utf8.DecodeRuneInString(span)
		if r == ',' || r == ';' || r == ':' || r == '.' || r == ')' || r == ']' {
			s += n + (len(span[n:]) - len(strings.TrimLeft(span[n:], " ")))
			continue
		}
		break
	}
	return s, e
}

func closeQuote(r rune) bool { return r == '»' || r == '”' || r == '"' || r == '“' }
func openQuote(r rune) bool  { return r == '«' || r == '„' || r == '"' || r == '“' }

// openQuotes returns the marks that can open a quote r closes.
func openQuotes(r rune) string {
	switch r {
	case '»':
		return "«"
	case '”', '“':
		return "“„\""
	}
	return "\"„“"
}

// closeQuotes returns the marks that can close a quote r opens.
func closeQuotes(r rune) string {
	switch r {
	case '«':
		return "»"
	case '„':
		return "“”\""
	}
	return "\"”“"
}
