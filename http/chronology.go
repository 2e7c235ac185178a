package http

import (
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/story"
)

// ChronologyRow is one dated happening of a story with every document
// that reports it (package story's Row).
type ChronologyRow = story.Row

// Chronologer merges the dated events of documents into one chronology,
// earliest first; nil in Options means story.Chronology.
type Chronologer func(docs []*litopys.Document) []ChronologyRow

// withEntity keeps the rows an entity takes part in.
func withEntity(rows []ChronologyRow, id string) []ChronologyRow {
	return story.ForEntity(rows, id)
}
