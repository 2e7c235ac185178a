package temporal

import (
	"time"

	"github.com/litopys/litopys"
)

// Expr is a temporal expression found in a text and normalised: the
// document's layer type itself (see litopys.TimeExpr for its fields), so
// that Find's results are the document's times as they are. Find never
// sets Boilerplate or RemovedIndex; the pipeline does, for the removed
// date lines and bylines it reads.
type Expr = litopys.TimeExpr

// Options are what Find resolves expressions against.
type Options struct {
	// Published is the publication date; zero when unknown. At year or
	// month precision it fixes unwritten years but not relative phrases.
	Published litopys.Date
	// Lang is "ru", "uk" or "en"; "" reads all three. It only switches off
	// the few month forms that are other words in the other language.
	Lang string
	// Now is the clock for the weekday rule's search window (and the
	// century of "20-е годы") when there is no publication date; zero
	// means time.Now().
	Now time.Time
}

// Find returns the temporal expressions of text in order of position.
// sentences are the text's sentence spans (byte offsets, sorted); when nil
// Find splits sentences itself.
func Find(text string, sentences []litopys.Span, opt Options) []Expr {
	out, _ := find(text, sentences, opt)
	return out
}

// find is Find that also counts the tokens and expressions looked at
// beyond an expression's own few words (see TestFindLinear).
func find(text string, sentences []litopys.Span, opt Options) ([]Expr, int) {
	toks := tokenize(text, sentences, make([]token, 0, len(text)/6+8), opt.Lang)
	sc := scanner{text: text, toks: toks, lang: opt.Lang}
	cands := sc.find()
	if len(cands) == 0 {
		return nil, sc.steps
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	r := newResolver(text, toks, cands, opt)
	out := r.resolve()
	return out, sc.steps + r.steps
}
