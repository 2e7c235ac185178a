package ner

import (
	"strings"
	"unicode"

	"github.com/litopys/litopys"
)

// English news conventions the decoder keeps. The English training
// sentences come from an encyclopaedia whose names run over commas,
// brackets and common words ("Bożewo , Płońsk County", "D36 highway");
// news names do not, and BSNLP annotates "Portland" and "Maine" of
// "Portland, Maine" as two names. So in English a lower-case word or a
// punctuation mark ends an open mention unless it is one that stands inside
// news names: the connectors of "Bank of England", "Council on Foreign
// Relations", "AT&T", the dot of an initial ("Donald J. Trump", "George
// H.W. Bush") and the particles of Arabic, Dutch, French or Spanish names
// ("Omar Hassan al-Bashir", "Ludwig van Beethoven"). Unlike Russian and
// Ukrainian, where a word may go on with a name when the training names
// often hold it, English decides by this list alone: in the mixed training
// data the dot, say, is nearly always a sentence end, which would cut every
// initial.

// enConnector reports whether a lower-case English word or a punctuation
// mark can stand inside a name.
func enConnector(w string) bool {
	switch w {
	case "of", "the", "and", "for", "on", "upon", "de", "da", "del", "della", "der", "den", "van", "von", "du", "des",
		"di", "dos", "das", "la", "le", "y", "bin", "ibn", "bint", "abu", "ben", "-", "&", ".", "'s", "’s":
		return true
	}
	return enParticle(w)
}

// enParticle reports whether w is a hyphenated Arabic article before a
// capitalised name: "al-Bashir", "el-Sisi", "ad-Din".
func enParticle(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && startsUpper(rest) {
			return true
		}
	}
	return false
}

// enCommon reports whether an English token is a common word even though
// the gazetteer knows it: a word all in lower case that the gazetteer holds
// only as a whole one-word name ("office", "team" are mentions of the
// silver encyclopaedia data, where link texts make names of common nouns).
// A lower-case word inside a longer known name ("Bank of England") and a
// word with a capital inside ("iPhone", "eBay") stay names.
func enCommon(w string, gaz, gazStem uint8) bool {
	if strings.IndexFunc(w, unicode.IsUpper) >= 0 || strings.IndexFunc(w, unicode.IsLetter) < 0 {
		return false
	}
	single := func(g uint8) bool { return g == 0 || (g-1)%4 == 3 }
	return single(gaz) && single(gazStem)
}

// englishSpans appends sp, a span of English text over toks, after the
// English conventions. Before the title and possessive rules of
// englishSpan it splits a span at a possessive inside it:
//   - before a lower-case word the name ends at the possessive ("Tony
//     Abbott’s office" → "Tony Abbott");
//   - before a capitalised word, when the words before the possessive are
//     a whole known name, they are one name and the rest another ("New
//     Zealand’s Northland", "the BBC's North America editor"); otherwise
//     the possessive belongs to the name ("Christ's College", "St John's
//     Wood").
//
// Titles after a name are dropped ("U.S. ambassador", "Russian
// President"): a word of office is not part of a name (BSNLP).
func (t *Tagger) englishSpans(out []Span, text string, toks []litopys.Token, sp Span) []Span {
	for k := 0; k+1 < len(toks) && toks[k].End < sp.End; k++ {
		e := possessive(toks[k].Text)
		if e < 0 {
			continue
		}
		head := Span{Start: sp.Start, End: toks[k].Start + e, Type: sp.Type}
		if !startsUpper(toks[k+1].Text) {
			return t.englishSpans(out, text, toks[:k+1], head)
		}
		if typ, ok := t.knownName(text, toks[:k+1], head.End); ok {
			head.Type = typ
			out = t.englishSpans(out, text, toks[:k+1], head)
			rest := Span{Start: toks[k+1].Start, End: sp.End, Type: sp.Type}
			if typ, ok := t.knownName(text, toks[k+1:], sp.End); ok {
				rest.Type = typ
			}
			return t.englishSpans(out, text, toks[k+1:], rest)
		}
	}
	for len(toks) > 1 && titles[strings.ToLower(toks[len(toks)-1].Text)] && !enConnector(toks[len(toks)-2].Text) {
		toks = toks[:len(toks)-1] // "Department of Justice" keeps its head
		sp.End = toks[len(toks)-1].End
	}
	return t.englishSpan(out, text, toks, sp)
}

// knownName reports the type of text from toks[0] to end when the
// gazetteer holds it as one whole name.
func (t *Tagger) knownName(text string, toks []litopys.Token, end int) (string, bool) {
	h := uint64(gazSeed)
	var wi wordInfo
	for _, tk := range toks {
		analyze(text[tk.Start:min(tk.End, end)], &wi)
		h = pair(h, wi.lower)
	}
	v := t.m.gaz.exact[h] & gazTypeBit
	if v == 0 {
		return "", false
	}
	return typeNames[v-1], true
}
