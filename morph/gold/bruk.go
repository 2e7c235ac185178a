package gold

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// ReadBRUKFile reads BRUK's disambiguated corpus (disambig.jsonl.gz): one
// JSON object a line, {"file", "sentences": [[[token, lemma, tags], ...]]},
// with VESUM tags mapped to UPOS by VESUMToUPOS. Each sample ("file") is a
// document. Tokens that are XML markup left in the corpus (tag "xmltag")
// are dropped.
func ReadBRUKFile(path string) (*Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read bruk: %w", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read bruk %s: %w", path, err)
	}
	defer z.Close()
	c := &Corpus{Name: "bruk", Lang: "uk"}
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	line := 0
	for sc.Scan() {
		line++
		var rec struct {
			File      string       `json:"file"`
			Sentences [][][]string `json:"sentences"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("read bruk %s line %d: %w", path, line, err)
		}
		for _, s := range rec.Sentences {
			sent := Sentence{Doc: rec.File, Tokens: make([]Token, 0, len(s))}
			for _, t := range s {
				if len(t) != 3 || strings.HasPrefix(t[2], "xmltag") {
					continue
				}
				sent.Tokens = append(sent.Tokens, Token{Form: t[0], Lemma: t[1], UPOS: VESUMToUPOS(t[2]),
					Convention: strings.HasPrefix(t[2], "advp")})
			}
			if len(sent.Tokens) > 0 {
				c.Sentences = append(c.Sentences, sent)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read bruk %s: %w", path, err)
	}
	return c, nil
}

// VESUMToUPOS maps a VESUM tag ("noun:inanim:f:v_zna", "adj:m:v_rod:pron:dem")
// to the universal part of speech UD's Ukrainian treebank gives such words:
// pronominal nouns are PRON and pronominal adjectives DET, proper nouns
// PROPN, converbs (advp) VERB, coordinating and subordinating conjunctions
// CCONJ and SCONJ, uninflected predicatives and insertions (треба,
// мовляв) ADV, digits, dates and times NUM.
func VESUMToUPOS(tags string) string {
	parts := strings.Split(tags, ":")
	has := func(s string) bool {
		for _, p := range parts[1:] {
			if p == s {
				return true
			}
		}
		return false
	}
	switch parts[0] {
	case "noun":
		switch {
		case has("pron"):
			return "PRON"
		case has("prop"):
			return "PROPN"
		}
		return "NOUN"
	case "adj":
		if has("pron") {
			return "DET"
		}
		return "ADJ"
	case "verb", "advp":
		return "VERB"
	case "adv":
		return "ADV"
	case "prep":
		return "ADP"
	case "conj":
		if has("subord") {
			return "SCONJ"
		}
		return "CCONJ"
	case "part", "aprt":
		return "PART"
	case "numr":
		return "NUM"
	case "number", "date", "time":
		return "NUM"
	case "intj":
		return "INTJ"
	case "punct":
		return "PUNCT"
	case "symb":
		return "SYM"
	case "noninfl", "noinfl":
		if has("predic") || has("insert") {
			return "ADV"
		}
		return "X"
	}
	return "X" // unclass, unknown, hashtag
}
