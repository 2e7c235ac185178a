package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// jsonArticle is one line of a JSONL input. Aliases seen in public dumps
// are accepted: "content" for "text", "date" for "published", "source" for
// "outlet"; "summary" is the body of last resort.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Lang      string          `json:"lang"`
	Outlet    string          `json:"outlet"`
	Source    string          `json:"source"`
	Text      string          `json:"text"`
	Content   string          `json:"content"`
	HTML      string          `json:"html"`
	Summary   string          `json:"summary"`
}

// jsonl reads a JSONL stream line by line, yielding a Record per non-blank
// line. A line over the size limit is skipped without being held in memory.
func (r *reader) jsonl(source string, br *bufio.Reader) bool {
	items := 0
	for n := 1; ; n++ {
		line, err := readLine(br, r.opt.MaxBytes)
		src := fmt.Sprintf("%s#line %d", source, n)
		switch {
		case errors.Is(err, errLineTooLong):
			items++
			if !r.fail(src, tooLarge(src, -1, r.opt.MaxBytes)) {
				return false
			}
			continue
		case err != nil && err != io.EOF:
			return r.fail(src, readError(src, err))
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, bomUTF8)
		}
		if !isBlank(line) {
			items++
			if !r.emit(r.jsonArticle(src, FormatJSONL, line)) {
				return false
			}
		}
		if err == io.EOF && items == 0 {
			return r.fail(source, wrap(source, litopys.Errorf(litopys.EINVALID, msgEmpty)))
		}
		if err == io.EOF {
			return true
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its end. A line longer than limit is
// consumed and dropped, and errLineTooLong returned; io.EOF comes with the
// last line.
func readLine(br *bufio.Reader, limit int64) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit+2 { // +2 for "\r\n"
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong && (err == nil || err == io.EOF) {
			return nil, errLineTooLong
		}
		line = bytes.TrimRight(line, "\r\n")
		if int64(len(line)) > limit {
			return nil, errLineTooLong
		}
		return line, err
	}
}

// jsonArticle parses one JSON object, a JSONL line or an item of a JSON
// file, into a Record. A line that is not UTF-8 is decoded first.
func (r *reader) jsonArticle(source, format string, line []byte) Record {
	fail := func(err error) Record {
		return Record{Source: source, Format: format, Err: wrap(source, err)}
	}
	encoding := "utf-8"
	if !utf8.Valid(line) {
		text, enc, err := Decode(line)
		if err != nil {
			return fail(err)
		}
		line, encoding = []byte(text), enc
	}
	var a jsonArticle
	if err := json.Unmarshal(line, &a); err != nil {
		return fail(jsonError(err))
	}
	art := article{
		URL: a.URL, Title: a.Title, Lang: a.Lang, Outlet: cmpOr(a.Outlet, a.Source),
		Text: cmpOr(a.Text, a.Content), HTML: a.HTML, Summary: a.Summary,
	}
	var err error
	if art.ID, err = jsonID(a.ID); err != nil {
		return fail(err)
	}
	for _, p := range []json.RawMessage{a.Published, a.Date} {
		if art.Published, err = jsonDate(p); err != nil {
			return fail(err)
		}
		if !art.Published.IsZero() {
			break
		}
	}
	return r.article(source, format, encoding, art)
}

// jsonError explains why a line is not a usable JSON object.
func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return litopys.Errorf(litopys.EINVALID, "not JSON: %v at byte %d", se, se.Offset)
	case errors.As(err, &te) && te.Field == "":
		return litopys.Errorf(litopys.EINVALID, "not a JSON object but a JSON %s", te.Value)
	case errors.As(err, &te):
		return litopys.Errorf(litopys.EINVALID, "field %q: want a string, not a JSON %s", te.Field, te.Value)
	}
	return litopys.Errorf(litopys.EINVALID, "not JSON: %v", err)
}

// jsonID reads an "id" given as a string or a number.
func jsonID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", litopys.Errorf(litopys.EINVALID, "field \"id\": want a string or a number")
}

// jsonDate reads a publication date given as a string (see parseDate) or
// as Unix seconds (milliseconds when too large for seconds).
func jsonDate(raw json.RawMessage) (litopys.Date, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return litopys.Date{}, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		f, err := strconv.ParseFloat(string(raw), 64)
		if err != nil || f < 0 || f > 1e14 {
			return litopys.Date{}, litopys.Errorf(litopys.EINVALID, "date %s: want a string or Unix seconds", raw)
		}
		if f > 1e11 {
			f /= 1000
		}
		return litopys.DateOf(time.Unix(int64(f), 0).UTC()), nil
	}
	return parseDate(s)
}
