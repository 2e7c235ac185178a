package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	if n := len(toks); n > 1 && toks[n-1].Text == "." && sentenceDot(toks[n-2].Text) {
		toks = toks[:n-1] // "the Ministry." ends a sentence; "Donald J." and "U.S." keep theirs
		sp.End = toks[n-2].End
	}
	for len(toks) > 1 && titles[strings.ToLower(toks[len(toks)-1].Text)] && !connectorWord(toks[len(toks)-2].Text) {
		toks = toks[:len(toks)-1] // "Department of Justice" keeps its head
		sp.End = toks[len(toks)-1].End
	}
	if len(toks) > 1 {
		switch last := strings.ToLower(toks[len(toks)-1].Text); {
		case enEvents[last]:
			sp.Type = litopys.EVT // "Arab Spring", "Gulf War", "World Cup"
		case enOrgHeads[last] && (sp.Type == litopys.LOC || sp.Type == litopys.PER) && startsUpper(toks[len(toks)-1].Text):
			sp.Type = litopys.ORG // "Alibaba Group", "Urban Institute"
		case productTails[toks[len(toks)-1].Text]:
			sp.Type = litopys.PRO // "Meta Quest Pro", "iPhone 15 Pro Max"
		}
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
	v := t.m.gaz.exact.at(h) & gazTypeBit
	if v == 0 {
		return "", false
	}
	return typeNames[v-1], true
}

// englishContext applies the English conventions that look beyond a span,
// to spans (in order, no overlap) of text with its tokens:
//   - a name right after an honorific or a title of office is a person
//     ("Mr. Bashir", "President Bush", "Sen. Warner"), whatever type the
//     model gave it, and a capitalised word there that no span covers
//     begins one;
//   - a capitalised plural word for the people of a country that no span
//     covers is a person (PER), as BSNLP counts "Tunisians".
func (t *Tagger) englishContext(spans []Span, text string, toks []litopys.Token) []Span {
	var add []Span
	si := 0
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		for si < len(spans) && spans[si].End <= tk.Start {
			si++
		}
		covered := si < len(spans) && spans[si].Start < tk.End
		if !covered && enEvents[tk.Text] && tk.Text != "spring" && tk.Text != "games" && tk.Text != "cup" {
			spans = t.englishEvent(spans, si, text, toks, i)
			continue
		}
		if covered || !startsUpper(tk.Text) {
			continue
		}
		lw := strings.ToLower(tk.Text)
		if honorifics[lw] {
			j := i + 1
			if j < len(toks) && toks[j].Text == "." && toks[j].Start == tk.End {
				j++
			}
			if j >= len(toks) || !startsUpper(toks[j].Text) || honorifics[strings.ToLower(toks[j].Text)] {
				continue
			}
			if si < len(spans) && spans[si].Start == toks[j].Start {
				spans[si].Type = litopys.PER // "Mr. Bashir" typed ORG
				continue
			}
			if si < len(spans) && spans[si].Start < toks[j].End {
				continue
			}
			k := j
			for k+1 < len(toks) && startsUpper(toks[k+1].Text) && (si >= len(spans) || toks[k+1].End <= spans[si].Start) {
				k++
			}
			if e := possessive(text[toks[j].Start:toks[k].End]); e >= 0 {
				add = append(add, Span{Start: toks[j].Start, End: toks[j].Start + e, Type: litopys.PER})
			} else {
				add = append(add, Span{Start: toks[j].Start, End: toks[k].End, Type: litopys.PER})
			}
			i = k
			continue
		}
		if stem, plural, ok := demonymStem(lw); ok && plural && countryWords().of(stem) {
			add = append(add, Span{Start: tk.Start, End: tk.End, Type: litopys.PER})
		}
	}
	return joinOrgs(joinParticles(joinInitials(addSpans(spans, add), text, toks), text, toks), text, toks)
}

// joinHead reports whether w is the capitalised head of an organisation's
// name that a complement may follow: the organisation heads and "Center"
// (which alone ends place names too: "Rockefeller Center").
func joinHead(w string) bool {
	l := strings.ToLower(w)
	return startsUpper(w) && (enOrgHeads[l] || l == "center" || l == "centre")
}

