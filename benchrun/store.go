package benchrun

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/rusage"
)

// StoreOptions say what RunStore measures.
type StoreOptions struct {
	// DB is the store: a SQLite file or a postgres:// URL, empty for a new
	// SQLite file in a temporary directory (removed at the end unless
	// Keep). The store must be empty.
	DB   string
	Keep bool
	// Paths are the real articles (files and directories, as "litopys
	// ingest" takes them); NewsPaths(DataDir) when empty.
	Paths   []string
	DataDir string
	// Limit caps the real articles, evenly spaced over them (0: all).
	Limit int
	// Sizes are the checkpoints of the scaling phase, in stored documents;
	// a size the first phase already reached is measured at its end.
	Sizes []int
	// Batch is the number of documents per PutDocuments (default 256).
	Batch int
	// Queries is the size of the query set (default 200), drawn with Seed;
	// QueriesOut, when set, is a file the set is written to as JSON lines.
	Queries    int
	Seed       int64
	QueriesOut string
	// CacheDir holds the analysed corpus between runs (a temporary
	// directory when empty); Reanalyze ignores a cached corpus.
	CacheDir  string
	Reanalyze bool
	// Workers analyse in parallel (default runtime.NumCPU()).
	Workers int
	// Progress, when set, is told what the run is doing.
	Progress func(msg string)
}

// NewsPaths are the raw news of the shared data directory: Russian (RT and
// Nezavisimaya Gazeta) and Ukrainian (rbc.ua/korrespondent/babel and the
// BRUK press texts).
func NewsPaths(dataDir string) []string {
	return []string{
		filepath.Join(dataDir, "news", "ru_rt_ng.jsonl.gz"),
		filepath.Join(dataDir, "news", "uk_news_nov2024.csv"),
		filepath.Join(dataDir, "news", "bruk_press_uk", "data"),
	}
}

func (o *StoreOptions) defaults() error {
	if len(o.Paths) == 0 {
		o.Paths = NewsPaths(o.DataDir)
	}
	if o.Batch == 0 {
		o.Batch = 256
	}
	if o.Queries == 0 {
		o.Queries = 200
	}
	if o.Workers == 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.Progress == nil {
		o.Progress = func(string) {}
	}
	if o.Batch < 1 || o.Queries < 1 || o.Workers < 1 || o.Limit < 0 {
		return litopys.Errorf(litopys.EINVALID, "bench store: batch, queries and workers must be positive and limit not negative")
	}
	for _, s := range o.Sizes {
		if s < 1 {
			return litopys.Errorf(litopys.EINVALID, "bench store: size %d: want a positive number of documents", s)
		}
	}
	o.Sizes = slices.Clone(o.Sizes)
	slices.Sort(o.Sizes)
	o.Sizes = slices.Compact(o.Sizes)
	return nil
}

// RunStore measures a store on real articles: first every article analysed
// by the full pipeline and stored (or, when the analysed corpus is cached,
// only stored), then copies of them written up to each size in o.Sizes,
// where the store is weighed and a fixed query set is timed.
func RunStore(ctx context.Context, o StoreOptions) (rep StoreReport, err error) {
	if err := o.defaults(); err != nil {
		return StoreReport{}, err
	}
	rep = StoreReport{Machine: thisMachine(), Date: time.Now().UTC().Format(time.RFC3339), Batch: o.Batch, Workers: o.Workers, Copies: CopiesNote}
	if o.CacheDir == "" {
		dir, err := os.MkdirTemp("", "litopys-bench-cache-")
		if err != nil {
			return StoreReport{}, fmt.Errorf("bench store: %w", err)
		}
		defer os.RemoveAll(dir)
		o.CacheDir = dir
	}
	t, err := openTarget(ctx, o.DB, o.Keep)
	if err != nil {
		return StoreReport{}, err
	}
	defer func() { err = errors.Join(err, t.close()) }()
	rep.Backend, rep.DB = t.backend, t.name
	if n, err := t.Count(ctx); err != nil {
		return StoreReport{}, err
	} else if n > 0 {
		return StoreReport{}, litopys.Errorf(litopys.EINVALID, "bench store: %s holds %d documents; the benchmark needs an empty store", t.name, n)
	}
	if t.backend == "postgres" {
		rep.Notes = append(rep.Notes, "PostgreSQL: CPU figures are the client's (this process); the server's work is not in them")
	}
	if o.DB == "" && o.Keep {
		rep.Notes = append(rep.Notes, "the store is kept at "+t.name)
	}

	stats := newQueryStats(o.Seed)
	rep.Corpus = StoreCorpus{Paths: o.Paths, Cache: cachePath(o.CacheDir, o.Paths, o.Limit)}
	_, statErr := os.Stat(rep.Corpus.Cache)
	rep.Corpus.Cached = statErr == nil && !o.Reanalyze
	if statErr != nil && !errors.Is(statErr, fs.ErrNotExist) {
		return StoreReport{}, fmt.Errorf("bench store: cache: %w", statErr)
	}
	size0, err := t.size(ctx)
	if err != nil {
		return StoreReport{}, err
	}
	if rep.Corpus.Cached {
		o.Progress("phase 1: storing the cached corpus " + rep.Corpus.Cache)
		rep.Ingest, err = ingestCached(ctx, t, rep.Corpus.Cache, o.Batch, stats)
		rep.Corpus.Articles = rep.Ingest.Stored + rep.Ingest.Unchanged + rep.Ingest.Failed
	} else {
		rep.Ingest, err = ingestAnalysed(ctx, t, &rep, o, stats)
	}
	if err != nil {
		return StoreReport{}, err
	}
	size1, err := t.size(ctx)
	if err != nil {
		return StoreReport{}, err
	}
	rep.Ingest.Bytes = size1 - size0
	if n := rep.Ingest.Stored; n > 0 {
		rep.Ingest.BytesPerArticle = float64(rep.Ingest.Bytes) / float64(n)
	}
	rep.Ingest.setRates()
	if b, err := json.Marshal(rep.Ingest); err == nil {
		o.Progress("phase 1 done: " + string(b))
	}

	rep.Queries, err = stats.querySet(o.Queries, o.Seed)
	if err != nil {
		return StoreReport{}, err
	}
	if o.QueriesOut != "" {
		if err := writeQueries(o.QueriesOut, rep.Queries.Queries); err != nil {
			return StoreReport{}, err
		}
		rep.Queries.File = o.QueriesOut
	}
	rep.Sizes, err = scale(ctx, t, rep.Corpus.Cache, o, rep.Queries.Queries, size0)
	if err != nil {
		return StoreReport{}, err
	}
	if t.backend == "sqlite" {
		if st, err := os.Stat(t.name + "-wal"); err == nil {
			rep.Notes = append(rep.Notes, fmt.Sprintf("SQLite: sizes are the database file and its write-ahead log, which holds %.1f MB at the end", float64(st.Size())/1e6))
		}
	}
	rep.PeakRSS = rusage.MaxRSS()
	return rep, nil
}

func (r *IngestReport) setRates() {
	n := float64(r.Stored + r.Unchanged)
	if r.Wall > 0 {
		r.ArticlesPerSec = n / r.Wall
	}
	if r.CPU > 0 {
		r.ArticlesPerCPUSec = n / r.CPU
	}
}
