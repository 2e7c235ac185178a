package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/litopys/litopys"
)

// Timeline is a gold timeline file (seeds/gold/timeline.json): dated events
// and attributions of a set of documents, each with the evidence substring of
// the document's clean text it rests on.
type Timeline struct {
	About        string              `json:"about,omitempty"`
	Events       []GoldEvent         `json:"events"`
	Attributions []GoldAttribution   `json:"attributions"`
	Boilerplate  map[string][]string `json:"boilerplate,omitempty"`
	Quantities   []Quantity          `json:"quantities,omitempty"`
}

// GoldEvent is a dated event. Date is ISO 8601 at Granularity ("day",
// "month", "year"); Participants and Source are gold entity ids.
type GoldEvent struct {
	Date         string   `json:"date"`
	Granularity  string   `json:"granularity"`
	Doc          string   `json:"doc"`
	Type         string   `json:"type"`
	Participants []string `json:"participants,omitempty"`
	Evidence     string   `json:"evidence"`
	Source       string   `json:"source,omitempty"`
}

// GoldAttribution says that Source (through Via, when given) reported or said
// what the document states; Quote is the quoted words when there are some.
type GoldAttribution struct {
	Doc      string `json:"doc"`
	Source   string `json:"source"`
	Via      string `json:"via,omitempty"`
	Evidence string `json:"evidence"`
	Quote    string `json:"quote,omitempty"`
}

// Quantity is a number stated in a document.
type Quantity struct {
	Doc           string  `json:"doc"`
	Evidence      string  `json:"evidence"`
	Value         float64 `json:"value"`
	InBoilerplate bool    `json:"in_boilerplate,omitempty"`
}

// ReadTimeline decodes and checks a gold timeline: every event and
// attribution needs a document and evidence, every event a date that
// parses at its granularity, every attribution a source.
func ReadTimeline(r io.Reader) (Timeline, error) {
	var t Timeline
	if err := json.NewDecoder(r).Decode(&t); err != nil {
		return Timeline{}, litopys.Errorf(litopys.EINVALID, "read timeline: %v", err)
	}
	for i, e := range t.Events {
		if e.Doc == "" || strings.TrimSpace(e.Evidence) == "" {
			return Timeline{}, litopys.Errorf(litopys.EINVALID, "read timeline: event %d: doc and evidence are required", i)
		}
		if _, err := dateAt(e.Date, e.Granularity); err != nil {
			return Timeline{}, fmt.Errorf("read timeline: event %d: %w", i, err)
		}
	}
	for i, a := range t.Attributions {
		if a.Doc == "" || strings.TrimSpace(a.Evidence) == "" || a.Source == "" {
			return Timeline{}, litopys.Errorf(litopys.EINVALID, "read timeline: attribution %d: doc, source and evidence are required", i)
		}
	}
	return t, nil
}

// SystemTimeline is what a system found, in the shape ScoreTimeline reads.
// Entity ids (participants, sources, via) are the system's own; MapID turns
// them into gold ids (nil: compared as they are). Texts holds the system's
// clean text of each document by id; evidence spans are byte offsets into it.
type SystemTimeline struct {
	Events       []SystemEvent                         `json:"events"`
	Attributions []SystemAttribution                   `json:"attributions"`
	Texts        map[string]string                     `json:"texts,omitempty"`
	MapID        func(systemID string) (goldID string) `json:"-"`
	// Explain asks ScoreTimeline for notes on every error.
	Explain bool `json:"-"`
	// Reach, when set with Explain, says why a gold participant is missing
	// from a matched system event (ParticipantReach); the report counts
	// the reasons.
	Reach func(doc string, evidence litopys.Span, goldID string) string `json:"-"`
}

// SystemEvent is a dated event found by the system. Granularity may be left
// empty when Date ("2023", "2023-09", "2023-09-12") already says it. The
// evidence is Span when set, else the text Evidence located in the
// document's text.
type SystemEvent struct {
	Doc          string        `json:"doc"`
	Date         string        `json:"date"`
	Granularity  string        `json:"granularity,omitempty"`
	Type         string        `json:"type,omitempty"`
	Participants []string      `json:"participants,omitempty"`
	Evidence     string        `json:"evidence,omitempty"`
	Span         *litopys.Span `json:"span,omitempty"`
	Source       string        `json:"source,omitempty"`
}

// SystemAttribution is an attribution found by the system.
type SystemAttribution struct {
	Doc      string        `json:"doc"`
	Source   string        `json:"source"`
	Via      string        `json:"via,omitempty"`
	Evidence string        `json:"evidence,omitempty"`
	Span     *litopys.Span `json:"span,omitempty"`
	Quote    string        `json:"quote,omitempty"`
}

// ReadSystemTimeline decodes a SystemTimeline written as JSON.
func ReadSystemTimeline(r io.Reader) (SystemTimeline, error) {
	var t SystemTimeline
	if err := json.NewDecoder(r).Decode(&t); err != nil {
		return SystemTimeline{}, litopys.Errorf(litopys.EINVALID, "read system timeline: %v", err)
	}
	return t, nil
}

// dateAt parses an ISO date at a granularity: an empty granularity takes
// the date's own precision, a coarser one cuts the date ("2023-09-12" at
// "month" is 2023-09), a finer one is an error.
func dateAt(date, granularity string) (litopys.Date, error) {
	d, err := litopys.ParseDate(date)
	if err != nil {
		return litopys.Date{}, err
	}
	rank := map[litopys.Precision]int{litopys.PrecisionYear: 1, litopys.PrecisionMonth: 2, litopys.PrecisionDay: 3}
	g := litopys.Precision(granularity)
	switch {
	case g == "" || g == d.Precision:
		return d, nil
	case rank[g] == 0 || rank[g] > rank[d.Precision]:
		return litopys.Date{}, litopys.Errorf(litopys.EINVALID, "date %q is not of granularity %q", date, granularity)
	case g == litopys.PrecisionYear:
		return litopys.Date{Year: d.Year, Precision: g}, nil
	}
	return litopys.Date{Year: d.Year, Month: d.Month, Precision: g}, nil
}
