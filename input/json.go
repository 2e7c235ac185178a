package input

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/litopys/litopys"
)

// json reads a JSON file holding an array of article objects, or objects
// one after another, yielding a Record per object. A syntax error ends the
// file with an error record, since what follows cannot be found again; an
// object over the size limit does too.
func (r *reader) json(source string, br *bufio.Reader) bool {
	if bom, _ := br.Peek(len(bomUTF8)); string(bom) == string(bomUTF8) {
		br.Discard(len(bomUTF8))
	}
	lr := &valueLimitReader{r: br, limit: r.opt.MaxBytes + sniffLen}
	dec := json.NewDecoder(lr)
	n := 0
	fail := func(err error) bool {
		src := fmt.Sprintf("%s#item %d", source, n+1)
		if errors.Is(err, errValueTooLarge) {
			return r.fail(src, tooLarge(src, -1, r.opt.MaxBytes))
		}
		return r.fail(src, wrap(src, jsonError(err)))
	}
	if first, err := firstNonSpace(br); err == nil && first == '[' {
		if _, err := dec.Token(); err != nil {
			return fail(err)
		}
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fail(err)
		}
		lr.read = 0
		n++
		src := fmt.Sprintf("%s#item %d", source, n)
		if len(raw) > int(r.opt.MaxBytes) {
			if !r.fail(src, tooLarge(src, int64(len(raw)), r.opt.MaxBytes)) {
				return false
			}
			continue
		}
		if !r.emit(r.jsonArticle(src, FormatJSON, raw)) {
			return false
		}
	}
	if n == 0 {
		return r.fail(source, wrap(source, litopys.Errorf(litopys.EINVALID, "empty: no JSON objects")))
	}
	return true
}

// firstNonSpace returns the first byte of br that is not white space,
// without consuming it.
func firstNonSpace(br *bufio.Reader) (byte, error) {
	for i := 1; ; i++ {
		b, err := br.Peek(i)
		if len(b) < i {
			return 0, err
		}
		if c := b[i-1]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c, nil
		}
	}
}

var errValueTooLarge = errors.New("JSON value too large")

// valueLimitReader fails once more than limit bytes are read since read
// was last reset, so that one huge JSON value cannot fill memory.
type valueLimitReader struct {
	r           io.Reader
	read, limit int64
}

func (l *valueLimitReader) Read(p []byte) (int, error) {
	if l.read > l.limit {
		return 0, errValueTooLarge
	}
	n, err := l.r.Read(p)
	l.read += int64(n)
	return n, err
}
