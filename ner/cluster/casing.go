package cluster

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/segment"
)

// CaseOptions configure BuildCase. Zero fields take the defaults in
// brackets.
type CaseOptions struct {
	DataDir  string // shared/data
	Out      string // the table file written (gzip'd text)
	Vocab    int    // words kept, by mid-sentence frequency [200000]
	MinCount int    // least mid-sentence frequency of a kept word [5]
}

// Casing is how a word is written in the middle of a sentence: Lower and
// Upper count its lower-case and capitalised occurrences (all-caps ones
// are not counted).
type Casing struct {
	Word         string // lower-cased
	Lower, Upper int64
}

// caseBuckets are the upper bounds of the lower-case share of each bucket
// but the last.
var caseBuckets = [...]float64{0.01, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99}

// NumCaseBuckets is how many values Bucket returns, 1 … NumCaseBuckets.
const NumCaseBuckets = len(caseBuckets) + 1

// Bucket returns the bucket (1 … NumCaseBuckets) of the share of a word's
// mid-sentence occurrences written in lower case: 1 for words nearly always
// capitalised (names), NumCaseBuckets for words nearly never capitalised.
func (c Casing) Bucket() int {
	r := float64(c.Lower) / float64(c.Lower+c.Upper)
	for i, b := range caseBuckets {
		if r < b {
			return i + 1
		}
	}
	return NumCaseBuckets
}

// caseCounter counts the casing of words that follow a word or a comma:
// there capitalisation is the writer's choice for the word, not the
// sentence's (a sentence start, a quotation or a heading capitalises
// anything).
type caseCounter struct {
	counts map[string]*[2]int64
	toks   []litopys.Token
}

func (c *caseCounter) add(text string) {
	for _, p := range segment.Paragraphs(text) {
		c.toks = segment.Tokens(c.toks[:0], text, p)
		for i := 1; i < len(c.toks); i++ {
			t, prev := c.toks[i], c.toks[i-1]
			if t.Kind != litopys.TokenWord || prev.Kind != litopys.TokenWord && prev.Text != "," {
				continue
			}
			r, _ := utf8.DecodeRuneInString(t.Text)
			if !unicode.IsLetter(r) {
				continue
			}
			upper := unicode.IsUpper(r)
			if upper && allCaps(t.Text) {
				continue
			}
			w := strings.ToLower(t.Text)
			n := c.counts[w]
			if n == nil {
				n = new([2]int64)
				c.counts[w] = n
			}
			if upper {
				n[1]++
			} else {
				n[0]++
			}
		}
	}
}

// allCaps reports whether a word has two letters or more, all upper-case.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// BuildCase counts how each word of the raw text (the texts Build reads) is
// written in mid-sentence and writes the table of the most frequent words
// to o.Out. It is deterministic.
func BuildCase(o CaseOptions) error {
	if o.Vocab == 0 {
		o.Vocab = 200000
	}
	if o.MinCount == 0 {
		o.MinCount = 5
	}
	c := &caseCounter{counts: map[string]*[2]int64{}}
	if err := eachText(o.DataDir, c.add); err != nil {
		return fmt.Errorf("cluster: build case: %w", err)
	}
	var out []Casing
	for w, n := range c.counts {
		if n[0]+n[1] >= int64(o.MinCount) {
			out = append(out, Casing{Word: w, Lower: n[0], Upper: n[1]})
		}
	}
	slices.SortFunc(out, func(a, b Casing) int {
		if d := cmp.Compare(b.Lower+b.Upper, a.Lower+a.Upper); d != 0 {
			return d
		}
		return strings.Compare(a.Word, b.Word)
	})
	out = out[:min(len(out), o.Vocab)]
	slices.SortFunc(out, func(a, b Casing) int { return strings.Compare(a.Word, b.Word) })
	if err := writeGz(o.Out, func(w io.Writer) error { return WriteCase(w, out) }); err != nil {
		return fmt.Errorf("cluster: build case: %w", err)
	}
	return nil
}

// WriteCase writes the table as "word<TAB>bucket" lines: the bucket is all
// the tagger uses, and it compresses far better than the counts.
func WriteCase(w io.Writer, table []Casing) error {
	for _, c := range table {
		if _, err := fmt.Fprintf(w, "%s\t%d\n", c.Word, c.Bucket()); err != nil {
			return err
		}
	}
	return nil
}

// ReadCase parses what WriteCase writes into a map from word to bucket.
func ReadCase(r io.Reader) (map[string]uint8, error) {
	out := map[string]uint8{}
	err := EachCase(r, func(word []byte, bucket uint8) { out[string(word)] = bucket })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachCase parses what WriteCase writes and calls f with each word and its
// bucket in the order of the lines, without building a map: word is valid
// only during the call.
func EachCase(r io.Reader, f func(word []byte, bucket uint8)) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		word, b, ok := bytes.Cut(sc.Bytes(), []byte{'\t'})
		if !ok || len(b) != 1 || b[0] < '1' || int(b[0]-'0') > NumCaseBuckets {
			return fmt.Errorf("cluster: read case: line %d: want word<TAB>bucket", n)
		}
		f(word, b[0]-'0')
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cluster: read case: %w", err)
	}
	return nil
}

// writeGz writes a gzip'd file with write.
func writeGz(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = zw.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
