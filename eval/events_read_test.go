package eval

import (
	"maps"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

const eventsGold = "testdata/events/timeline.json"

// TestReadEventsGold reads the 20-article events gold: its counts, the
// language and publication date of each article taken from its id, and
// the gold scored against itself is perfect.
func TestReadEventsGold(t *testing.T) {
	g, err := ReadEventsGold(eventsGold)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Timeline.Events) != 105 || len(g.Timeline.Attributions) != 66 || len(g.Docs) != 20 {
		t.Fatalf("read %d events, %d attributions, %d docs; want 105, 66, 20", len(g.Timeline.Events), len(g.Timeline.Attributions), len(g.Docs))
	}
	langs := map[string]int{}
	for _, d := range g.Docs {
		langs[d.Lang]++
		if d.Published.Precision != litopys.PrecisionDay || d.Title == "" || d.Body == "" {
			t.Errorf("%s: published %v, title %q, %d bytes of body", d.ID, d.Published, d.Title, len(d.Body))
		}
	}
	if !maps.Equal(langs, map[string]int{"ru": 10, "uk": 10}) {
		t.Errorf("languages %v, want 10 ru and 10 uk", langs)
	}
	if d := g.Docs[0]; d.ID != "ru01_ng_2003-11-17_1_stambul" || d.Published.String() != "2003-11-17" || d.Title != "Стамбул под двойным ударом" {
		t.Errorf("first doc %s published %v titled %q", d.ID, d.Published, d.Title)
	}
	texts := map[string]string{}
	for _, d := range g.Docs {
		texts[d.ID] = d.Body
	}
	self := ScoreTimeline(g.Timeline, asSystem(g.Timeline, texts))
	if self.Events.F1 != 1 || self.Dates.Accuracy != 1 || self.Participants.F1 != 1 || self.Attributions.F1 != 1 {
		t.Errorf("gold against itself: %+v", self)
	}
	// Every gold entity id of a document has forms in entities.tsv.
	for _, e := range g.Timeline.Events {
		for _, p := range e.Participants {
			if len(g.Forms[e.Doc][p]) == 0 {
				t.Errorf("%s: no forms for %s", e.Doc, p)
			}
		}
	}
}

func TestFormIDMap(t *testing.T) {
	text := "Министерство внутренней безопасности США заявило, что США готовы. Буш и Бушем."
	forms := map[string]map[string][]string{"d": {
		"ORG-DHS":           {"Министерство внутренней безопасности США"},
		"GPE-USA":           {"США"},
		"PER-George-W-Bush": {"Буш"},
	}}
	at := func(s string, nth int, id string) SpanMention {
		off := 0
		for i := 0; ; i++ {
			sp := formSpans(text[off:], s)
			if i == nth {
				return SpanMention{Start: off + sp[0].Start, End: off + sp[0].End, ID: id}
			}
			off += sp[0].End
		}
	}
	ms := map[string][]SpanMention{"d": {
		at("Министерство внутренней безопасности США", 0, "s-dhs"),
		at("США", 0, "s-usa"), // nested inside the ministry: the country
		at("США", 1, "s-usa"),
		at("Буш", 0, "s-bush"),
		at("Бушем", 0, "s-bush"),
		at("готовы", 0, "s-none"),
	}}
	got := FormIDMap(forms, map[string]string{"d": text}, ms)
	want := map[string]string{"s-dhs": "ORG-DHS", "s-usa": "GPE-USA", "s-bush": "PER-George-W-Bush"}
	if !maps.Equal(got, want) {
		t.Errorf("FormIDMap = %v, want %v", got, want)
	}
	// A form matches only at the start of a word.
	if sp := formSpans("Пруссия и Русь", "Рус"); len(sp) != 1 || sp[0].Start != len("Пруссия и ") {
		t.Errorf("formSpans = %v", sp)
	}
}

// TestParticipantReach: why a gold participant is missing from a system
// event's span — not named there, named but not recognised, recognised as
// another id, or recognised and left out by the role rules.
func TestParticipantReach(t *testing.T) {
	text := "Греция получит транш. В парламенте голосовали. Комиссия ЕС подпишет."
	forms := map[string]map[string][]string{"d": {"G": {"Греция"}, "P": {"парламенте"}, "EC": {"Комиссия ЕС"}, "EU": {"ЕС"}}}
	mentions := map[string][]SpanMention{"d": {
		{Start: 0, End: len("Греция"), ID: "s-greece"},
		{Start: strings.Index(text, "Комиссия ЕС"), End: strings.Index(text, "Комиссия ЕС") + len("Комиссия ЕС"), ID: "s-ec"},
	}}
	mapID := func(id string) string { return map[string]string{"s-greece": "G", "s-ec": "EC"}[id] }
	reach := ParticipantReach(forms, map[string]string{"d": text}, mentions, mapID)
	first := litopys.Span{Start: 0, End: strings.Index(text, " В ")}
	second := litopys.Span{Start: strings.Index(text, "В "), End: strings.Index(text, " Комиссия")}
	third := litopys.Span{Start: strings.Index(text, "Комиссия"), End: len(text)}
	for _, tt := range []struct {
		ev   litopys.Span
		gold string
		want string
	}{
		{first, "G", ReachNotChosen},
		{second, "G", ReachUnnamed},
		{second, "P", ReachUnrecog},
		{third, "EU", ReachMislinked},
	} {
		if got := reach("d", tt.ev, tt.gold); got != tt.want {
			t.Errorf("reach(%q, %s) = %q, want %q", text[tt.ev.Start:tt.ev.End], tt.gold, got, tt.want)
		}
	}
}
