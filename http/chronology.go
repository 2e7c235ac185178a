package http

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

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

// chronPageSize is how many chronology rows a page lists.
const chronPageSize = 50

// ChronPage is one page of a chronology as a page lists it: the rows, the
// number of the first (for the list's numbering and anchors), and links to
// the pages before and after.
type ChronPage struct {
	Rows        []ChronologyRow
	Start       int // 1-based number of the first row shown
	Last, Total int
	Prev, Next  string
}

// pageChronology cuts the page of rows starting at offset (rounded down
// to a page boundary, so the timeline's links and the list agree); its
// links keep the query keep.
func pageChronology(rows []ChronologyRow, offset int, keep string) ChronPage {
	total := len(rows)
	offset = min(max(0, offset), max(0, total-1)) / chronPageSize * chronPageSize
	end := min(total, offset+chronPageSize)
	p := ChronPage{Rows: rows[offset:end], Start: offset + 1, Last: end, Total: total}
	link := func(off int) string {
		var q []string
		if off > 0 {
			q = append(q, "rows="+strconv.Itoa(off))
		}
		if keep != "" {
			q = append(q, keep)
		}
		return "?" + strings.Join(q, "&") + "#chronology"
	}
	if offset > 0 {
		p.Prev = link(offset - chronPageSize)
	}
	if end < total {
		p.Next = link(end)
	}
	return p
}

// chronologyView applies a page's chronology parameters to its chronology:
// rows (the offset of the page of rows) and tl (the timeline's unit).
func chronologyView(q url.Values, rows []ChronologyRow) (Timeline, ChronPage, error) {
	off, err := intParam(q, "rows")
	if err != nil {
		return Timeline{}, ChronPage{}, err
	}
	unit, keep := strings.TrimSpace(q.Get("tl")), ""
	if unit != "" {
		if !slices.Contains(units, unit) {
			return Timeline{}, ChronPage{}, litopys.Errorf(litopys.EINVALID, "tl: want day, week, month or year, got %q", unit)
		}
		keep = "tl=" + unit
	}
	return drawTimeline(rows, chronPageSize, unit, keep), pageChronology(rows, off, keep), nil
}
