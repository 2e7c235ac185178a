package story

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// event builds a dated event whose participants are entity ids, the first
// one the agent; its evidence is the span [at, at+10).
func event(typ, date string, at int, participants ...string) litopys.Event {
	gran := map[int]string{4: "year", 7: "month", 10: "day"}[len(date)]
	d, err := litopys.ParseTimex(date)
	if err != nil {
		panic(err)
	}
	ev := litopys.Event{Type: typ, Date: d, Granularity: gran, Evidence: litopys.Span{Start: at, End: at + 10},
		Text: fmt.Sprintf("%s %s", typ, date), Time: -1, Attribution: -1}
	for i, p := range participants {
		role := litopys.RolePatient
		if i == 0 {
			role = litopys.RoleAgent
		}
		ev.Participants = append(ev.Participants, litopys.Participant{Entity: p, Role: role})
	}
	return ev
}

func withEvents(id, lang string, evs ...litopys.Event) *litopys.Document {
	return &litopys.Document{ID: id, Lang: lang, Events: evs}
}

// render writes a row as "date granularity type [participants] <- doc:date@start ...".
func render(rows []Row) []string {
	var out []string
	for _, r := range rows {
		var src []string
		for _, s := range r.Sources {
			src = append(src, fmt.Sprintf("%s:%s@%d", s.Doc, s.Date, s.Evidence.Start))
		}
		out = append(out, fmt.Sprintf("%s %s %s %v <- %s", r.Date, r.Granularity, r.Type, r.Participants, strings.Join(src, " ")))
	}
	return out
}

