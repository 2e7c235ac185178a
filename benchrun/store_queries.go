package benchrun

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// Query kinds of the search benchmark, in the order of the set.
const (
	QueryCommon   = "common"   // one frequent content word
	QueryRare     = "rare"     // one dictionary word found in 2–3 articles
	QueryEntity   = "entity"   // the base form of a frequent mention
	QueryTwoWords = "two-word" // two adjacent words of an article
	QueryFiltered = "filtered" // a common word or entity with --lang or a one-month date range
)

// queryMix is the share of each kind in a query set, in percent, and the
// rule it is drawn by (printed with the report).
var queryMix = []struct {
	kind  string
	share int
	rule  string
}{
	{QueryCommon, 30, "a word (≥5 letters) among the 300 lemmas found in most articles, in a form met in the text"},
	{QueryRare, 20, "a dictionary word (≥5 letters) whose lemma is found in 2 or 3 articles"},
	{QueryEntity, 25, "a mention's base form among the 500 found in most articles (at least 3)"},
	{QueryTwoWords, 15, "two adjacent words (≥4 letters each) of a sentence drawn at random"},
	{QueryFiltered, 10, "a common word or entity, half with --lang ru|uk, half with a one-month --from/--to around a publication date"},
}

// StoreQuery is one query of the set, with its kind.
type StoreQuery struct {
	Kind string `json:"kind"`
	litopys.Query
}

// QuerySet describes the queries a store benchmark times.
type QuerySet struct {
	Seed  int64          `json:"seed"`
	Count int            `json:"count"`
	Kinds []QueryKindSet `json:"kinds"`
	// File is where the whole set was written (--queries-out), if anywhere.
	File    string       `json:"file,omitempty"`
	Queries []StoreQuery `json:"-"`
}

// QueryKindSet is one kind of query in a set: how many, drawn how, and a
// few examples.
type QueryKindSet struct {
	Kind     string   `json:"kind"`
	Count    int      `json:"count"`
	Rule     string   `json:"rule"`
	Examples []string `json:"examples"`
}

// queryStats gathers, document by document in corpus order, what the
// query set is drawn from.
type queryStats struct {
	rng      *rand.Rand
	docs     int
	lemmaDF  map[string]int
	known    map[string]bool   // lemmas the dictionary knew
	form     map[string]string // lemma → its first form met, lower-cased
	entityDF map[string]int
	pairs    []string // a reservoir sample of two-word phrases
	seen     int      // phrases offered to the reservoir
	dates    []litopys.Date
	seenDate int
}

// Reservoir sizes of the phrases and dates drawn from.
const (
	pairReservoir = 2000
	dateReservoir = 2000
)

func newQueryStats(seed int64) *queryStats {
	return &queryStats{
		rng:     rand.New(rand.NewPCG(uint64(seed), 0x71)),
		lemmaDF: map[string]int{}, known: map[string]bool{}, form: map[string]string{}, entityDF: map[string]int{},
	}
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return 0
		}
		n++
	}
	return n
}

// add counts a document's lemmas and mentions and offers one of its
// phrases and its date to the reservoirs.
func (q *queryStats) add(d *litopys.Document) {
	q.docs++
	seen := map[string]bool{}
	for _, t := range d.Tokens {
		if t.Kind != litopys.TokenWord || t.Lemma == "" || letters(t.Lemma) < 5 || seen[t.Lemma] {
			continue
		}
		seen[t.Lemma] = true
		q.lemmaDF[t.Lemma]++
		if t.Known {
			q.known[t.Lemma] = true
		}
		if _, ok := q.form[t.Lemma]; !ok {
			q.form[t.Lemma] = strings.ToLower(t.Text)
		}
	}
	clear(seen)
	for _, m := range d.Mentions {
		if m.Base != "" && !seen[m.Base] {
			seen[m.Base] = true
			q.entityDF[m.Base]++
		}
	}
	if p := q.phrase(d); p != "" {
		q.seen++
		reservoir(q.rng, &q.pairs, p, q.seen, pairReservoir)
	}
	if d.Published.Precision == litopys.PrecisionDay {
		q.seenDate++
		reservoir(q.rng, &q.dates, d.Published, q.seenDate, dateReservoir)
	}
}

// reservoir keeps a uniform sample of size of the n items offered so far.
func reservoir[T any](rng *rand.Rand, sample *[]T, v T, n, size int) {
	if len(*sample) < size {
		*sample = append(*sample, v)
	} else if i := rng.IntN(n); i < size {
		(*sample)[i] = v
	}
}

