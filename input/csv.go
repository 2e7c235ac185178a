package input

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"golang.org/x/text/transform"
)

// csvColumns maps the header names a CSV column may have, lower-cased, to
// the article field it fills.
var csvColumns = map[string]string{
	"id": "id", "url": "url", "link": "url",
	"title": "title", "headline": "title",
	"published": "published", "date": "published", "pubdate": "published", "datetime": "published",
	"lang": "lang", "language": "lang",
	"outlet": "outlet", "source": "outlet", "site": "outlet",
	"text": "text", "content": "text", "body": "text", "article": "text",
	"html": "html", "summary": "summary", "description": "summary",
	// Russian and Ukrainian spreadsheets
	"заголовок": "title", "дата": "published", "текст": "text", "ссылка": "url", "посилання": "url",
	"источник": "outlet", "джерело": "outlet", "язык": "lang", "мова": "lang",
}

// csv reads a CSV or TSV file with a header row naming its columns (see
// csvColumns), yielding a Record per row. The delimiter — comma, semicolon
// or tab — is the one the header uses most; a file that is not UTF-8 is
// decoded from the single-byte Cyrillic encoding its start reads best in.
// A row over the size limit gives an error record, without being held in
// memory, and reading goes on with the next row.
func (r *reader) csv(source string, br *bufio.Reader, head []byte) bool {
	fail := func(err error) bool { return r.fail(source, wrap(source, err)) }
	encoding := "utf-8"
	if utf8.Valid(head[:completeRunes(head)]) {
		if bytes.HasPrefix(head, bomUTF8) {
			br.Discard(len(bomUTF8))
		}
	} else {
		cs := bestCharset(head)
		if cs == nil {
			return fail(litopys.Errorf(litopys.EINVALID, msgNoText))
		}
		encoding = cs.nameFor(head)
		br = bufio.NewReaderSize(transform.NewReader(br, cs.cm.NewDecoder()), sniffLen)
	}
	comma := csvDelimiter(head)
	// Quoting at most doubles a row's bytes; rows within that are parsed
	// and measured by their fields (csvSize).
	sc := &csvScanner{br: br, comma: byte(comma), limit: 2*r.opt.MaxBytes + sniffLen}
	var header []string
	for header == nil {
		rec, err := sc.next()
		switch {
		case err == io.EOF:
			return fail(litopys.Errorf(litopys.EINVALID, msgEmpty))
		case err != nil:
			return fail(csvError(err, r.opt.MaxBytes))
		case rec.over:
			return fail(litopys.Errorf(litopys.ETOOLARGE, "too large: a header over the limit of %s", byteSize(r.opt.MaxBytes)))
		}
		if header, err = parseCSVRecord(rec.data, comma); err != nil {
			return fail(csvError(err, r.opt.MaxBytes))
		}
	}
	fields := make([]string, len(header))
	for i, h := range header {
		fields[i] = csvColumns[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))]
	}
	if !slices.Contains(fields, "text") && !slices.Contains(fields, "html") && !slices.Contains(fields, "summary") {
		return fail(litopys.Errorf(litopys.EINVALID, "CSV header has no text column (text, content, body, html or summary): %s", strings.Join(header, ", ")))
	}
	rows := 0
	for {
		rec, err := sc.next()
		if err == io.EOF {
			break
		}
		src := fmt.Sprintf("%s#line %d", source, rec.line)
		if err != nil {
			return r.fail(src, wrap(src, csvError(err, r.opt.MaxBytes)))
		}
		if rec.over {
			rows++
			if !r.fail(src, tooLarge(src, -1, r.opt.MaxBytes)) {
				return false
			}
			continue
		}
		row, err := parseCSVRecord(rec.data, comma)
		if row == nil && err == nil {
			continue // a blank line
		}
		rows++
		if err != nil {
			if !r.fail(src, wrap(src, csvError(err, r.opt.MaxBytes))) {
				return false
			}
			continue
		}
		if size := csvSize(row); size > r.opt.MaxBytes {
			if !r.fail(src, tooLarge(src, size, r.opt.MaxBytes)) {
				return false
			}
			continue
		}
		if !r.emit(r.csvRow(src, encoding, fields, row)) {
			return false
		}
	}
	if rows == 0 {
		return fail(litopys.Errorf(litopys.EINVALID, "empty: a CSV header and no rows"))
	}
	return true
}

// csvSize returns the bytes held by the fields of a row.
func csvSize(row []string) int64 {
	n := 0
	for _, f := range row {
		n += len(f)
	}
	return int64(n)
}

// csvRow makes the Record of one CSV row.
func (r *reader) csvRow(source, encoding string, fields, row []string) Record {
	var a article
	var date string
	for i, v := range row[:min(len(row), len(fields))] {
		v = strings.ToValidUTF8(v, "\uFFFD") // stray bytes past the sniffed start
		switch fields[i] {
		case "id":
			a.ID = v
		case "url":
			a.URL = v
		case "title":
			a.Title = v
		case "published":
			date = v
		case "lang":
			a.Lang = v
		case "outlet":
			a.Outlet = v
		case "text":
			a.Text = v
		case "html":
			a.HTML = v
		case "summary":
			a.Summary = v
		}
	}
	d, err := parseDate(date)
	if err != nil {
		return Record{Source: source, Format: FormatCSV, Err: wrap(source, err)}
	}
	a.Published = d
	return r.article(source, FormatCSV, encoding, a)
}

// csvDelimiter returns the comma, semicolon or tab the first line of data
// holds most of, outside quotes; a comma when it holds none.
func csvDelimiter(data []byte) rune {
	counts := map[byte]int{}
	quoted := false
	for _, b := range data {
		if b == '\n' && !quoted {
			break
		}
		switch b {
		case '"':
			quoted = !quoted
		case ',', ';', '\t':
			if !quoted {
				counts[b]++
			}
		}
	}
	best := byte(',')
	for _, d := range []byte{';', '\t'} {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return rune(best)
}

// csvError explains a CSV read error.
func csvError(err error, limit int64) error {
	if errors.Is(err, errValueTooLarge) {
		return litopys.Errorf(litopys.ETOOLARGE, "too large: a row over the limit of %s", byteSize(limit))
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return litopys.Errorf(litopys.EINVALID, "not CSV: %v", pe.Err)
	}
	return litopys.Errorf(litopys.EINVALID, "cannot read: %v", err)
}
