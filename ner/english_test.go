package ner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestEnglishConventions applies the English news conventions to spans a
// model could give (marked [text|TYPE] in the input) and compares the
// whole output.
func TestEnglishConventions(t *testing.T) {
	tg := &Tagger{m: &model{gaz: newGazetteer([]gazEntry{
		{Form: "new zealand", Type: typeIndex(litopys.LOC)},
		{Form: "bbc", Type: typeIndex(litopys.ORG)},
		{Form: "north america", Type: typeIndex(litopys.LOC)},
	}, tokenizeForm)}}
	for _, tc := range []struct{ name, in, want string }{
		{"possessive before a common noun", "[Tony Abbott’s office|PER] said so.", "[Tony Abbott|PER]"},
		{"known name before a possessive", "in [New Zealand’s Northland|ORG] today", "[New Zealand|LOC] [Northland|ORG]"},
		{"known name, known rest", "the [BBC's North America|ORG] editor", "[BBC|ORG] [North America|LOC]"},
		{"possessive inside a name", "at [Christ's College|ORG] now", "[Christ's College|ORG]"},
		{"title with a dot", "said [Mr. Bashir|ORG] today", "[Bashir|PER]"},
		{"title after a name", "the [U.S. ambassador|ORG] said", "[U.S.|ORG]"},
		{"nationality and title", "the [Russian President|ORG] said", ""},
		{"head of a department kept", "the [Department of Justice|ORG] said", "[Department of Justice|ORG]"},
		{"sentence dot dropped", "He went to [the Ministry.|ORG]", "[the Ministry|ORG]"},
		{"initial joins the surname", "by [Donald J.|PER] Trump", "[Donald J. Trump|PER]"},
		{"initials join the next span", "[George H.W|PER]. [Bush|ORG] won", "[George H.W. Bush|PER]"},
		{"a lone initial joins nothing", "plan [B|PER] failed", "[B|PER]"},
		{"honorific retypes", "Mr [Obama|ORG] said", "[Obama|PER]"},
		{"honorific begins a person", "Mrs May met Dr. Watson’s aide.", "[May|PER] [Watson|PER]"},
		{"plural demonym", "Tunisians voted.", "[Tunisians|PER]"},
		{"singular demonym is no name", "Tunisian voters", ""},
		{"name and event head", "the [Gaza|LOC] conflict", "[Gaza conflict|EVT]"},
		{"nationality and event head", "the Israeli election", "[Israeli election|EVT]"},
		{"modifier before the head", "the [Madrid|LOC] peace talks", "[Madrid peace talks|EVT]"},
		{"talks as a verb", "[Obama|PER] talks to us", "[Obama|PER]"},
		{"no name before the head", "Tuesday’s parliamentary elections", ""},
		{"name ending in an event head", "the [Arab Spring|LOC] came", "[Arab Spring|EVT]"},
		{"organisation head", "shares of [Alibaba Group|LOC] rose", "[Alibaba Group|ORG]"},
		{"no organisation head for a bank", "in the [West Bank|LOC] today", "[West Bank|LOC]"},
		{"title beginning an organisation", "a [Major League Baseball|ORG] player", "[Major League Baseball|ORG]"},
		{"title beginning a place", "in [Saint Croix National Scenic Riverway|LOC] now", "[Saint Croix National Scenic Riverway|LOC]"},
		{"regional demonym is an adjective", "the [North African|LOC] nation and [South Korean|ORG] leaders", ""},
		{"plural regional demonym", "[North Koreans|LOC] fled", "[North Koreans|PER]"},
		{"region itself stays", "in [South Africa|LOC] now", "[South Africa|LOC]"},
		{"particle after a name", "against [Omar Hassan|PER] al-Bashir, and", "[Omar Hassan al-Bashir|PER]"},
		{"particle and surname", "[Osama|PER] bin Laden’s men and [Vincent|PER] van Gogh", "[Osama bin Laden|PER] [Vincent van Gogh|PER]"},
		{"particle of a place is none of a person's", "[Paris|LOC] de Gaulle", "[Paris|LOC]"},
		{"organisation head, connector, name", "at the [Bagnoud Center|ORG] for [Health and Human Rights|ORG] at", "[Bagnoud Center for Health and Human Rights|ORG]"},
		{"no head, no join", "the [Apple|ORG] of [Eden|LOC]", "[Apple|ORG] [Eden|LOC]"},
		{"model suffix makes a product", "the [Meta Quest Pro|ORG] and [Pro|ORG]", "[Meta Quest Pro|PRO] [Pro|ORG]"},
		{"department word inside a name", "the [Council on Foreign Relations|ORG] said", "[Council on Foreign Relations|ORG]"},
		{"department and office", "[Foreign Minister Sergei Lavrov|ORG] said", "[Sergei Lavrov|PER]"},
		{"title of office before a name typed ORG", "[President Joe Biden|ORG] said", "[Joe Biden|PER]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, spans := parseMarked(tc.in)
			_, toks := segmentText(text)
			got := tg.conventions(text, toks, spans, "en")
			var b []string
			for _, sp := range got {
				b = append(b, fmt.Sprintf("[%s|%s]", text[sp.Start:sp.End], sp.Type))
			}
			if g := strings.Join(b, " "); g != tc.want {
				t.Errorf("%q: got %q, want %q", tc.in, g, tc.want)
			}
		})
	}
}

