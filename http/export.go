package http

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/litopys/litopys"
)

// table streams the rows of an export as CSV (a header, then a line per
// row) or as a JSON array of objects keyed by the columns, flushing as it
// goes, so that an export of any size holds one page in memory.
type table struct {
	w      http.ResponseWriter
	rc     *http.ResponseController
	json   bool
	cols   []string
	cw     *csv.Writer
	n      int
	err    error
	closed bool
}

// exportFormat checks an export's format parameter: csv or json.
func exportFormat(format string) error {
	if format != "csv" && format != "json" {
		return litopys.Errorf(litopys.EINVALID, "format: want csv or json, got %q", format)
	}
	return nil
}

// newTable starts an export named name (the file's name without its
// extension) with the columns.
func newTable(w http.ResponseWriter, format, name string, cols []string) *table {
	t := &table{w: w, rc: http.NewResponseController(w), json: format == "json", cols: cols}
	h := w.Header()
	if t.json {
		h.Set("Content-Type", "application/json; charset=utf-8")
	} else {
		h.Set("Content-Type", "text/csv; charset=utf-8")
	}
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, fileName(name), format))
	t.extend()
	w.WriteHeader(http.StatusOK)
	if t.json {
		_, t.err = w.Write([]byte("[\n"))
	} else {
		t.cw = csv.NewWriter(w)
		t.err = t.cw.Write(cols)
	}
	return t
}

// row writes one row, a value per column. Strings go to CSV guarded
// against spreadsheet formulas (see csvCell).
func (t *table) row(vals ...any) error {
	if t.err != nil {
		return t.err
	}
	if t.json {
		var b bytes.Buffer
		if t.n > 0 {
			b.WriteString(",\n")
		}
		b.WriteByte('{')
		for i, c := range t.cols {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(c)
			v, err := json.Marshal(vals[i])
			if err != nil {
				return err
			}
			b.Write(k)
			b.WriteByte(':')
			b.Write(v)
		}
		b.WriteByte('}')
		_, t.err = t.w.Write(b.Bytes())
	} else {
		rec := make([]string, len(vals))
		for i, v := range vals {
			if s, ok := v.(string); ok {
				rec[i] = csvCell(s)
			} else {
				rec[i] = fmt.Sprint(v)
			}
		}
		t.err = t.cw.Write(rec)
	}
	t.n++
	if t.n%500 == 0 {
		t.flush()
	}
	return t.err
}

func (t *table) flush() {
	if t.cw != nil {
		t.cw.Flush()
		if t.err == nil {
			t.err = t.cw.Error()
		}
	}
	if t.err == nil {
		t.rc.Flush() // a writer that cannot flush sends at the end
		t.extend()
	}
}

// exportStall is how long an export may go without a flush: the server's
// write timeout (meant for pages) would otherwise cut a long export.
const exportStall = time.Minute

// extend moves the connection's write deadline past the next flush.
func (t *table) extend() {
	t.rc.SetWriteDeadline(time.Now().Add(exportStall)) // not supported by every writer: then nothing to extend
}

// close ends the export; an error met on the way is returned (the client
// has the rows written before it).
func (t *table) close() error {
	if t.closed {
		return t.err
	}
	t.closed = true
	if t.json && t.err == nil {
		_, t.err = t.w.Write([]byte("\n]\n"))
	}
	t.flush()
	return t.err
}

// csvCell guards a text cell against being run as a formula by a
// spreadsheet (a title starting with "=" or "+"): such a cell gets a
// leading apostrophe, as OWASP advises.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// fileName makes a file name of s: ASCII letters, digits and single
// dashes (a Content-Disposition filename is safest in ASCII).
func fileName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 80 {
			break
		}
	}
	return b.String()
}
