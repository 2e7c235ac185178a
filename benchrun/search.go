package benchrun

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/postgres"
)

// SearchReport is the result of RunSearch: the latency of a query set on
// a store as it is, overall and by kind of query.
type SearchReport struct {
	Machine Machine `json:"machine"`
	Date    string  `json:"date"`
	Backend string  `json:"backend"`
	DB      string  `json:"db"`
	// Docs is the number of documents in the store.
	Docs    int64       `json:"docs"`
	Queries string      `json:"queries"`
	All     Latency     `json:"all"`
	Kinds   []KindTimes `json:"kinds"`
}

// KindTimes is the latency of the queries of one kind.
type KindTimes struct {
	Kind string `json:"kind"`
	Latency
}

// RunSearch times the queries of the file queries (as written by bench
// store --queries-out) on the store db, which it only reads: a store still
// being written may be measured, the writer's load included.
func RunSearch(ctx context.Context, db, queries string) (SearchReport, error) {
	qs, err := ReadQueries(queries)
	if err != nil {
		return SearchReport{}, err
	}
	t, err := openExisting(ctx, db)
	if err != nil {
		return SearchReport{}, err
	}
	defer t.close()
	rep := SearchReport{Machine: thisMachine(), Date: time.Now().UTC().Format(time.RFC3339), Backend: t.backend, DB: t.name, Queries: queries}
	n, err := t.Count(ctx)
	if err != nil {
		return rep, fmt.Errorf("bench search: %w", err)
	}
	rep.Docs = int64(n)
	if rep.All, err = searchLatency(ctx, t, qs); err != nil {
		return rep, err
	}
	var kinds []string
	for _, q := range qs {
		if !slices.Contains(kinds, q.Kind) {
			kinds = append(kinds, q.Kind)
		}
	}
	for _, k := range kinds {
		var sub []StoreQuery
		for _, q := range qs {
			if q.Kind == k {
				sub = append(sub, q)
			}
		}
		l, err := searchLatency(ctx, t, sub)
		if err != nil {
			return rep, err
		}
		rep.Kinds = append(rep.Kinds, KindTimes{Kind: k, Latency: l})
	}
	return rep, nil
}

// ReadQueries reads a query set written by bench store --queries-out.
func ReadQueries(path string) ([]StoreQuery, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bench search: %w", err)
	}
	defer f.Close()
	var qs []StoreQuery
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q StoreQuery
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("bench search: %s:%d: %w", path, line, err)
		}
		if strings.TrimSpace(q.Text) == "" {
			return nil, fmt.Errorf("bench search: %s:%d: a query without text", path, line)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("bench search: %s: %w", path, err)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("bench search: %s: no queries", path)
	}
	return qs, nil
}

// WriteText prints the report as an aligned table.
func (r SearchReport) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s store %s, %d documents; queries from %s\n", r.Backend, r.DB, r.Docs, r.Queries)
	fmt.Fprintf(bw, "%-10s %7s %8s %8s %8s %8s %8s %12s\n", "kind", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms", "no hits", "median hits")
	row := func(kind string, l Latency) {
		fmt.Fprintf(bw, "%-10s %7d %8.1f %8.1f %8.1f %8.1f %8d %12d\n", kind, l.Queries, l.P50, l.P95, l.P99, l.Max, l.NoHits, l.MedianTotal)
	}
	for _, k := range r.Kinds {
		row(k.Kind, k.Latency)
	}
	row("all", r.All)
	return bw.Flush()
}

// openExisting opens a store that must already exist.
func openExisting(ctx context.Context, db string) (*target, error) {
	if db == "" {
		return nil, litopys.Errorf(litopys.EINVALID, "bench search: no store named (--db)")
	}
	if !postgres.IsDSN(db) {
		if _, err := os.Stat(db); err != nil {
			return nil, fmt.Errorf("bench search: %w", err)
		}
	}
	return openTarget(ctx, db, true)
}
