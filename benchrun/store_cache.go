package benchrun

import (
	"bufio"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/zstd"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
)

// The analysed corpus is cached as a zstd-compressed gob stream of
// documents, so that the scaling phase and later runs do not analyse it
// again. The file name carries the analysers' version and a hash of the
// inputs and the limit; a file is only ever renamed into place complete.

// cachePath names the cache file of the corpus paths at limit in dir.
func cachePath(dir string, paths []string, limit int) string {
	h := sha256.New()
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		fmt.Fprintf(h, "%s\x00", p)
	}
	fmt.Fprintf(h, "limit=%d", limit)
	key := hex.EncodeToString(h.Sum(nil))[:16]
	version := strings.NewReplacer("/", "_", " ", "_").Replace(pipeline.Version)
	return filepath.Join(dir, fmt.Sprintf("store-corpus-%s-%s.gob.zst", version, key))
}

// cacheWriter writes documents to a temporary file that commit renames to
// the cache path.
type cacheWriter struct {
	path string
	f    *os.File
	zw   *zstd.Encoder
	bw   *bufio.Writer
	enc  *gob.Encoder
}

func newCacheWriter(path string) (*cacheWriter, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("bench store: cache: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("bench store: cache: %w", err)
	}
	zw, err := zstd.NewWriter(f, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("bench store: cache: %w", err)
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	return &cacheWriter{path: path, f: f, zw: zw, bw: bw, enc: gob.NewEncoder(bw)}, nil
}

func (w *cacheWriter) write(docs []*litopys.Document) error {
	for _, d := range docs {
		if err := w.enc.Encode(d); err != nil {
			return fmt.Errorf("bench store: cache %s: %w", d.ID, err)
		}
	}
	return nil
}

// commit completes the file and puts it in place.
func (w *cacheWriter) commit() error {
	err := errors.Join(w.bw.Flush(), w.zw.Close(), w.f.Close())
	if err == nil {
		err = os.Rename(w.f.Name(), w.path)
	}
	if err != nil {
		os.Remove(w.f.Name())
		return fmt.Errorf("bench store: cache: %w", err)
	}
	return nil
}

// abort drops the unfinished file.
func (w *cacheWriter) abort() {
	w.zw.Close()
	w.f.Close()
	os.Remove(w.f.Name())
}

// cacheReader streams the documents of a cache file in order.
type cacheReader struct {
	f   *os.File
	zr  *zstd.Decoder
	dec *gob.Decoder
}

func openCache(path string) (*cacheReader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bench store: cache: %w", err)
	}
	zr, err := zstd.NewReader(bufio.NewReaderSize(f, 1<<16), zstd.WithDecoderConcurrency(1))
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("bench store: cache %s: %w", path, err)
	}
	return &cacheReader{f: f, zr: zr, dec: gob.NewDecoder(zr)}, nil
}

// next returns the next document, or io.EOF after the last.
func (r *cacheReader) next() (*litopys.Document, error) {
	var d litopys.Document
	if err := r.dec.Decode(&d); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("bench store: cache %s: %w", r.f.Name(), err)
	}
	return &d, nil
}

func (r *cacheReader) close() error {
	r.zr.Close()
	return r.f.Close()
}
