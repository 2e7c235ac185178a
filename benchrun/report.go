package benchrun

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/litopys/litopys/pipeline"
)

// Report is the result of Run.
type Report struct {
	Machine Machine `json:"machine"`
	Date    string  `json:"date"`
	Stages  string  `json:"stages"`
	// Load is the time pipeline.New takes to load the embedded models.
	Load    Timing         `json:"load"`
	Corpora []CorpusReport `json:"corpora"`
	// PeakRSS is the process's peak resident set size (getrusage maxrss).
	PeakRSS int64 `json:"peak_rss_bytes"`
}

// Machine describes where the figures were taken.
type Machine struct {
	OS      string `json:"os"`
	Arch    string `json:"arch"`
	CPUs    int    `json:"cpus"`
	Model   string `json:"cpu_model,omitempty"`
	Go      string `json:"go"`
	Version string `json:"pipeline_version"`
}

// Timing is a wall-clock and a CPU (user + system) time in seconds.
type Timing struct {
	Wall float64 `json:"wall_s"`
	CPU  float64 `json:"cpu_s"`
}

// CorpusReport holds the runs of one corpus.
type CorpusReport struct {
	Corpus     Corpus      `json:"corpus"`
	Articles   int         `json:"articles"`
	Unreadable int         `json:"unreadable"`
	Bytes      int64       `json:"bytes"`
	ReadWall   float64     `json:"read_wall_s"`
	Runs       []RunReport `json:"runs"`
	// StageTimes come from a separate single-core pass over the first
	// StageArticles articles.
	StageArticles int         `json:"stage_articles"`
	StageTimes    []StageTime `json:"stage_times"`
}

// RunReport is one throughput run over a whole corpus.
type RunReport struct {
	Workers int `json:"workers"`
	Failed  int `json:"failed"`
	Timing
	// ArticlesPerSec and MBPerSec are per wall second; ArticlesPerCPUSec
	// and MBPerCPUSec per CPU second, i.e. per fully used core, which a
	// busy shared machine does not distort.
	ArticlesPerSec    float64 `json:"articles_per_s"`
	MBPerSec          float64 `json:"mb_per_s"`
	ArticlesPerCPUSec float64 `json:"articles_per_cpu_s"`
	MBPerCPUSec       float64 `json:"mb_per_cpu_s"`
	Allocs            uint64  `json:"allocs"`
	AllocBytes        uint64  `json:"alloc_bytes"`
	AllocsPerArticle  float64 `json:"allocs_per_article"`
	// HeapSys is the heap memory obtained from the system at the end of
	// the run (runtime.MemStats).
	HeapSys  uint64 `json:"heap_sys_bytes"`
	GCCycles uint32 `json:"gc_cycles"`
}

func (r *RunReport) setRates(articles int, bytes int64) {
	mb := float64(bytes) / 1e6
	if r.Wall > 0 {
		r.ArticlesPerSec, r.MBPerSec = float64(articles)/r.Wall, mb/r.Wall
	}
	if r.CPU > 0 {
		r.ArticlesPerCPUSec, r.MBPerCPUSec = float64(articles)/r.CPU, mb/r.CPU
	}
	if articles > 0 {
		r.AllocsPerArticle = float64(r.Allocs) / float64(articles)
	}
}

// StageTime is the time one stage took over the per-stage pass.
type StageTime struct {
	Stage string `json:"stage"`
	Timing
	// MSPerArticle is CPU milliseconds per article; Share is the stage's
	// part of the chain's CPU time.
	MSPerArticle float64 `json:"cpu_ms_per_article"`
	Share        float64 `json:"share"`
}

func stageReport(clocks map[string]*clock, st pipeline.Stages, n int) []StageTime {
	names := stageOrder()
	total := clocks["all"]
	if st == pipeline.StagesSpine {
		names = names[:4:4]
		total = clocks["spine"]
	}
	var out []StageTime
	for _, name := range append(names, "pipeline") {
		c := clocks[name]
		if name == "pipeline" {
			c = total
		}
		s := StageTime{Stage: name, Timing: Timing{Wall: seconds(c.wall), CPU: seconds(c.cpu)}}
		if n > 0 {
			s.MSPerArticle = 1000 * s.CPU / float64(n)
		}
		if total.cpu > 0 {
			s.Share = float64(c.cpu) / float64(total.cpu)
		}
		out = append(out, s)
	}
	return out
}

func thisMachine() Machine {
	return Machine{OS: runtime.GOOS, Arch: runtime.GOARCH, CPUs: runtime.NumCPU(), Model: cpuModel(), Go: runtime.Version(), Version: pipeline.Version}
}

// cpuModel reads the processor's name from /proc/cpuinfo where there is one.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// WriteText prints the report as aligned tables.
func (r Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "litopys bench — %s, %s/%s, %d CPUs %s, %s, stages %s\n", r.Date, r.Machine.OS, r.Machine.Arch, r.Machine.CPUs, r.Machine.Model, r.Machine.Go, r.Stages)
	fmt.Fprintf(bw, "model load: %.2fs wall, %.2fs CPU; peak RSS %.0f MB\n", r.Load.Wall, r.Load.CPU, float64(r.PeakRSS)/1e6)
	for _, c := range r.Corpora {
		fmt.Fprintf(bw, "\ncorpus %s: %d articles (%d unreadable), %.1f MB, read in %.1fs\n", c.Corpus.Name, c.Articles, c.Unreadable, float64(c.Bytes)/1e6, c.ReadWall)
		fmt.Fprintf(bw, "%-8s %8s %8s %10s %10s %12s %10s %10s %10s %9s\n", "workers", "wall s", "CPU s", "art/s", "MB/s", "art/CPU-s", "MB/CPU-s", "allocs/art", "alloc MB", "heap MB")
		for _, u := range c.Runs {
			fmt.Fprintf(bw, "%-8d %8.2f %8.2f %10.1f %10.2f %12.1f %10.2f %10.0f %10.0f %9.0f\n", u.Workers, u.Wall, u.CPU, u.ArticlesPerSec, u.MBPerSec,
				u.ArticlesPerCPUSec, u.MBPerCPUSec, u.AllocsPerArticle, float64(u.AllocBytes)/1e6, float64(u.HeapSys)/1e6)
		}
		if len(c.StageTimes) == 0 {
			continue
		}
		fmt.Fprintf(bw, "stages (one core, %d articles): %-10s %10s %10s %8s\n", c.StageArticles, "stage", "CPU ms/art", "wall s", "share")
		for _, s := range c.StageTimes {
			fmt.Fprintf(bw, "%32s %-10s %10.3f %10.2f %7.1f%%\n", "", s.Stage, s.MSPerArticle, s.Wall, 100*s.Share)
		}
	}
	return bw.Flush()
}