// parseMarked returns the text of s without its [text|TYPE] marks and the
// marked spans.
func parseMarked(s string) (string, []Span) {
	var b strings.Builder
	var spans []Span
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			b.WriteString(s)
			return b.String(), spans
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ']') + i
		form, typ, _ := strings.Cut(s[i+1:j], "|")
		spans = append(spans, Span{Start: b.Len(), End: b.Len() + len(form), Type: typ})
		b.WriteString(form)
		s = s[j+1:]
	}
}

func TestEnglishMisc(t *testing.T) {
	for form, want := range map[string]string{
		"World War II":         "EVT",
		"2008 Summer Olympics": "EVT",
		"French Revolution":    "EVT",
		"American":             "",
		"African American":     "",
		"Nobel Prize":          "",
		"Grace":                "",
		"iPhone":               "PRO",
		"Star Wars":            "PRO",
		"Boeing 747":           "PRO",
		"lower case":           "",
	} {
		if got := englishMisc(form); got != want {
			t.Errorf("englishMisc(%q) = %q, want %q", form, got, want)
		}
	}
}

func TestEnglishWords(t *testing.T) {
	for _, tc := range []struct {
		w         string
		connector bool
	}{{"of", true}, {".", true}, {"al-Bashir", true}, {"el-Sisi", true}, {"al-qaeda", false}, {"office", false}, {",", false}} {
		if got := enConnector(tc.w); got != tc.connector {
			t.Errorf("enConnector(%q) = %v", tc.w, got)
		}
	}
	u := uint8(1 + 4*1 + 3) // a one-word ORG
	b := uint8(1 + 4*1 + 0) // the first word of a longer ORG
	for _, tc := range []struct {
		w        string
		gaz      uint8
		isCommon bool
	}{{"office", u, true}, {"office", 0, true}, {"of", b, false}, {"iPhone", u, false}, {".", 0, false}} {
		if got := enCommon(tc.w, tc.gaz, 0); got != tc.isCommon {
			t.Errorf("enCommon(%q, %d) = %v", tc.w, tc.gaz, got)
		}
	}
}

func TestEnglishNameWord(t *testing.T) {
	for w, want := range map[string]bool{"Florida": true, "D36": true, "of": true, "al-Bashir": true, "&": true,
		",": false, "(": false, "highway": false, "bishop": false} {
		if got := EnglishNameWord(w); got != want {
			t.Errorf("EnglishNameWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNeverNamesWithPossessive: a weekday or a pronoun with an English
// possessive is still no name.
func TestNeverNamesWithPossessive(t *testing.T) {
	for _, text := range []string{"Wednesday’s", "Tuesday's", "Their"} {
		if got := appendSpan(nil, text, 0, len(text), 0); len(got) != 0 {
			t.Errorf("appendSpan(%q) = %v, want none", text, got)
		}
	}
	if got := appendSpan(nil, "Obama’s", 0, len("Obama’s"), 0); len(got) != 1 {
		t.Errorf("appendSpan(Obama’s) = %v, want one span", got)
	}
}
