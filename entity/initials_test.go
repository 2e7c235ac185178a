package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestExtendInitials: a person takes in the initials before the surname,
// also when the tagger started the span at the initial's full stop; an
// organisation does not.
func TestExtendInitials(t *testing.T) {
	text := "Сказав А . Кубилюс і В . К . Пучінський , а також Б . ООН ."
	doc := &litopys.Document{Text: text, Lang: "uk", Tokens: words(text)}
	for i := range doc.Tokens {
		if doc.Tokens[i].Text == "." { // the initials' full stops are glued to their letters
			doc.Tokens[i].Start, doc.Tokens[i].End = doc.Tokens[i-1].End, doc.Tokens[i-1].End+1
		}
	}
	at := func(s string) int { return strings.Index(text, s) }
	spans := []Span{
		{Start: doc.Tokens[2].Start, End: at("Кубилюс") + len("Кубилюс"), Type: litopys.PER},
		{Start: at("Пучінський"), End: at("Пучінський") + len("Пучінський"), Type: litopys.PER},
		{Start: at("ООН"), End: at("ООН") + len("ООН"), Type: litopys.ORG},
	}
	got := extendInitials(doc, spans)
	var s []string
	for _, sp := range got {
		s = append(s, text[sp.Start:sp.End])
	}
	if want := "А . Кубилюс|В . К . Пучінський|ООН"; strings.Join(s, "|") != want {
		t.Errorf("spans\n got %q\nwant %q", strings.Join(s, "|"), want)
	}
}
