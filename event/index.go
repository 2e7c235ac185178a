package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// index finds, per sentence, the document's time expressions and
// attributions that can concern it, so that reading a sentence costs what
// the sentence holds and not what the whole document holds (looking
// through every date and attribution for each sentence made a long text
// quadratic). A list is a superset: each use still applies its own test
// to the candidates, in the document's order, so the answers are the
// ones a look through everything gives.
type index struct {
	doc *litopys.Document
	// ordered: sentences are in text order and do not overlap, and
	// mentions are sorted by start — what the pipeline makes. Otherwise
	// every list is the whole document.
	ordered   bool
	sortedMs  bool
	times     buckets // per sentence: the time expressions that touch it
	attrs     buckets // per sentence: the attributions whose evidence or scope touches it
	allTimes  []int
	allAttrs  []int
	orgs      map[string]bool // ids of the organisations among doc.Entities
	lastByT   map[int]int     // time expression → the last event of out dated by it
	steps     int             // candidates looked at: the work the growth test counts
	byHappens map[happening][]int
	heads     map[string][]int      // a common noun's base form → the mentions right after it ("тайфун Wipha"), once asked for
	stems     *[][2]string          // the stems of the places named and their entities, once asked for
	topic     []litopys.Participant // what the headline names (withTopic)
	// titleTopic, when the title is not the text's first sentence, finds
	// topic in the title on first use.
	titleTopic func() []litopys.Participant
	headEnd    int // the end of the headline when it opens the text, else 0
}

// happening is what dedupe compares first: type, date and granularity.
type happening struct {
	typ  string
	date litopys.Timex
	gran string
}

func newIndex(doc *litopys.Document) *index {
	ix := &index{doc: doc, ordered: true, sortedMs: true}
	for i := 1; i < len(doc.Sentences); i++ {
		if doc.Sentences[i].Start < doc.Sentences[i-1].End || doc.Sentences[i].End < doc.Sentences[i].Start {
			ix.ordered = false
		}
	}
	if len(doc.Sentences) > 0 && doc.Sentences[0].End < doc.Sentences[0].Start {
		ix.ordered = false
	}
	for i := 1; i < len(doc.Mentions); i++ {
		if doc.Mentions[i].Start < doc.Mentions[i-1].Start {
			ix.sortedMs = false
		}
	}
	if ix.ordered {
		ix.times = ix.bucket(len(doc.Times), func(i int) []litopys.Span {
			return []litopys.Span{{Start: doc.Times[i].Start, End: doc.Times[i].End}}
		})
		ix.attrs = ix.bucket(len(doc.Attributions), func(i int) []litopys.Span {
			return []litopys.Span{doc.Attributions[i].Evidence, doc.Attributions[i].Scope}
		})
	}
	return ix
}

