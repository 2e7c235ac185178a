package gold

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// ReadCoNLLUFile reads a CoNLL-U file, gzipped when its name ends in .gz.
// The corpus is named after the file (ru_gsd-ud-dev.conllu.gz -> ru_gsd)
// and its language is the name's prefix before "_".
func ReadCoNLLUFile(path string) (*Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read conllu: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("read conllu %s: %w", path, err)
		}
		defer z.Close()
		r = z
	}
	name := filepath.Base(path)
	if i := strings.Index(name, "-"); i > 0 {
		name = name[:i]
	} else {
		name = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".conllu")
	}
	lang, _, _ := strings.Cut(name, "_")
	c, err := ReadCoNLLU(r)
	if err != nil {
		return nil, fmt.Errorf("read conllu %s: %w", path, err)
	}
	c.Name, c.Lang = name, lang
	return c, nil
}

// trailingNumber is a sentence number at the end of a sentence id
// ("instagram-291_2", "xud--mahotin_04-50").
var trailingNumber = regexp.MustCompile(`[-_]?[0-9]+[a-z]?(_[0-9]+)?$`)

// ReadCoNLLU reads CoNLL-U sentences. Multi-word token lines and empty
// nodes are skipped: the syntactic words carry the lemmas. A sentence's
// document is the last "# newdoc id" seen or, without one, its sent_id
// less the trailing sentence number (see Split for sets without either).
func ReadCoNLLU(r io.Reader) (*Corpus, error) {
	c := &Corpus{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var cur Sentence
	newdoc, sentID := "", ""
	flush := func() {
		if len(cur.Tokens) > 0 {
			switch {
			case newdoc != "":
				cur.Doc = newdoc
			default:
				cur.Doc = trailingNumber.ReplaceAllString(sentID, "")
			}
			c.Sentences = append(c.Sentences, cur)
		}
		cur, sentID = Sentence{}, ""
	}
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case s == "":
			flush()
		case strings.HasPrefix(s, "#"):
			k, v, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(s, "#")), "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch {
			case ok && (k == "newdoc id" || k == "newdoc_id"):
				newdoc = v
			case ok && k == "sent_id":
				sentID = v
			}
		default:
			f := strings.Split(s, "\t")
			if len(f) != 10 {
				return nil, fmt.Errorf("line %d: %d fields, want 10", line, len(f))
			}
			if strings.ContainsAny(f[0], "-.") {
				continue
			}
			cur.Tokens = append(cur.Tokens, Token{Form: f[1], Lemma: f[2], UPOS: f[3]})
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return c, nil
}
