package gold

import (
	"fmt"
	"hash/fnv"
)

// HeldOutShare is the share of documents held out: a document is held out
// when the FNV-1a hash of its corpus and name is 0 modulo HeldOutShare.
// It was fixed before any tuning and must not change.
const HeldOutShare = 5

// blockSize is the length of the pseudo-documents that long or unnamed
// documents are cut into (see docKey).
const blockSize = 20

// HeldOut reports whether the sentence at index i of c is in the held-out
// part.
func HeldOut(c *Corpus, i int) bool {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s\x00%s", c.Name, docKey(c, i))
	return h.Sum32()%HeldOutShare == 0
}

// docKey names the document of sentence i. Sets whose sentence ids carry
// no document (ru_gsd: "dev-s17"; ru_taiga's "instagram-N" and
// "poetry-rnc-abstract-N", one id per post or poem line) are cut into
// blocks of blockSize consecutive sentences, each a document; the blocks
// are counted from the document's first sentence, so a block never spans
// two documents.
func docKey(c *Corpus, i int) string {
	doc := c.Sentences[i].Doc
	if c.Name == "bruk" || c.Name == "uk_iu" {
		return doc
	}
	start := i
	for start > 0 && c.Sentences[start-1].Doc == doc {
		start--
	}
	return fmt.Sprintf("%s#%d", doc, (i-start)/blockSize)
}

// Split returns the training and held-out parts of c.
func Split(c *Corpus) (train, heldOut *Corpus) {
	train = &Corpus{Name: c.Name, Lang: c.Lang}
	heldOut = &Corpus{Name: c.Name, Lang: c.Lang}
	for i, s := range c.Sentences {
		if HeldOut(c, i) {
			heldOut.Sentences = append(heldOut.Sentences, s)
		} else {
			train.Sentences = append(train.Sentences, s)
		}
	}
	return train, heldOut
}

// DevFolds is the number of development folds of a training part.
const DevFolds = HeldOutShare

// DevSplit returns fold k (0 <= k < DevFolds) of the development split of
// c's training part: a training sentence is in dev when the FNV-1a hash
// of "<corpus>/dev" and its document is k modulo DevFolds, in train
// otherwise. Design choices are compared by training on train and scoring
// dev, over every fold (cross-validation on the training part); the
// held-out part is in neither.
func DevSplit(c *Corpus, k int) (train, dev *Corpus) {
	train = &Corpus{Name: c.Name, Lang: c.Lang}
	dev = &Corpus{Name: c.Name, Lang: c.Lang}
	for i, s := range c.Sentences {
		switch {
		case HeldOut(c, i):
		case devFold(c, i) == k:
			dev.Sentences = append(dev.Sentences, s)
		default:
			train.Sentences = append(train.Sentences, s)
		}
	}
	return train, dev
}

func devFold(c *Corpus, i int) int {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s/dev\x00%s", c.Name, docKey(c, i))
	return int(h.Sum32() % DevFolds)
}
