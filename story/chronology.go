package story

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// Row is one event of a story's chronology with every article that
// reports it. Date and Granularity are those of the most precise report.
type Row struct {
	Date        litopys.Date `json:"date"`
	Granularity string       `json:"granularity"`
	Type        string       `json:"type"`
	Summary     string       `json:"summary"`
	Sources     []Source     `json:"sources"`
	// Participants are entity ids, in the order the reports name them.
	Participants []string `json:"participants"`
}

// Source is one report of an event: the article, where it says so, and
// whom the article attributes it to.
type Source struct {
	Doc    string `json:"doc"`
	Outlet string `json:"outlet,omitempty"`
	Lang   string `json:"lang,omitempty"`
	// Date and Granularity are the date as this article gives it (an
	// interval stays one; the row is dated by its start).
	Date        litopys.Timex `json:"date"`
	Granularity string        `json:"granularity"`
	Evidence    litopys.Span  `json:"evidence"`
	Text        string        `json:"text"`
	// Source and Via are the entity ids of the attribution.
	Source string `json:"source,omitempty"`
	Via    string `json:"via,omitempty"`
	// Participants are the entity ids this report names.
	Participants []string `json:"participants,omitempty"`
}

// summaryRunes bounds the length of a row's summary.
const summaryRunes = 240

// report is a dated event of one article, ready to be merged.
type report struct {
	src   Source
	typ   string
	date  litopys.Date
	parts []participant
	order int
	// guessed is set when the year was not written but taken from the
	// publication date ("в мае"): a row with the year written wins.
	guessed bool
}

// participant is an entity of a report with its weight in the overlap
// test.
type participant struct {
	id string
	w  int
}

// Chronology lists the dated events of the articles of one story in date
// order, keeping the reports that involve the story's core entities (see
// CoreEntities). Reports of the same event are merged into one row with
// several sources: same type, compatible dates (equal at the coarser
// precision: a month-level report joins a day-level one of that month) and
// enough shared participants (see overlap), or the same participants. A
// report whose year was only guessed from the publication date joins a
// row of the same day or month a year before or after it whose year is
// written, rather than opening a second row for one event. Undated events
// are left out.
func Chronology(docs []*litopys.Document) []Row {
	return ChronologyOf(docs, CoreEntities(docs))
}

// ChronologyOf is Chronology with the core given: a report must name at
// least one of core (nil: keep every report).
func ChronologyOf(docs []*litopys.Document, core []string) []Row {
	keep := func(r report) bool { return true }
	if core != nil {
		set := make(map[string]bool, len(core))
		for _, id := range core {
			set[id] = true
		}
		keep = func(r report) bool {
			return slices.ContainsFunc(r.parts, func(p participant) bool { return set[p.id] })
		}
	}
	var reps []report
	for _, d := range docs {
		for _, r := range reports(d, len(reps)) {
			if keep(r) {
				reps = append(reps, r)
			}
		}
	}
	// The most precise reports found the rows, written years before
	// guessed ones; coarser ones join them.
	sort.SliceStable(reps, func(i, j int) bool {
		if a, b := rank(reps[i].date.Precision), rank(reps[j].date.Precision); a != b {
			return a > b
		}
		return !reps[i].guessed && reps[j].guessed
	})
	var rows []*building
	byYear := map[string][]*building{} // type and year → rows, in creation order
	key := func(typ string, year int) string { return typ + "|" + strconv.Itoa(year) }
	for _, r := range reps {
		cands := byYear[key(r.typ, r.date.Year)]
		if r.guessed {
			cands = slices.Concat(byYear[key(r.typ, r.date.Year-1)], cands, byYear[key(r.typ, r.date.Year+1)])
			slices.SortFunc(cands, func(a, b *building) int { return a.n - b.n })
		}
		best := bestRow(cands, r)
		if best == nil {
			best = &building{row: Row{Date: r.date, Granularity: r.src.Granularity, Type: r.typ,
				Summary: clip(r.src.Text)}, date: r.date, first: r.order, guessed: r.guessed, n: len(rows)}
			rows = append(rows, best)
			k := key(r.typ, r.date.Year)
			byYear[k] = append(byYear[k], best)
		}
		best.row.Sources = append(best.row.Sources, r.src)
		for _, p := range r.parts {
			if !slices.ContainsFunc(best.parts, func(q participant) bool { return q.id == p.id }) {
				best.parts = append(best.parts, p)
				best.row.Participants = append(best.row.Participants, p.id)
			}
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if ta, tb := a.date.Time(), b.date.Time(); !ta.Equal(tb) {
			return ta.Before(tb)
		}
		if ra, rb := rank(a.date.Precision), rank(b.date.Precision); ra != rb {
			return ra < rb
		}
		return a.first < b.first
	})
	out := make([]Row, len(rows))
	for i, b := range rows {
		out[i] = b.row
	}
	return out
}

