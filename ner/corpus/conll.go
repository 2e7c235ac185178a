package corpus

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// CoNLLOptions select the sentences CoNLL reads.
type CoNLLOptions struct {
	Source, Lang string
	// Every keeps one sentence in Every (1 or 0: all), the first kept
	// being the first.
	Every int
	// SkipMisc drops the sentences with a MISC mention: MISC (wikineural)
	// mixes events, works, products and nationality adjectives, which the
	// BSNLP scheme types differently or not at all, so such a sentence
	// would teach wrong labels whatever MISC were mapped to.
	SkipMisc bool
	// MapMisc, when set, types each MISC mention by its text (EVT, PRO)
	// instead; "" drops the sentence, as SkipMisc does. With OnlyMisc only
	// the sentences with a MISC mention so typed are kept.
	MapMisc  func(form string) string
	OnlyMisc bool
}

// CoNLL reads a gzipped IOB2 file of `index<TAB>token<TAB>tag` lines with
// blank lines between sentences (wikiann, wikineural). Each kept sentence
// becomes a document whose text is its tokens joined by single spaces;
// PER, ORG and LOC are kept.
func CoNLL(path string, o CoNLLOptions) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: conll: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("corpus: conll %s: %w", path, err)
	}
	docs, err := readCoNLL(zr, o)
	if err != nil {
		return nil, fmt.Errorf("corpus: conll %s: %w", path, err)
	}
	return docs, nil
}

func readCoNLL(r io.Reader, o CoNLLOptions) ([]Doc, error) {
	every := max(o.Every, 1)
	var docs []Doc
	var toks, tags []string
	n := 0
	flush := func() {
		defer func() { toks, tags = toks[:0], tags[:0] }()
		if len(toks) == 0 {
			return
		}
		n++
		if (n-1)%every != 0 {
			return
		}
		d, ok := conllDoc(toks, tags, o)
		if !ok {
			return
		}
		d.ID = fmt.Sprintf("%s-%d", o.Source, n)
		d.Source, d.Topic, d.Lang = o.Source, o.Source, o.Lang
		docs = append(docs, d)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		toks = append(toks, f[1])
		tags = append(tags, f[2])
	}
	flush()
	return docs, sc.Err()
}

// conllDoc joins a sentence's tokens and turns its IOB2 tags into
// mentions; ok is false for a sentence skipped for MISC.
func conllDoc(toks, tags []string, o CoNLLOptions) (Doc, bool) {
	var b strings.Builder
	var ms []Mention
	open := -1
	openType := ""
	dropped, mapped := false, false
	closeAt := func(end int) {
		typ := openType
		if open >= 0 && typ == "MISC" && o.MapMisc != nil {
			typ = o.MapMisc(b.String()[open:end])
			dropped = dropped || typ == ""
			mapped = mapped || typ != ""
		}
		if open >= 0 && known(typ) {
			ms = append(ms, Mention{Start: open, End: end, Type: typ})
		}
		open, openType = -1, ""
	}
	end := 0
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(t)
		tag := tags[i]
		prefix, typ, _ := strings.Cut(tag, "-")
		if typ == "MISC" && o.SkipMisc && o.MapMisc == nil {
			return Doc{}, false
		}
		switch {
		case prefix == "B" || prefix == "I" && typ != openType:
			closeAt(end)
			open, openType = start, typ
		case prefix != "I":
			closeAt(end)
		}
		end = b.Len()
	}
	closeAt(end)
	if dropped || o.OnlyMisc && !mapped {
		return Doc{}, false
	}
	return Doc{Text: b.String(), Mentions: ms}, true
}
