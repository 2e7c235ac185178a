package event

import (
	"slices"

	"github.com/litopys/litopys"
)

// FindCounting is Find that also returns the candidates it looked at in
// the document-wide lists (dates, attributions, mentions, kept events).
func FindCounting(doc *litopys.Document) ([]litopys.Event, int) {
	ix := newIndex(doc)
	evs := withTopic(ix, dedupe(ix, find(ix)))
	return evs, ix.steps
}

// FindScanning is Find looking through every date, attribution and kept
// event for each sentence and event, as it did before the index: the
// reference the index must agree with.
func FindScanning(doc *litopys.Document) ([]litopys.Event, int) {
	ix := newIndex(doc)
	ix.ordered, ix.sortedMs = false, false
	evs := find(ix)
	out := evs[:0]
	for _, e := range evs {
		if !e.Date.IsZero() && slices.ContainsFunc(out, func(o litopys.Event) bool {
			ix.steps++
			return o.Type == e.Type && o.Date == e.Date && o.Granularity == e.Granularity && sameHappening(o, e)
		}) {
			continue
		}
		out = append(out, e)
	}
	return withTopic(ix, out), ix.steps
}
