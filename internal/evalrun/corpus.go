package evalrun

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

// AnalyzeCorpus reads the articles of paths (files or directories any
// input format) and analyses them on all cores, calling keep with each
// analysed document in input order; its index is the article's position in
// the input. Articles that cannot be read or analysed are skipped, and so
// are those want (when not nil) refuses, unanalysed. With a cache
// directory (and no want), the analyses are read from (or written to) a
// file there named by the paths and the analysers' version, so that tuning
// runs analyse a corpus once.
func AnalyzeCorpus(ctx context.Context, p *pipeline.Pipeline, paths []string, cache string, want func(input.Record) bool, keep func(i int, d *litopys.Document)) error {
	file := ""
	if cache != "" && want == nil {
		file = corpusCachePath(cache, paths)
		if err := readCorpusCache(file, keep); err == nil {
			return nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	var w *corpusWriter
	if file != "" {
		var err error
		if w, err = newCorpusWriter(file); err != nil {
			return err
		}
		defer w.abort()
	}
	type result struct {
		doc *litopys.Document
		err error
	}
	n := runtime.GOMAXPROCS(0)
	slots := make(chan chan result, 2*n)
	go func() {
		defer close(slots)
		sem := make(chan struct{}, n)
		for rec := range input.Read(ctx, paths, nil, input.Options{}) {
			ch := make(chan result, 1)
			select {
			case slots <- ch:
			case <-ctx.Done():
				return
			}
			if rec.Err != nil {
				ch <- result{err: rec.Err}
				continue
			}
			if want != nil && !want(rec) {
				ch <- result{err: errSkipped}
				continue
			}
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				d, err := p.Analyze(ctx, rec)
				ch <- result{d, err}
			}()
		}
	}()
	i := 0
	for ch := range slots {
		r := <-ch
		if r.err == errSkipped {
			i++
		}
		if r.err != nil {
			continue
		}
		if w != nil {
			if err := w.enc.Encode(r.doc); err != nil {
				return fmt.Errorf("corpus cache: %w", err)
			}
		}
		keep(i, r.doc)
		i++
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if w != nil {
		return w.commit()
	}
	return nil
}

var errSkipped = errors.New("skipped")

func corpusCachePath(dir string, paths []string) string {
	h := sha256.New()
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		fmt.Fprintf(h, "%s\x00", p)
	}
	version := strings.NewReplacer("/", "_", " ", "_").Replace(pipeline.Version)
	return filepath.Join(dir, fmt.Sprintf("eval-corpus-%s-%s.gob.zst", version, hex.EncodeToString(h.Sum(nil))[:16]))
}

func readCorpusCache(file string, keep func(int, *litopys.Document)) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := zstd.NewReader(f, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return fmt.Errorf("corpus cache: %w", err)
	}
	defer zr.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(zr, 1<<16))
	for i := 0; ; i++ {
		var d litopys.Document
		if err := dec.Decode(&d); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("corpus cache %s: %w", file, err)
		}
		keep(i, &d)
	}
}

// corpusWriter writes analyses to a temporary file that commit renames
// into place, so that a cache file is always complete.
type corpusWriter struct {
	path string
	f    *os.File
	zw   *zstd.Encoder
	bw   *bufio.Writer
	enc  *gob.Encoder
	once sync.Once
}

func newCorpusWriter(path string) (*corpusWriter, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("corpus cache: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("corpus cache: %w", err)
	}
	zw, err := zstd.NewWriter(f, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("corpus cache: %w", err)
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	return &corpusWriter{path: path, f: f, zw: zw, bw: bw, enc: gob.NewEncoder(bw)}, nil
}

func (w *corpusWriter) commit() error {
	err := errors.Join(w.bw.Flush(), w.zw.Close(), w.f.Close())
	if err == nil {
		err = os.Rename(w.f.Name(), w.path)
	}
	w.once.Do(func() {})
	if err != nil {
		os.Remove(w.f.Name())
		return fmt.Errorf("corpus cache: %w", err)
	}
	return nil
}

// abort removes the temporary file unless commit ran.
func (w *corpusWriter) abort() {
	w.once.Do(func() {
		w.zw.Close()
		w.f.Close()
		os.Remove(w.f.Name())
	})
}
