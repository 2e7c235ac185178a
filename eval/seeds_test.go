package eval

import (
	"os"
	"testing"
)

// seedTimeline reads the seed gold timeline and the seed texts as a system
// would see them.
func seedTimeline(tb testing.TB) (Timeline, map[string]string) {
	tb.Helper()
	f, err := os.Open(shared(tb, "seeds/gold/timeline.json"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	tl, err := ReadTimeline(f)
	if err != nil {
		tb.Fatal(err)
	}
	texts := map[string]string{}
	for _, id := range []string{"000_d0670793ce43c562", "001_46e6aa277c86e90e"} {
		b, err := os.ReadFile(shared(tb, "seeds/"+id+".txt"))
		if err != nil {
			tb.Fatal(err)
		}
		texts[id] = string(b)
	}
	return tl, texts
}

// asSystem copies a gold timeline into the system shape, evidence as text.
func asSystem(tl Timeline, texts map[string]string) SystemTimeline {
	s := SystemTimeline{Texts: texts}
	for _, e := range tl.Events {
		s.Events = append(s.Events, SystemEvent{Doc: e.Doc, Date: e.Date, Granularity: e.Granularity, Type: e.Type,
			Participants: e.Participants, Evidence: e.Evidence, Source: e.Source})
	}
	for _, a := range tl.Attributions {
		s.Attributions = append(s.Attributions, SystemAttribution{Doc: a.Doc, Source: a.Source, Via: a.Via, Evidence: a.Evidence, Quote: a.Quote})
	}
	return s
}

func TestSeedTimeline(t *testing.T) {
	tl, texts := seedTimeline(t)
	if len(tl.Events) != 14 || len(tl.Attributions) != 9 {
		t.Fatalf("read %d events, %d attributions; want 14 and 9", len(tl.Events), len(tl.Attributions))
	}
	// Every gold evidence must be found in its seed text (some only with
	// the loose white-space match: the Ukrainian text has no-break spaces).
	for _, e := range tl.Events {
		if ev := newEvidenceFinder(texts[e.Doc], true).find(e.Evidence, nil); len(ev.spans) == 0 {
			t.Errorf("event evidence %q not found in %s", e.Evidence, e.Doc)
		}
	}
	for _, a := range tl.Attributions {
		if ev := newEvidenceFinder(texts[a.Doc], true).find(a.Evidence, nil); len(ev.spans) == 0 {
			t.Errorf("attribution evidence %q not found in %s", a.Evidence, a.Doc)
		}
	}

	self := ScoreTimeline(tl, asSystem(tl, texts))
	if self.Events.F1 != 1 || self.Dates.Accuracy != 1 || self.Attributions.F1 != 1 || self.Participants.F1 != 1 {
		t.Errorf("gold against itself: %+v", self)
	}

	// Shift the date of every third event by one unit of its granularity
	// and drop every fourth attribution.
	sys := asSystem(tl, texts)
	shifted := 0
	for i := range sys.Events {
		if i%3 != 0 {
			continue
		}
		d, err := dateAt(sys.Events[i].Date, sys.Events[i].Granularity)
		if err != nil {
			t.Fatal(err)
		}
		next := d.Time().AddDate(0, 1, 0)
		if d.Precision == "day" {
			next = d.Time().AddDate(0, 0, 1)
		}
		sys.Events[i].Date = next.Format("2006-01-02")[:len(d.String())]
		shifted++
	}
	var kept []SystemAttribution
	for i, a := range sys.Attributions {
		if i%4 != 0 {
			kept = append(kept, a)
		}
	}
	sys.Attributions = kept
	got := ScoreTimeline(tl, sys)
	n := len(tl.Events)
	if got.Events.F1 != 1 || got.Dates.Correct != n-shifted || got.Dates.Total != n {
		t.Errorf("shifted %d of %d dates: events %+v, dates %+v", shifted, n, got.Events, got.Dates)
	}
	if a := got.Attributions; a.P != 1 || a.MatchedGold != len(kept) || a.Gold != len(tl.Attributions) {
		t.Errorf("kept %d of %d attributions: %+v", len(kept), len(tl.Attributions), a)
	}
}