// joinOrgs joins an organisation whose name ends in its head and the name
// right after "for", "of" or "on" that completes it: "François-Xavier
// Bagnoud Center" + "for" + "Health and Human Rights", "Council" + "on" +
// "Foreign Relations" (the model often ends the name at the connector).
func joinOrgs(spans []Span, text string, toks []litopys.Token) []Span {
	out := spans[:0]
	ti := 0
	for si := 0; si < len(spans); si++ {
		sp := spans[si]
		for ti < len(toks) && toks[ti].Start < sp.End {
			ti++
		}
		for si+1 < len(spans) && sp.Type == litopys.ORG && ti > 0 && ti+1 < len(toks) &&
			joinHead(toks[ti-1].Text) &&
			(toks[ti].Text == "for" || toks[ti].Text == "of" || toks[ti].Text == "on") &&
			spans[si+1].Start == toks[ti+1].Start && toks[ti].Start-sp.End == 1 && toks[ti+1].Start-toks[ti].End == 1 &&
			spans[si+1].Type != litopys.PER {
			sp.End = spans[si+1].End
			si++
			for ti < len(toks) && toks[ti].Start < sp.End {
				ti++
			}
		}
		out = append(out, sp)
	}
	return out
}

// joinParticles extends a person's name over the particle and surname after
// it that no span covers: "Omar Hassan" + "al-Bashir", "Osama" + "bin
// Laden", "Vincent" + "van Gogh" (the particle is lower case, so the model
// often ends the name before it).
func joinParticles(spans []Span, text string, toks []litopys.Token) []Span {
	ti := 0
	for si := range spans {
		sp := &spans[si]
		for ti < len(toks) && toks[ti].Start < sp.End {
			ti++
		}
		if sp.Type != litopys.PER || ti >= len(toks) || toks[ti].Start-sp.End != 1 {
			continue
		}
		limit := len(text)
		if si+1 < len(spans) {
			limit = spans[si+1].Start
		}
		end := -1
		switch w := toks[ti].Text; {
		case enParticle(w) && toks[ti].End <= limit:
			end = toks[ti].End
		case nameParticles[w] && ti+1 < len(toks) && startsUpper(toks[ti+1].Text) && toks[ti+1].Start-toks[ti].End == 1 && toks[ti+1].End <= limit:
			end = toks[ti+1].End
		}
		if end < 0 {
			continue
		}
		if e := possessive(text[sp.Start:end]); e >= 0 {
			end = sp.Start + e
		}
		sp.End = end
	}
	return spans
}

// nameParticles are the lower-case words that stand between a person's
// first name and surname.
var nameParticles = map[string]bool{"bin": true, "ibn": true, "bint": true, "abu": true, "van": true, "von": true, "de": true,
	"da": true, "del": true, "della": true, "der": true, "den": true, "du": true, "di": true, "dos": true, "das": true, "le": true,
	"la": true, "ben": true}

// joinInitials extends a person's name that ends in an initial over the
// capitalised words after it: a name does not end in a middle initial
// ("Donald J." + "Trump", "George H.W." + "Bush", the surname typed
// otherwise or not at all). A span after the initial is taken in whole.
func joinInitials(spans []Span, text string, toks []litopys.Token) []Span {
	out := spans[:0]
	ti := 0
	for si := 0; si < len(spans); si++ {
		sp := spans[si]
		for ti < len(toks) && toks[ti].Start < sp.End {
			ti++
		}
		// toks[ti] is the first token after sp; the last token inside it
		// must be an initial, or its dot after one.
		k := ti - 1
		if k >= 0 && toks[k].Text == "." && k-1 >= 0 && toks[k-1].End == toks[k].Start {
			k--
		}
		if sp.Type != litopys.PER || k < 0 || toks[k].Start < sp.Start || !initial(toks[k].Text) || k == firstToken(toks, sp) {
			out = append(out, sp)
			continue
		}
		j := ti
		if j < len(toks) && toks[j].Text == "." && toks[j].Start == toks[j-1].End {
			j++
		}
		if j >= len(toks) || !startsUpper(toks[j].Text) || toks[j].Start-toks[j-1].End > 1 {
			out = append(out, sp)
			continue
		}
		end := toks[j].End
		if si+1 < len(spans) && spans[si+1].Start == toks[j].Start {
			end = spans[si+1].End
			si++
		} else if si+1 < len(spans) && spans[si+1].Start < toks[j].End {
			out = append(out, sp)
			continue
		}
		if e := possessive(text[sp.Start:end]); e >= 0 {
			end = sp.Start + e
		}
		sp.End = end
		out = append(out, sp)
	}
	return out
}