func upTo(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// timesOf returns the candidate time expressions of sentence si, in order.
func (ix *index) timesOf(si int) []int {
	if !ix.ordered {
		return ix.everyTime()
	}
	return ix.times.of(si)
}

// attrsOf returns the candidate attributions of sentence si, in order.
func (ix *index) attrsOf(si int) []int {
	if !ix.ordered {
		return ix.everyAttr()
	}
	return ix.attrs.of(si)
}

func (ix *index) everyTime() []int {
	if ix.allTimes == nil {
		ix.allTimes = upTo(len(ix.doc.Times))
	}
	return ix.allTimes
}

func (ix *index) everyAttr() []int {
	if ix.allAttrs == nil {
		ix.allAttrs = upTo(len(ix.doc.Attributions))
	}
	return ix.allAttrs
}

// within reports whether sp lies in the sentence, so that what contains
// sp touches the sentence.
func (s *sentence) within(sp litopys.Span) bool {
	sent := s.doc.Sentences[s.idx]
	return sp.Start <= sp.End && sp.Start >= sent.Start && sp.End <= sent.End
}

// timesAround returns candidates for the time expressions that contain sp.
func (s *sentence) timesAround(sp litopys.Span) []int {
	if !s.within(sp) {
		return s.ix.everyTime()
	}
	return s.ix.timesOf(s.idx)
}

// attrsAround returns candidates for the attributions whose evidence or
// scope contains sp.
func (s *sentence) attrsAround(sp litopys.Span) []int {
	if !s.within(sp) {
		return s.ix.everyAttr()
	}
	return s.ix.attrsOf(s.idx)
}

// buckets are lists of item indexes per sentence, stored flat: the items
// of sentence si are items[start[si]:start[si+1]], ascending.
type buckets struct {
	start []int
	items []int
}

func (b buckets) of(si int) []int { return b.items[b.start[si]:b.start[si+1]] }

// bucket puts each of n items in every sentence one of its spans touches
// (ends at or after the sentence's start and starts at or before its
// end), which in ordered sentences is a run found by binary search.
func (ix *index) bucket(n int, spans func(i int) []litopys.Span) buckets {
	ss := ix.doc.Sentences
	var pairs [][2]int // sentence, item
	for i := range n {
		var runs [][2]int
		for _, sp := range spans(i) {
			lo, hi := min(sp.Start, sp.End), max(sp.Start, sp.End)
			from := sort.Search(len(ss), func(k int) bool { return ss[k].End >= lo })
			to := sort.Search(len(ss), func(k int) bool { return ss[k].Start > hi })
			if from < to {
				runs = append(runs, [2]int{from, to})
			}
		}
		sort.Slice(runs, func(a, b int) bool { return runs[a][0] < runs[b][0] })
		last := -1 // the runs of one item may overlap
		for _, r := range runs {
			for k := max(r[0], last+1); k < r[1]; k++ {
				pairs = append(pairs, [2]int{k, i})
			}
			last = max(last, r[1]-1)
		}
	}
	// A counting sort by sentence keeps the items of a sentence ascending.
	b := buckets{start: make([]int, len(ss)+1), items: make([]int, len(pairs))}
	for _, p := range pairs {
		b.start[p[0]+1]++
	}
	for k := range ss {
		b.start[k+1] += b.start[k]
	}
	next := append([]int(nil), b.start[:len(ss)]...)
	for _, p := range pairs {
		b.items[next[p[0]]] = p[1]
		next[p[0]]++
	}
	return b
}

// isOrg reports whether an entity of the document with this id is an
// organisation.
func (ix *index) isOrg(id string) bool {
	if ix.orgs == nil {
		ix.orgs = map[string]bool{}
		for _, en := range ix.doc.Entities {
			if en.Type == litopys.ORG {
				ix.orgs[en.ID] = true
			}
		}
	}
	return ix.orgs[id]
}

// mentionsBefore returns the number of mentions that start before off:
// the mentions are searched backwards from there.
func (ix *index) mentionsBefore(off int) int {
	ms := ix.doc.Mentions
	if !ix.sortedMs {
		return len(ms)
	}
	return sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
}

// headed returns the mentions a common noun stands right before in the
// article ("тайфун Wipha", "компанія Meta"), by the noun's base form, in
// the order of the text. A place after a noun is its argument
// ("предоставление КНДР", "удар по Києву"), never its name.
func (ix *index) headed() map[string][]int {
	if ix.heads != nil {
		return ix.heads
	}
	ix.heads = map[string][]int{}
	doc := ix.doc
	order := upTo(len(doc.Mentions))
	if !ix.sortedMs {
		order = slices.Clone(order)
		sort.SliceStable(order, func(a, b int) bool { return doc.Mentions[order[a]].Start < doc.Mentions[order[b]].Start })
	}
	for _, i := range order {
		m := doc.Mentions[i]
		k := sort.Search(len(doc.Tokens), func(j int) bool { return doc.Tokens[j].End > m.Start }) - 1
		if k < 0 || m.Entity == "" || m.Type == litopys.LOC || !headWord(doc, k) || strings.TrimSpace(strings.Trim(doc.Text[doc.Tokens[k].End:m.Start], "\"«“„")) != "" {
			continue
		}
		l := lemma(doc.Tokens[k])
		ix.heads[l] = append(ix.heads[l], i)
	}
	return ix.heads
}

// lastHeaded returns the last mention the noun of base form l stood right
// before that ends by off, or -1.
func (ix *index) lastHeaded(l string, off int) int {
	ms := ix.headed()[l]
	k := sort.Search(len(ms), func(j int) bool { return ix.doc.Mentions[ms[j]].End > off })
	if k == 0 {
		return -1
	}
	return ms[k-1]
}

// placeStems returns the stems of the places the article names, each with its
// entity, once per entity in the order of the mentions.
func (ix *index) placeStems() [][2]string {
	if ix.stems != nil {
		return *ix.stems
	}
	var out [][2]string
	seen := map[string]bool{}
	for _, m := range ix.doc.Mentions {
		if m.Type == litopys.LOC && m.Entity != "" && !seen[m.Entity+"\x00"+m.Base] {
			seen[m.Entity+"\x00"+m.Base] = true
			if n := nameStem(m.Base); n != "" {
				out = append(out, [2]string{n, m.Entity})
			}
		}
	}
	ix.stems = &out
	return out
}

// headWord reports whether token k can be a common noun a name follows:
// a title word, or one capitalised only because it opens a sentence or
// the title ("Тайфун Wipha утратил").
func headWord(doc *litopys.Document, k int) bool {
	t := doc.Tokens[k]
	if !capitalised(t.Text) {
		return titleWord(t)
	}
	if k > 0 {
		between := doc.Text[doc.Tokens[k-1].End:t.Start]
		if !strings.Contains(between, "\n") && !strings.ContainsAny(doc.Tokens[k-1].Text, ".!?") {
			return false
		}
	}
	t.Text = textcase.Lower(t.Text)
	return titleWord(t)
}
