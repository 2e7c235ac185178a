package input

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
)

// csvScanner cuts a CSV stream into the bytes of its records without
// parsing them, following quotes as encoding/csv does with LazyQuotes (a
// quote opens a quoted field only at the field's start; in one, "" is a
// quote and a quote before anything but the delimiter or a line end is
// kept). encoding/csv cannot skip a record: once its reader fails on one
// over the size limit, the rest of the file is lost. Cutting first lets a
// record over the limit be consumed without being held in memory, reported,
// and reading go on with the next, as JSONL lines are.
type csvScanner struct {
	br    *bufio.Reader
	comma byte
	limit int64 // raw bytes of a record kept at most
	line  int   // lines consumed so far
	buf   []byte
}

// csvRecord is one record as cut by csvScanner.
type csvRecord struct {
	data []byte // the raw record with its line end; nil when over
	line int    // the line it starts on, from 1
	over bool   // more than the scanner's limit: consumed, not kept
}

// next returns the next record, or io.EOF after the last. A read error
// other than io.EOF is returned as it is.
func (s *csvScanner) next() (csvRecord, error) {
	rec := csvRecord{line: s.line + 1}
	s.buf = s.buf[:0]
	var size int64
	// quoteSeen: the last byte was a quote inside a quoted field; quoteCR:
	// the last two were a quote and a carriage return there (a line end if
	// a line feed follows, else both kept).
	quoted, fieldStart, quoteSeen, quoteCR := false, true, false, false
	for {
		chunk, err := s.br.ReadSlice('\n')
		if err != nil && err != bufio.ErrBufferFull && err != io.EOF {
			return rec, err
		}
		end := false
		for _, b := range chunk {
			if quoteCR {
				quoteCR = false
				if b == '\n' {
					quoted = false // "…"\r\n ends the field and the record
				}
			}
			if quoteSeen { // the byte after a quote inside a quoted field
				quoteSeen = false
				switch b {
				case '"': // "" is a quote
					continue
				case s.comma:
					quoted, fieldStart = false, true
					continue
				case '\n':
					quoted = false
				case '\r':
					quoteCR = true
					continue
				default: // a stray quote, kept as it is
				}
			}
			if quoted {
				quoteSeen = b == '"'
				continue
			}
			switch b {
			case '"':
				quoted = fieldStart
				fieldStart = false
			case s.comma:
				fieldStart = true
			case '\n':
				end = true
			default:
				fieldStart = false
			}
		}
		s.line += bytes.Count(chunk, []byte{'\n'})
		size += int64(len(chunk))
		switch {
		case size > s.limit:
			rec.over, s.buf = true, s.buf[:0]
		case !rec.over:
			s.buf = append(s.buf, chunk...)
		}
		if end || err == io.EOF {
			if size == 0 {
				return rec, io.EOF
			}
			if !rec.over {
				rec.data = s.buf
			}
			return rec, nil
		}
	}
}

// parseCSVRecord parses the bytes of one record as csvScanner cut them; a
// blank line gives a nil row and no error.
func parseCSVRecord(data []byte, comma rune) ([]string, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	row, err := cr.Read()
	if err == io.EOF {
		return nil, nil
	}
	return row, err
}
