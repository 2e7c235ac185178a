package story

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// article builds an analysed document: the words of text become tokens
// lemmatised by lower-casing, and each entity id one mention in the lead.
func article(tb testing.TB, id, lang, date, text string, entities ...string) *litopys.Document {
	tb.Helper()
	d := &litopys.Document{ID: id, Lang: lang, Text: text}
	if date != "" {
		p, err := litopys.ParseDate(date)
		if err != nil {
			tb.Fatal(err)
		}
		d.Published = p
	}
	off := 0
	for _, w := range strings.Fields(text) {
		i := strings.Index(text[off:], w) + off
		d.Tokens = append(d.Tokens, litopys.Token{Start: i, End: i + len(w), Text: w, Lemma: strings.ToLower(w), Kind: litopys.TokenWord})
		off = i + len(w)
	}
	for _, e := range entities {
		typ, _, _ := strings.Cut(e, "-")
		if typ == "GPE" {
			typ = litopys.LOC
		}
		d.Mentions = append(d.Mentions, litopys.Mention{Text: e, Base: e, Type: typ, Entity: e})
	}
	return d
}
