package benchrun

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// CopiesNote says in every report what the scaling documents are.
const CopiesNote = "copies with own identity and date; text identical (copy k of an article: ID and URL + \"~k\", publication date + 7k days, undated articles stay undated)"

// StoreReport is the result of RunStore.
type StoreReport struct {
	Machine Machine `json:"machine"`
	Date    string  `json:"date"`
	// Backend is "sqlite" or "postgres"; DB the file or the DSN without
	// its password.
	Backend string `json:"backend"`
	DB      string `json:"db"`
	Batch   int    `json:"batch"`
	Workers int    `json:"workers"`
	// Load is the time pipeline.New took (zero when the corpus came from
	// the cache).
	Load    Timing       `json:"load"`
	Corpus  StoreCorpus  `json:"corpus"`
	Ingest  IngestReport `json:"ingest"`
	Copies  string       `json:"copies"`
	Queries QuerySet     `json:"queries"`
	Sizes   []Checkpoint `json:"checkpoints"`
	PeakRSS int64        `json:"peak_rss_bytes"`
	Notes   []string     `json:"notes,omitempty"`
}

// StoreCorpus is the real corpus of the first phase.
type StoreCorpus struct {
	Paths      []string `json:"paths"`
	Articles   int      `json:"articles"`
	Unreadable int      `json:"unreadable"`
	Bytes      int64    `json:"bytes"`
	// Cache is the file of analysed documents; Cached tells whether it was
	// read (true) or written by this run.
	Cache  string `json:"cache"`
	Cached bool   `json:"cached"`
}

// IngestReport is the first phase: every real article stored, analysed by
// the full pipeline unless it came from the cache.
type IngestReport struct {
	Analysed  bool `json:"analysed"`
	Stored    int  `json:"stored"`
	Unchanged int  `json:"unchanged"`
	Failed    int  `json:"failed"`
	// Timing is the whole ingest; its CPU leaves out the benchmark's own
	// work (writing the cache, counting words for the query set).
	Timing
	ArticlesPerSec    float64 `json:"articles_per_s"`
	ArticlesPerCPUSec float64 `json:"articles_per_cpu_s"`
	// AnalysisCPU is the CPU time of the analysing goroutines (each on a
	// locked thread), StoreCPU that of the writer inside PutDocuments
	// (also on a locked thread), OtherCPU the rest: the collector and the
	// runtime's background work.
	AnalysisCPU float64 `json:"analysis_cpu_s"`
	StoreCPU    float64 `json:"store_cpu_s"`
	OtherCPU    float64 `json:"other_cpu_s"`
	// StoreWall is the wall time spent inside PutDocuments.
	StoreWall float64 `json:"store_wall_s"`
	// Bytes is the growth of the store on disk, per stored article in
	// BytesPerArticle.
	Bytes           int64   `json:"bytes"`
	BytesPerArticle float64 `json:"bytes_per_article"`
}

// Checkpoint is the store at one size of the scaling phase.
type Checkpoint struct {
	// Docs is the number of stored documents (Store.Count); Copies how
	// many copies were written since the previous checkpoint.
	Docs   int `json:"docs"`
	Copies int `json:"copies"`
	// Write is the wall and process CPU time inside PutDocuments for those
	// copies (nothing else runs meanwhile).
	Write         Timing  `json:"write"`
	DocsPerSec    float64 `json:"docs_per_s"`
	DocsPerCPUSec float64 `json:"docs_per_cpu_s"`
	Bytes         int64   `json:"bytes"`
	BytesPerDoc   float64 `json:"bytes_per_doc"`
	Search        Latency `json:"search"`
	// HeapInuse is the Go heap in use after the writes and a collection
	// (runtime.MemStats): the live heap, which should not grow with the
	// number of copies written.
	HeapInuse uint64 `json:"heap_inuse_bytes"`
}

// Latency sums up the timed pass of the query set, in milliseconds.
type Latency struct {
	Queries int     `json:"queries"`
	P50     float64 `json:"p50_ms"`
	P95     float64 `json:"p95_ms"`
	P99     float64 `json:"p99_ms"`
	Max     float64 `json:"max_ms"`
	// NoHits counts the queries that found nothing; MedianTotal is the
	// median number of documents found.
	NoHits      int `json:"no_hits"`
	MedianTotal int `json:"median_total"`
}

