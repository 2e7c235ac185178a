package temporal

import (
	"time"

	"github.com/litopys/litopys"
)

// Expr is a temporal expression found in a text and normalised.
type Expr struct {
	Start, End int    // byte offsets into the text given to Find
	Text       string // text[Start:End]
	// Value is the ISO 8601 (TIMEX3-like) value; see the package doc for
	// the forms. Empty for a relative phrase that could not be resolved.
	Value string
	// Granularity is "day", "month", "season", "quarter", "half", "year",
	// "week", "decade", "century", "interval" or "time".
	Granularity string
	// Date is the start date at its precision; zero when unresolved or
	// partial. A week's Date is its Monday (a weekend's its Saturday), a
	// season's, half's or decade's its first year, a night's the day it
	// ends in; a century has none.
	Date litopys.Date
	// Mod is "early", "mid" or "late" for "на початку серпня", "в конце
	// 2022 года", "mid-August"; empty otherwise.
	Mod string
	// Partial is set when the year is not written and cannot be fixed:
	// Value holds X for the unknown digits ("XXXX-09-08").
	Partial bool
	// Rule says how a year (or a day, for a bare weekday) that is not
	// written was resolved: "anchor", "published", "published-past",
	// "published-future", "weekday", "weekday-context"; empty when the
	// expression says it all.
	Rule string
	// Relative is set for expressions resolved from a relative phrase
	// ("вчера", "в четверг", "минулого тижня").
	Relative bool
}

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
