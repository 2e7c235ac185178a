package http

import (
	"slices"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/story"
)

// ChronologyRow is one dated happening of a story with every document
// that reports it (package story's Row).
type ChronologyRow = story.Row

// Chronologer merges the dated events of documents into one chronology,
// earliest first; nil in Options means story.Chronology.
type Chronologer func(docs []*litopys.Document) []ChronologyRow

// withEntity keeps the rows an entity, known by any of ids, takes part in.
func withEntity(rows []ChronologyRow, ids []string) []ChronologyRow {
	var out []ChronologyRow
	for _, r := range rows {
		if slices.ContainsFunc(r.Participants, func(p string) bool { return slices.Contains(ids, p) }) {
			out = append(out, r)
		}
	}
	return out
}