// WriteText prints the report as aligned tables.
func (r StoreReport) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "litopys bench store — %s, %s/%s, %d CPUs %s, %s, analysers %s\n", r.Date, r.Machine.OS, r.Machine.Arch, r.Machine.CPUs, r.Machine.Model, r.Machine.Go, r.Machine.Version)
	fmt.Fprintf(bw, "store: %s %s, %d documents per PutDocuments, %d analysis workers; peak RSS %.0f MB\n", r.Backend, r.DB, r.Batch, r.Workers, float64(r.PeakRSS)/1e6)
	c := r.Corpus
	if c.Cached {
		fmt.Fprintf(bw, "corpus: %d analysed articles of %s, from the cache\n", c.Articles, strings.Join(c.Paths, " "))
	} else {
		fmt.Fprintf(bw, "corpus: %d articles (%d unreadable), %.1f MB, from %s\n", c.Articles, c.Unreadable, float64(c.Bytes)/1e6, strings.Join(c.Paths, " "))
	}
	in := r.Ingest
	if in.Analysed {
		fmt.Fprintf(bw, "\nphase 1, ingest with full analysis (model load %.1fs): %d stored, %d unchanged, %d failed; analysed documents cached in %s\n", r.Load.Wall, in.Stored, in.Unchanged, in.Failed, c.Cache)
	} else {
		fmt.Fprintf(bw, "\nphase 1, store only (analysed documents read from the cache %s; --reanalyze to measure the analysis): %d stored, %d unchanged, %d failed\n", c.Cache, in.Stored, in.Unchanged, in.Failed)
	}
	fmt.Fprintf(bw, "  wall %.1fs, CPU %.1fs: %.1f articles/s, %.1f articles per CPU-second (per core)\n", in.Wall, in.CPU, in.ArticlesPerSec, in.ArticlesPerCPUSec)
	if in.Analysed {
		fmt.Fprintf(bw, "  CPU split: analysis %.1fs (%s), store %.1fs (%s, %.1fs wall in PutDocuments), other %.1fs (runtime, GC)\n",
			in.AnalysisCPU, perCPU(in.Stored+in.Unchanged, in.AnalysisCPU), in.StoreCPU, perCPU(in.Stored+in.Unchanged, in.StoreCPU), in.StoreWall, in.OtherCPU)
	}
	fmt.Fprintf(bw, "  store size +%.1f MB: %.1f kB per article\n", float64(in.Bytes)/1e6, in.BytesPerArticle/1e3)
	q := r.Queries
	fmt.Fprintf(bw, "\nphase 2, scaling: %s\n", r.Copies)
	fmt.Fprintf(bw, "query set: %d queries drawn with seed %d from the real corpus, run one after another, once untimed and then timed", q.Count, q.Seed)
	if q.File != "" {
		fmt.Fprintf(bw, "; written to %s", q.File)
	}
	fmt.Fprintln(bw)
	for _, k := range q.Kinds {
		fmt.Fprintf(bw, "  %3d %-9s %s", k.Count, k.Kind, k.Rule)
		if len(k.Examples) > 0 {
			fmt.Fprintf(bw, "; e.g. %s", strings.Join(k.Examples, ", "))
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintf(bw, "\n%9s %8s %8s %8s %8s %11s %9s %7s %8s %8s %8s %8s %7s %11s %8s\n", "docs", "copies", "wall s", "CPU s", "docs/s", "docs/CPU-s", "MB", "kB/doc", "p50 ms", "p95 ms", "p99 ms", "max ms", "no hit", "median hits", "heap MB")
	for _, s := range r.Sizes {
		fmt.Fprintf(bw, "%9d %8d %8.1f %8.1f %8.1f %11.1f %9.1f %7.1f %8.2f %8.2f %8.2f %8.2f %7d %11d %8.0f\n", s.Docs, s.Copies, s.Write.Wall, s.Write.CPU, s.DocsPerSec, s.DocsPerCPUSec,
			float64(s.Bytes)/1e6, s.BytesPerDoc/1e3, s.Search.P50, s.Search.P95, s.Search.P99, s.Search.Max, s.Search.NoHits, s.Search.MedianTotal, float64(s.HeapInuse)/1e6)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(bw, "note: %s\n", n)
	}
	return bw.Flush()
}

// perCPU formats n articles over cpu seconds as a rate.
func perCPU(n int, cpu float64) string {
	if cpu <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f articles/CPU-s", float64(n)/cpu)
}