// initial reports whether w is an initial or a run of them: "J", "J.",
// "H.W", "H.W.".
func initial(w string) bool {
	for i, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		r, n := utf8.DecodeRuneInString(part)
		if n != len(part) || !unicode.IsUpper(r) || i > 3 {
			return false
		}
	}
	return true
}

// firstToken returns the index of the first token of sp.
func firstToken(toks []litopys.Token, sp Span) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].End > sp.Start })
}

// honorifics are the English titles that stand right before a person's
// name (lower case, without the dot).
var honorifics = wordSet(`mr mrs ms dr sir dame lord lady sen rep gov gen lt col capt sgt rev president president-elect
	vice-president senator governor mayor judge pope king queen prince princess chancellor premier minister ambassador
	congressman congresswoman sheikh ayatollah`)

// sentenceDot reports whether a dot after word ends a sentence rather than
// an abbreviation: after a word of three letters or more that is no
// company abbreviation.
func sentenceDot(word string) bool {
	if utf8.RuneCountInString(word) < 3 || strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	switch strings.ToLower(word) {
	case "inc", "corp", "ltd", "bros", "plc":
		return false
	}
	return true
}

// enEvents are the heads of English event names: a place, organisation or
// nationality right before one in lower case makes an event of the two
// ("Gaza conflict", "Israeli election", "Madrid peace talks"; not a person:
// "Obama talks", and not "spring", "games" or "cup" in lower case), and a
// name that ends in one is an event ("Arab Spring", "Gulf War").
var enEvents = wordSet(`election elections referendum war conflict summit talks crisis revolution uprising invasion
	olympics games championship cup pandemic epidemic massacre protests coup spring`)

// enEventModifiers may stand between the name and the head ("Madrid peace
// talks", "Syrian civil war").
var enEventModifiers = wordSet(`peace civil presidential parliamentary general nuclear trade gas border local snap
	world`)

// englishEvent makes an event of the lower-case head toks[h] and the name
// before it: the span that ends there (spans[si-1]) grows over the head, or
// a nationality word becomes the event's first word.
func (t *Tagger) englishEvent(spans []Span, si int, text string, toks []litopys.Token, h int) []Span {
	p := h - 1
	if p >= 0 && enEventModifiers[toks[p].Text] {
		p--
	} else if toks[h].Text == "talks" {
		return spans // "Obama talks to…": a verb
	}
	if p < 0 {
		return spans
	}
	if si > 0 && spans[si-1].End == toks[p].End && spans[si-1].Type != litopys.PER {
		spans[si-1].End, spans[si-1].Type = toks[h].End, litopys.EVT
		return spans
	}
	w := strings.ToLower(toks[p].Text)
	if stem, plural, ok := demonymStem(w); !ok || plural || !startsUpper(toks[p].Text) || !countryWords().of(stem) {
		return spans
	}
	ev := Span{Start: toks[p].Start, End: toks[h].End, Type: litopys.EVT}
	return slices.Insert(spans, si, ev)
}

// connectorWord reports whether w is a connector word ("of", "the"), not
// a mark.
func connectorWord(w string) bool {
	return enConnector(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// productTails are the capitalised last words of the names of products'
// models.
var productTails = map[string]bool{"Pro": true, "Max": true, "Plus": true, "Mini": true, "Ultra": true}

// enOrgHeads are the capitalised last words that make an English name an
// organisation whatever the model typed it. Not "Bank" ("West Bank"),
// "Union" ("Soviet Union"), "House" or "Office" ("White House", "Oval
// Office"), which end place names as often.
var enOrgHeads = wordSet(`party ministry agency commission committee parliament government council company corporation
	corp inc ltd llc plc co fund court service university college institute foundation association society
	organisation organization alliance assembly senate congress administration department embassy consulate police
	army navy group movement airlines airways motors holdings times post news journal`)

// EnglishNameWord reports whether an English token can stand inside a name
// under the news conventions the tagger keeps: a word with a capital or a
// digit, or a connector (enConnector). A gold mention of another corpus
// holding any other token ("Conch Key , Florida", "D36 highway") is one
// the tagger never outputs whole.
func EnglishNameWord(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) || enConnector(w)
}
