package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/litopys/litopys"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// readableExts are the extensions of the files a directory walk reads.
var readableExts = map[string]bool{
	"": true, ".txt": true, ".text": true,
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true,
	".jsonl": true, ".ndjson": true, ".json": true, ".csv": true,
}

// readable reports whether a directory walk reads a file of this name.
func readable(name string) bool {
	return readableExts[filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz"))]
}

// arg reads one command-line argument.
func (r *reader) arg(a string) bool {
	if a == "-" {
		if r.stdin == nil {
			return r.fail(a, wrap(a, litopys.Errorf(litopys.EINVALID, "no standard input")))
		}
		var in io.Reader = r.stdin
		if r.opt.OnRead != nil {
			in = countingReader{in, r.opt.OnRead}
		}
		return r.stream(a, a, in, -1)
	}
	info, err := os.Stat(a)
	if err != nil {
		return r.fail(a, pathError(a, err))
	}
	if info.IsDir() {
		return r.walk(a)
	}
	return r.file(a, info)
}

// walk reads the files under root in lexical order.
func (r *reader) walk(root string) bool {
	going := true
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			going = r.fail(p, pathError(p, err))
		} else if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
		} else if !d.IsDir() {
			going = r.entry(p, d)
		}
		if !going {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && going {
		return r.fail(root, pathError(root, err))
	}
	return going
}

// entry reads a non-directory found by walk.
func (r *reader) entry(p string, d fs.DirEntry) bool {
	info, err := os.Stat(p) // follows a symbolic link
	switch {
	case err != nil:
		return r.fail(p, pathError(p, err))
	case info.IsDir():
		return true // a link to a directory: not followed, against cycles
	case !info.Mode().IsRegular():
		return r.fail(p, wrap(p, litopys.Errorf(litopys.EUNSUPPORTED, "not a regular file")))
	case !readable(d.Name()):
		return r.fail(p, wrap(p, litopys.Errorf(litopys.EUNSUPPORTED, "skipped: %s files are not read from directories (only text, HTML, JSON, JSONL and CSV); name it to read it", filepath.Ext(d.Name()))))
	}
	return r.file(p, info)
}

// file reads one file, decompressing it when its name ends in .gz.
func (r *reader) file(p string, info fs.FileInfo) bool {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(p, pathError(p, err))
	}
	defer f.Close()
	size := info.Size()
	if !info.Mode().IsRegular() {
		size = -1 // a pipe or device: its size is not known in advance
	}
	var rd io.Reader = f
	if r.opt.OnRead != nil {
		rd = countingReader{f, r.opt.OnRead}
	}
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		zr, err := gzip.NewReader(rd)
		if err != nil {
			return r.fail(p, wrap(p, litopys.Errorf(litopys.EINVALID, "not gzip: %v", err)))
		}
		defer zr.Close()
		rd, size = zr, -1
	}
	return r.stream(p, p, rd, size)
}

// stream reads one input of the given size (-1 when unknown), named name
// for format detection: JSONL line by line, anything else whole.
func (r *reader) stream(source, name string, rd io.Reader, size int64) bool {
	br := bufio.NewReaderSize(rd, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return r.fail(source, readError(source, err))
	}
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		// Transcode as it is read, so that UTF-16 JSONL streams too.
		r.utf16 = "utf-16le"
		if bytes.HasPrefix(head, bomUTF16BE) {
			r.utf16 = "utf-16be"
		}
		defer func() { r.utf16 = "" }()
		br = bufio.NewReaderSize(transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()), sniffLen)
		if head, err = br.Peek(sniffLen); err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return r.fail(source, readError(source, err))
		}
	}
	if looksBinary(head) && utf16NoBOM(head[:len(head)&^1]) == nil {
		return r.fail(source, wrap(source, litopys.Errorf(litopys.EINVALID, msgBinary)))
	}
	format := Detect(name, head)
	switch format {
	case FormatJSONL:
		return r.jsonl(source, br)
	case FormatJSON:
		return r.json(source, br)
	case FormatCSV:
		return r.csv(source, br, head)
	}
	if size > r.opt.MaxBytes {
		return r.fail(source, tooLarge(source, size, r.opt.MaxBytes))
	}
	data, err := io.ReadAll(io.LimitReader(br, r.opt.MaxBytes+1))
	if err != nil {
		return r.fail(source, readError(source, err))
	}
	if int64(len(data)) > r.opt.MaxBytes {
		return r.fail(source, tooLarge(source, -1, r.opt.MaxBytes))
	}
	return r.emit(r.parse(source, format, data))
}

// wrap prefixes a domain error with the operation and the item.
func wrap(source string, err error) error {
	return fmt.Errorf("read %s: %w", source, err)
}

// pathError turns an error from the file system into a domain error.
func pathError(source string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return wrap(source, litopys.Errorf(litopys.ENOTFOUND, "no such file or directory"))
	case errors.Is(err, fs.ErrPermission):
		return wrap(source, litopys.Errorf(litopys.EINVALID, "permission denied"))
	}
	return readError(source, err)
}

// readError turns a failed read into a domain error.
func readError(source string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return wrap(source, litopys.Errorf(litopys.EINVALID, "cannot read: %v", err))
}

// tooLarge is the error for an item over the size limit; size is -1 when
// only the limit is known.
func tooLarge(source string, size, limit int64) error {
	if size < 0 {
		return wrap(source, litopys.Errorf(litopys.ETOOLARGE, "too large: over the limit of %s", byteSize(limit)))
	}
	return wrap(source, litopys.Errorf(litopys.ETOOLARGE, "too large: %s, over the limit of %s", byteSize(size), byteSize(limit)))
}

// byteSize formats a size in bytes for people.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
