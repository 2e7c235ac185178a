package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync/atomic"
	"time"
)

// progress tells how far a long run (analyze, ingest) is: on a terminal a
// bar redrawn at most five times a second; otherwise, as a log line every
// few seconds — documents done, rate, failures and, when the inputs are
// files of known size, the share read and the time left.
type progress struct {
	w     io.Writer
	log   *slog.Logger
	tty   bool
	every time.Duration // between log lines
	now   func() time.Time
	name  string

	start, last time.Time
	total       int64        // bytes of input, 0 when unknown
	read        atomic.Int64 // bytes read so far (input.Options.OnRead)
	totalDocs   int          // documents to do, when known instead of bytes
	drawn       bool
}

// progressEvery is the time between two log lines of progress.
const progressEvery = 5 * time.Second

// newProgress reports on stderr: a bar when it is a terminal, else log
// lines. total is the input's size in bytes, 0 when unknown.
func newProgress(name string, stderr io.Writer, log *slog.Logger, total int64) *progress {
	p := &progress{w: stderr, log: log, every: progressEvery, now: time.Now, name: name, total: total}
	if f, ok := stderr.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	p.start = p.now()
	p.last = p.start
	return p
}

// onRead counts bytes read (input.Options.OnRead).
func (p *progress) onRead(n int) { p.read.Add(int64(n)) }

// show reports done documents, of which failed failed, and a summary of
// the outcomes (e.g. "3 added, 1 unchanged"), if due.
func (p *progress) show(done, failed int, outcomes string) {
	now := p.now()
	wait := p.every
	if p.tty {
		wait = 200 * time.Millisecond
	}
	if now.Sub(p.last) < wait {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start)
	rate := float64(done) / max(elapsed.Seconds(), 1e-3)
	frac, eta := p.estimate(elapsed, done)
	if !p.tty {
		args := []any{"documents", done, "per_second", fmt.Sprintf("%.1f", rate), "failed", failed}
		if outcomes != "" {
			args = append(args, "outcomes", outcomes)
		}
		if frac >= 0 {
			args = append(args, "percent", int(frac*100), "eta", eta.Round(time.Second).String())
		}
		p.log.Info(p.name+" progress", args...)
		return
	}
	line := fmt.Sprintf("%s: %d documents, %.1f/s, %d failed", p.name, done, rate, failed)
	if frac >= 0 {
		const width = 24
		n := int(frac * width)
		line = fmt.Sprintf("[%s%s] %3d%% %s, ETA %s", strings.Repeat("#", n), strings.Repeat(".", width-n), int(frac*100), line, eta.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.drawn = true
}

// estimate returns the share of the work done — of the documents when
// their number is known, else of the input read — (-1 when unknown) and the
// time left at the pace so far.
func (p *progress) estimate(elapsed time.Duration, done int) (float64, time.Duration) {
	var frac float64
	switch read := p.read.Load(); {
	case p.totalDocs > 0 && done > 0:
		frac = float64(done) / float64(p.totalDocs)
	case p.total > 0 && read > 0:
		frac = float64(read) / float64(p.total)
	default:
		return -1, 0
	}
	frac = min(1, frac)
	return frac, time.Duration(float64(elapsed) * (1 - frac) / frac)
}

// clear removes the bar from the terminal.
func (p *progress) clear() {
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
