// Package gold reads the hand-annotated corpora that lemmas and parts of
// speech are learnt from and measured on: Universal Dependencies treebanks
// (CoNLL-U) and BRUK's disambiguated Ukrainian (JSON lines, VESUM tags). It
// maps both tag sets to UD's universal parts of speech (UPOS) and splits
// every corpus by document into a training part and a held-out part, fixed
// by a hash of the document name so that the split never depends on what
// is tuned.
package gold

// Token is one word or punctuation mark with its gold lemma and universal
// part of speech.
type Token struct {
	Form, Lemma, UPOS string
	// Convention is set where the corpus lemmatises by another convention
	// than UD's: BRUK gives a converb (advp: беручи) itself as lemma, UD
	// the infinitive (брати). Such tokens are neither learnt from nor
	// scored.
	Convention bool
}

// Sentence is a run of tokens from one document.
type Sentence struct {
	Doc    string // document name (see Split)
	Tokens []Token
}

// Corpus is a named list of sentences in one language.
type Corpus struct {
	Name, Lang string
	Sentences  []Sentence
}

// Tokens counts the corpus's tokens.
func (c *Corpus) Tokens() int {
	n := 0
	for _, s := range c.Sentences {
		n += len(s.Tokens)
	}
	return n
}