// phrase picks two adjacent words of a random sentence of d, or "".
func (q *queryStats) phrase(d *litopys.Document) string {
	if len(d.Tokens) < 2 {
		return ""
	}
	start := q.rng.IntN(len(d.Tokens) - 1)
	for i := start; i < len(d.Tokens)-1; i++ {
		a, b := d.Tokens[i], d.Tokens[i+1]
		if a.Kind == litopys.TokenWord && b.Kind == litopys.TokenWord && letters(a.Text) >= 4 && letters(b.Text) >= 4 &&
			!strings.ContainsFunc(d.Text[a.End:b.Start], func(r rune) bool { return !unicode.IsSpace(r) }) {
			return a.Text + " " + b.Text
		}
	}
	return ""
}

// top returns the keys of df with at least least documents, most frequent
// first (ties by key), at most n of them.
func top(df map[string]int, least, n int, keep func(string) bool) []string {
	var keys []string
	for k, c := range df {
		if c >= least && (keep == nil || keep(k)) {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(df[b], df[a]), cmp.Compare(a, b)) })
	return keys[:min(n, len(keys))]
}

// querySet draws n queries from the statistics, deterministically.
func (q *queryStats) querySet(n int, seed int64) (QuerySet, error) {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x51))
	var common []string
	for _, l := range top(q.lemmaDF, 2, 300, nil) {
		common = append(common, q.form[l])
	}
	var rare []string
	for l, c := range q.lemmaDF {
		if (c == 2 || c == 3) && q.known[l] {
			rare = append(rare, q.form[l])
		}
	}
	slices.Sort(rare)
	entities := top(q.entityDF, 3, 500, func(s string) bool { return utf8.RuneCountInString(s) >= 3 })
	pairs := slices.Clone(q.pairs)
	slices.Sort(pairs)
	pool := map[string][]string{QueryCommon: common, QueryRare: rare, QueryEntity: entities, QueryTwoWords: pairs}
	if len(common) == 0 {
		return QuerySet{}, fmt.Errorf("bench store: the corpus is too small for a query set (no word in two articles)")
	}
	set := QuerySet{Seed: seed, Count: n}
	left := n
	for i, m := range queryMix {
		k := n * m.share / 100
		if i == len(queryMix)-1 {
			k = left
		}
		left -= k
		ks := QueryKindSet{Kind: m.kind, Count: k, Rule: m.rule}
		var texts []string
		if m.kind == QueryFiltered {
			texts = draw(rng, append(slices.Clone(common), entities...), k)
		} else {
			texts = draw(rng, pool[m.kind], k)
		}
		for j, text := range texts {
			sq := StoreQuery{Kind: m.kind, Query: litopys.Query{Text: text}}
			if m.kind == QueryFiltered {
				q.filter(rng, &sq.Query, j)
			}
			set.Queries = append(set.Queries, sq)
			if len(ks.Examples) < 3 {
				ks.Examples = append(ks.Examples, sq.describe())
			}
		}
		// A kind without candidates (a tiny corpus) gives its share to
		// common words.
		if missing := k - len(texts); missing > 0 {
			ks.Count = len(texts)
			for _, text := range draw(rng, common, missing) {
				set.Queries = append(set.Queries, StoreQuery{Kind: QueryCommon, Query: litopys.Query{Text: text}})
			}
			set.Kinds[0].Count += missing
		}
		set.Kinds = append(set.Kinds, ks)
	}
	return set, nil
}

// filter narrows the j-th filtered query: even ones by language, odd ones
// by a month around a publication date of the corpus (by language when the
// corpus has no dates).
func (q *queryStats) filter(rng *rand.Rand, qu *litopys.Query, j int) {
	if j%2 == 1 && len(q.dates) > 0 {
		d := q.dates[rng.IntN(len(q.dates))].Time()
		qu.From, qu.To = litopys.DateOf(d.AddDate(0, 0, -15)), litopys.DateOf(d.AddDate(0, 0, 15))
		return
	}
	qu.Lang = []string{"ru", "uk"}[rng.IntN(2)]
}

// draw picks k of items at random, without repeating while it can.
func draw(rng *rand.Rand, items []string, k int) []string {
	if len(items) == 0 {
		return nil
	}
	var out []string
	for len(out) < k {
		for _, i := range rng.Perm(len(items)) {
			if len(out) == k {
				break
			}
			out = append(out, items[i])
		}
	}
	return out
}

// describe writes the query as the command line would give it.
func (q StoreQuery) describe() string {
	s := fmt.Sprintf("%q", q.Text)
	if q.Lang != "" {
		s += " --lang " + q.Lang
	}
	if !q.From.IsZero() {
		s += " --from " + q.From.String() + " --to " + q.To.String()
	}
	return s
}

// writeQueries writes the set to path, one JSON object per line.
func writeQueries(path string, qs []StoreQuery) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for _, q := range qs {
		if err := enc.Encode(q); err != nil {
			return fmt.Errorf("bench store: queries: %w", err)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("bench store: queries: %w", err)
	}
	return nil
}