// building is a row being built.
type building struct {
	row     Row
	date    litopys.Date
	parts   []participant
	first   int
	guessed bool
	n       int // creation order
}

// bestRow returns the row a report joins, or nil; rows are the
// candidates of its type and year (and the years beside a guessed one),
// in creation order.
func bestRow(rows []*building, r report) *building {
	var best *building
	bestScore := 0
	for _, b := range rows {
		if b.row.Type != r.typ || !within(b.date, r.date) && !(r.guessed && !b.guessed && yearOff(b.date, r.date)) {
			continue
		}
		s := overlap(b.parts, r.parts)
		if s == 0 && sameIDs(b.parts, r.parts) {
			s = 1 // the same participants, however few
		}
		same := b.row.Sources[0].Doc == r.src.Doc && b.row.Sources[0].Evidence == r.src.Evidence
		if s == 0 && !same {
			continue
		}
		if same {
			s += 1000
		}
		if s > bestScore {
			best, bestScore = b, s
		}
	}
	return best
}

// yearOff reports whether a guessed date g is, but for a year either way,
// the written date f or within it: "в мае" read as 2018 is May 2017.
func yearOff(f, g litopys.Date) bool {
	for _, dy := range []int{-1, 1} {
		h := g
		h.Year += dy
		if within(f, h) {
			return true
		}
	}
	return false
}

func sameIDs(a, b []participant) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for _, p := range a {
		if !slices.ContainsFunc(b, func(q participant) bool { return q.id == p.id }) {
			return false
		}
	}
	return true
}

// reports returns the dated events of d; order numbers them from base.
func reports(d *litopys.Document, base int) []report {
	types := make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		types[e.ID] = e.Type
	}
	var out []report
	for _, ev := range d.Events {
		date, ok := ev.Date.Date()
		if !ok {
			continue
		}
		gran := ev.Granularity
		if gran == "" || gran == "interval" || gran == "time" {
			gran = string(date.Precision)
		}
		r := report{typ: ev.Type, date: date, order: base + len(out), guessed: guessedYear(d, ev), src: Source{Doc: d.ID,
			Outlet: d.Outlet, Lang: d.Lang, Date: ev.Date, Granularity: gran, Evidence: ev.Evidence, Text: ev.Text,
			Source: ev.Source, Via: ev.Via}}
		for _, p := range ev.Participants {
			if p.Entity != "" && !slices.ContainsFunc(r.parts, func(q participant) bool { return q.id == p.Entity }) {
				r.parts = append(r.parts, participant{p.Entity, weight(types[p.Entity], p)})
				r.src.Participants = append(r.src.Participants, p.Entity)
			}
		}
		out = append(out, r)
	}
	return out
}

// guessedYear reports whether the year of an event's date was taken from
// the publication date rather than written ("в мае", "12 сентября").
func guessedYear(d *litopys.Document, ev litopys.Event) bool {
	if ev.Time < 0 || ev.Time >= len(d.Times) {
		return false
	}
	t := d.Times[ev.Time]
	return strings.HasPrefix(t.Rule, "published") && !t.Relative && !hasYear(t.Text)
}

// hasYear reports whether s writes a year (four digits in a row).
func hasYear(s string) bool {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

func rank(p litopys.Precision) int {
	switch p {
	case litopys.PrecisionDay:
		return 3
	case litopys.PrecisionMonth:
		return 2
	case litopys.PrecisionYear:
		return 1
	}
	return 0
}

// within reports whether the coarser date c contains the finer date f.
func within(f, c litopys.Date) bool {
	if rank(c.Precision) > rank(f.Precision) || f.Year != c.Year {
		return false
	}
	switch c.Precision {
	case litopys.PrecisionDay:
		return f.Month == c.Month && f.Day == c.Day
	case litopys.PrecisionMonth:
		return f.Month == c.Month
	}
	return true
}

// clip shortens a summary to summaryRunes at a word boundary.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= summaryRunes {
		return s
	}
	r := []rune(s)[:summaryRunes]
	if i := strings.LastIndexByte(string(r), ' '); i > 0 {
		return string(r)[:i] + "…"
	}
	return string(r) + "…"
}
