package storyrm

import (
	"encoding/json"
	"fmt"

	"github.com/litopys/litopys"
)

// eventsLayer is what a story's chronology reads of a document, kept with
// its story log entry so that a chronology is made without decoding the
// documents: the entities' ids and types, the dated events, and the time
// expressions those refer to (their rule, relativity and text).
type eventsLayer struct {
	Entities []layerEntity      `json:"e,omitempty"`
	Events   []litopys.Event    `json:"v,omitempty"`
	Times    []litopys.TimeExpr `json:"t,omitempty"`
}

type layerEntity struct {
	ID   string `json:"i"`
	Type string `json:"t"`
}

// EncodeEvents returns the events layer of d (nil when it has no dated
// event).
func EncodeEvents(d *litopys.Document) []byte {
	var l eventsLayer
	times := map[int]int{}
	for _, ev := range d.Events {
		if ev.Date.IsZero() {
			continue
		}
		if ev.Time >= 0 && ev.Time < len(d.Times) {
			k, ok := times[ev.Time]
			if !ok {
				t := d.Times[ev.Time]
				k = len(l.Times)
				times[ev.Time] = k
				l.Times = append(l.Times, litopys.TimeExpr{Text: t.Text, Rule: t.Rule, Relative: t.Relative})
			}
			ev.Time = k
		} else {
			ev.Time = -1
		}
		ev.Trigger, ev.TriggerSpan = "", litopys.Span{}
		l.Events = append(l.Events, ev)
	}
	if len(l.Events) == 0 {
		return nil
	}
	for _, e := range d.Entities {
		l.Entities = append(l.Entities, layerEntity{e.ID, e.Type})
	}
	b, _ := json.Marshal(l)
	return b
}

// DecodeEvents rebuilds, from its events layer, a document as far as a
// chronology reads it.
func DecodeEvents(id, lang, outlet string, published litopys.Date, b []byte) (*litopys.Document, error) {
	d := &litopys.Document{ID: id, Lang: lang, Outlet: outlet, Published: published}
	if len(b) == 0 {
		return d, nil
	}
	var l eventsLayer
	if err := json.Unmarshal(b, &l); err != nil {
		return nil, fmt.Errorf("events of %s: %w", id, err)
	}
	for _, e := range l.Entities {
		d.Entities = append(d.Entities, litopys.Entity{ID: e.ID, Type: e.Type})
	}
	d.Events, d.Times = l.Events, l.Times
	for i := range d.Events {
		if d.Events[i].Time >= len(d.Times) {
			d.Events[i].Time = -1
		}
	}
	return d, nil
}