func TestChronology(t *testing.T) {
	kim, putin, shoigu := "PER-Kim-Jong-Un", "PER-Vladimir-Putin", "PER-Sergei-Shoigu"
	nk, ru, us, cn := "GPE-North-Korea", "GPE-Russia", "GPE-USA", "GPE-China"
	tests := []struct {
		name string
		docs []*litopys.Document
		want []string
	}{
		{
			name: "a month-level report joins the day-level one of that month",
			docs: []*litopys.Document{
				withEvents("uk", "uk", event("meet", "2023-09-12", 100, kim, putin, "LOC-Vostochny")),
				withEvents("ru", "ru", event("meet", "2023-09", 50, ru, nk, kim, putin)),
			},
			want: []string{"2023-09-12 day meet [PER-Kim-Jong-Un PER-Vladimir-Putin LOC-Vostochny GPE-Russia GPE-North-Korea] <- uk:2023-09-12@100 ru:2023-09@50"},
		},
		{
			name: "the coarse report joins the day that shares most people",
			docs: []*litopys.Document{
				withEvents("uk", "uk", event("meet", "2023-09-08", 10, kim, cn, nk), event("meet", "2023-09-12", 100, kim, putin)),
				withEvents("ru", "ru", event("meet", "2023-09", 50, kim, putin, nk)),
			},
			want: []string{
				"2023-09-08 day meet [PER-Kim-Jong-Un GPE-China GPE-North-Korea] <- uk:2023-09-08@10",
				"2023-09-12 day meet [PER-Kim-Jong-Un PER-Vladimir-Putin GPE-North-Korea] <- uk:2023-09-12@100 ru:2023-09@50",
			},
		},
		{
			name: "different people on the same day are different events",
			docs: []*litopys.Document{
				withEvents("a", "ru", event("meet", "2023-09-12", 0, kim, putin)),
				withEvents("b", "ru", event("meet", "2023-09-12", 0, "PER-Antony-Blinken", "PER-Park-Jin")),
			},
			want: []string{
				"2023-09-12 day meet [PER-Kim-Jong-Un PER-Vladimir-Putin] <- a:2023-09-12@0",
				"2023-09-12 day meet [PER-Antony-Blinken PER-Park-Jin] <- b:2023-09-12@0",
			},
		},
		{
			name: "shared countries alone do not join reports naming different people",
			docs: []*litopys.Document{
				withEvents("a", "uk", event("visit", "2023-09-08", 0, nk, ru, putin), event("visit", "2023-09-08", 40, nk, ru, kim)),
			},
			want: []string{
				"2023-09-08 day visit [GPE-North-Korea GPE-Russia PER-Vladimir-Putin] <- a:2023-09-08@0",
				"2023-09-08 day visit [GPE-North-Korea GPE-Russia PER-Kim-Jong-Un] <- a:2023-09-08@40",
			},
		},
		{
			name: "reports of countries only join on two shared countries",
			docs: []*litopys.Document{
				withEvents("a", "uk", event("sanction", "2023-08-31", 0, us, ru, nk)),
				withEvents("b", "ru", event("sanction", "2023-08-31", 7, us, ru)),
				withEvents("c", "ru", event("sanction", "2023-08-31", 9, "GPE-UK", ru)),
			},
			want: []string{
				"2023-08-31 day sanction [GPE-USA GPE-Russia GPE-North-Korea] <- a:2023-08-31@0 b:2023-08-31@7",
				"2023-08-31 day sanction [GPE-UK GPE-Russia] <- c:2023-08-31@9",
			},
		},
		{
			name: "incompatible dates and other types stay apart, rows in date order",
			docs: []*litopys.Document{
				withEvents("a", "uk", event("visit", "2023-09-16", 0, kim, shoigu), event("visit", "2023-07", 20, shoigu, nk),
					event("meet", "2023-10", 30, kim, putin), event("meet", "2023-09-12", 40, kim, putin),
					event("meet", "", 50, kim, putin), event("meet", "XXXX-09-08", 60, kim, putin)),
			},
			want: []string{
				"2023-07 month visit [PER-Sergei-Shoigu GPE-North-Korea] <- a:2023-07@20",
				"2023-09-12 day meet [PER-Kim-Jong-Un PER-Vladimir-Putin] <- a:2023-09-12@40",
				"2023-09-16 day visit [PER-Kim-Jong-Un PER-Sergei-Shoigu] <- a:2023-09-16@0",
				"2023-10 month meet [PER-Kim-Jong-Un PER-Vladimir-Putin] <- a:2023-10@30",
			},
		},
		{
			name: "a year-level report joins the only compatible row; an interval counts from its start",
			docs: []*litopys.Document{
				withEvents("a", "ru", event("sanction", "2023-08-31/2023-09-02", 0, us, kim)),
				withEvents("b", "ru", event("sanction", "2023", 5, us, kim)),
			},
			want: []string{"2023-08-31 day sanction [GPE-USA PER-Kim-Jong-Un] <- a:2023-08-31/2023-09-02@0 b:2023@5"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(Chronology(tt.docs))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Chronology =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestForEntity(t *testing.T) {
	docs := []*litopys.Document{withEvents("a", "uk",
		event("visit", "2023-07", 0, "PER-Sergei-Shoigu", "GPE-North-Korea"),
		event("meet", "2023-09-12", 20, "PER-Kim-Jong-Un", "PER-Vladimir-Putin"),
		event("visit", "2023-09-16", 40, "PER-Kim-Jong-Un", "PER-Sergei-Shoigu"))}
	got := render(ForEntity(Chronology(docs), "PER-Sergei-Shoigu"))
	want := []string{
		"2023-07 month visit [PER-Sergei-Shoigu GPE-North-Korea] <- a:2023-07@0",
		"2023-09-16 day visit [PER-Kim-Jong-Un PER-Sergei-Shoigu] <- a:2023-09-16@40",
	}
	if !slices.Equal(got, want) {
		t.Errorf("ForEntity =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func FuzzEventDate(f *testing.F) {
	for _, s := range []string{"2023-09-12", "2023-09", "2023", "2023-SU", "2023-W37", "XXXX-09-08", "2023-09-12/2023-09-14", "", "2023-13-01", "/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		tx, err := litopys.ParseTimex(v)
		if err != nil {
			return
		}
		d, ok := tx.Date()
		if od, ook := stringDate(v); ok != ook || d != od {
			t.Errorf("%q: Date() = %v, %v; the string reading gave %v, %v", v, d, ok, od, ook)
		}
		if !ok {
			return
		}
		back, err := litopys.ParseDate(d.String())
		if err != nil || back != d {
			t.Errorf("eventDate(%q) = %v, which does not round-trip (%v, %v)", v, d, back, err)
		}
		rows := Chronology([]*litopys.Document{withEvents("a", "ru", event("meet", v, 0, "PER-A"), event("meet", v, 0, "PER-A"))})
		if len(rows) != 1 || len(rows[0].Sources) != 2 {
			t.Errorf("two reports of one statement dated %q give %v", v, render(rows))
		}
	})
}

// TestChronologyRowsBelong: rows come from reports naming the story's
// core; a guessed year does not split one event; reports with the same
// participants, type and date are one row however few they name.
func TestChronologyRowsBelong(t *testing.T) {
	merkel, putin, kyiv := "PER-Angela-Merkel", "PER-Vladimir-Putin", "GPE-Kyiv"
	guessed := func(ev litopys.Event, text string) *litopys.Document {
		d := withEvents("g", "ru", ev)
		d.Times = []litopys.TimeExpr{{Text: text, Rule: "published"}}
		d.Events[0].Time = 0
		return d
	}
	t.Run("a guessed year joins the written one", func(t *testing.T) {
		docs := []*litopys.Document{
			withEvents("w", "ru", event("meet", "2017-05-02", 0, merkel, putin)),
			guessed(event("meet", "2018-05-02", 5, merkel, putin), "2 мая"),
		}
		want := []string{"2017-05-02 day meet [PER-Angela-Merkel PER-Vladimir-Putin] <- w:2017-05-02@0 g:2018-05-02@5"}
		if got := render(Chronology(docs)); !slices.Equal(got, want) {
			t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
	t.Run("a written year stays apart", func(t *testing.T) {
		docs := []*litopys.Document{
			withEvents("w", "ru", event("meet", "2017-05-02", 0, merkel, putin)),
			guessed(event("meet", "2018-05-02", 5, merkel, putin), "2 мая 2018 года"),
		}
		if got := render(Chronology(docs)); len(got) != 2 {
			t.Errorf("got %q, want two rows", got)
		}
	})
	t.Run("the same participants, however few", func(t *testing.T) {
		docs := []*litopys.Document{
			withEvents("a", "uk", event("military", "2024-11-13", 0, kyiv)),
			withEvents("b", "ru", event("military", "2024-11-13", 9, kyiv)),
		}
		want := []string{"2024-11-13 day military [GPE-Kyiv] <- a:2024-11-13@0 b:2024-11-13@9"}
		if got := render(Chronology(docs)); !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("only reports naming the core", func(t *testing.T) {
		var docs []*litopys.Document
		for i := range 10 {
			docs = append(docs, withEvents(fmt.Sprint("d", i), "ru", event("meet", "2017-05-02", i, merkel, putin)))
		}
		docs = append(docs, withEvents("x", "ru", event("military", "2017-05-03", 0, "GPE-Syria")))
		core := CoreEntities(docs)
		if !slices.Contains(core, merkel) || !slices.Contains(core, "GPE-Syria") {
			t.Errorf("core %v: want the two people, and Syria among the eight most named", core)
		}
		rows := ChronologyOf(docs, []string{merkel})
		if len(rows) != 1 || rows[0].Type != "meet" || len(rows[0].Sources) != 10 {
			t.Errorf("rows %q, want the one meeting with 10 sources", render(rows))
		}
	})
}

// TestForEntitySummary: a merged row lists under an entity only if one of
// its reports names it, summarised by that report.
func TestForEntitySummary(t *testing.T) {
	a := event("meet", "2023-09-12", 0, "PER-Kim-Jong-Un", "PER-Vladimir-Putin")
	a.Text = "Kim and Putin met."
	b := event("meet", "2023-09-12", 5, "PER-Kim-Jong-Un", "PER-Vladimir-Putin", "LOC-Vostochny")
	b.Text = "They met at Vostochny."
	rows := Chronology([]*litopys.Document{withEvents("a", "uk", a), withEvents("b", "ru", b)})
	if len(rows) != 1 {
		t.Fatalf("rows %q, want one", render(rows))
	}
	got := ForEntity(rows, "LOC-Vostochny")
	if len(got) != 1 || got[0].Summary != "They met at Vostochny." {
		t.Errorf("ForEntity = %+v, want the row summarised by the report naming Vostochny", got)
	}
	if got := ForEntity(rows, "PER-Sergei-Shoigu"); len(got) != 0 {
		t.Errorf("ForEntity of someone no report names = %q", render(got))
	}
}

// BenchmarkChronologyLarge merges the reports of a story of 1,000 articles with
// ten dated events each (10,000 reports over two years, eight types).
func BenchmarkChronologyLarge(b *testing.B) {
	types := []string{"meet", "military", "statement", "court", "visit", "disaster", "vote", "accuse"}
	var docs []*litopys.Document
	for i := range 1000 {
		d := withEvents(fmt.Sprint("d", i), "ru")
		for j := range 10 {
			k := i*10 + j
			day := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, k%730)
			d.Events = append(d.Events, event(types[k%len(types)], day.Format("2006-01-02"), j*20, "PER-Lead", fmt.Sprintf("PER-p%d", k%3000)))
		}
		docs = append(docs, d)
	}
	for b.Loop() {
		if rows := Chronology(docs); len(rows) < 1000 {
			b.Fatalf("%d rows", len(rows))
		}
	}
}

// stringDate is how the chronology read an event's date while it was a
// string: the start of an interval, none for a partial date, a season or a
// week, else litopys.ParseDate. Timex.Date must agree with it.
func stringDate(v string) (litopys.Date, bool) {
	v, _, _ = strings.Cut(v, "/")
	if v == "" || strings.ContainsAny(v, "XW") {
		return litopys.Date{}, false
	}
	d, err := litopys.ParseDate(v)
	return d, err == nil
}

func TestTimexDateAsString(t *testing.T) {
	for _, v := range []string{"2023-09-12", "2023-09", "2023", "0000", "2023-SU", "XXXX-SU", "2025-Q1", "2024-H2", "2023-W37",
		"2015-W40-WE", "XXXX-WXX-3", "199X", "20", "XXXX-09-08", "XXXX-09", "2023-09-12/2023-09-14", "2014/2016",
		"2023-09-12T15:30", "T15:30", "2008-03-08/2008-03-09", "12345", "-2974", "-005", "2018-02-29", "2020-02-29", "2023-04-31"} {
		tx, err := litopys.ParseTimex(v)
		if err != nil {
			t.Errorf("ParseTimex(%q): %v", v, err)
			continue
		}
		d, ok := tx.Date()
		if od, ook := stringDate(v); ok != ook || d != od {
			t.Errorf("%q: Date() = %v, %v; the string reading gave %v, %v", v, d, ok, od, ook)
		}
	}
}
