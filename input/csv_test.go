package input

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestCSVRowOverLimitReadsOn checks that a row far over the size limit — a
// quoted text of many lines, larger than any buffer — is reported and
// skipped, and that every row after it is read (it used to end the file).
func TestCSVRowOverLimitReadsOn(t *testing.T) {
	var b strings.Builder
	b.WriteString("title,text\n")
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, "T%d,\"Текст %d.\"\n", i, i)
	}
	b.WriteString("Big,\"" + strings.Repeat("Очень длинный абзац, \"\"с кавычками\"\".\n", 20000) + "\"\n")
	for i := 4; i <= 10; i++ {
		fmt.Fprintf(&b, "T%d,\"Текст %d,\nв две строки.\"\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "news.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	got := readAll(t, []string{path}, "", Options{MaxBytes: 1000})
	var want []view
	for i := 1; i <= 3; i++ {
		want = append(want, view{Source: fmt.Sprintf("%s#line %d", path, i+1), Format: FormatCSV, Encoding: "utf-8", Title: fmt.Sprint("T", i), Body: fmt.Sprintf("Текст %d.", i)})
	}
	big := path + "#line 5"
	want = append(want, view{Source: big, Code: litopys.ETOOLARGE, Error: "read " + big + ": too large: over the limit of 1000 bytes"})
	for i := 4; i <= 10; i++ {
		line := 5 + 20001 + (i-4)*2
		want = append(want, view{Source: fmt.Sprintf("%s#line %d", path, line), Format: FormatCSV, Encoding: "utf-8", Title: fmt.Sprint("T", i), Body: fmt.Sprintf("Текст %d,\nв две строки.", i)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %d records %+v\nwant %d records %+v", len(got), got, len(want), want)
	}
}

// TestCSVScanner checks the cutting of records against encoding/csv's
// reading of quotes: quoted delimiters and line ends, doubled quotes,
// stray quotes, blank lines, CRLF and a last line without its end.
func TestCSVScanner(t *testing.T) {
	in := "a,\"b,\nc\"\r\n\nd\"e,f\n\"g\"\"h\",\"i\"j\nk\"\nl,m"
	sc := &csvScanner{br: bufio.NewReader(strings.NewReader(in)), comma: ',', limit: 1 << 20}
	var got []string
	var lines []int
	for {
		rec, err := sc.next()
		if err != nil {
			break
		}
		row, err := parseCSVRecord(rec.data, ',')
		if err != nil {
			t.Fatalf("line %d: %v", rec.line, err)
		}
		if row != nil {
			got = append(got, strings.Join(row, "|"))
			lines = append(lines, rec.line)
		}
	}
	want := []string{"a|b,\nc", "d\"e|f", "g\"h|i\"j\nk", "l|m"}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(lines, []int{1, 4, 5, 7}) {
		t.Errorf("got %q at lines %v, want %q at 1, 4, 5, 7", got, lines, want)
	}
}

// TestSizeAndOnRead checks that Size counts what a walk reads and that
// OnRead is told of every byte read.
func TestSizeAndOnRead(t *testing.T) {
	n, known := Size([]string{"testdata/mix"})
	var read int64
	for range Read(t.Context(), []string{"testdata/mix"}, nil, Options{OnRead: func(k int) { read += int64(k) }}) {
	}
	if !known || n == 0 || read != n {
		t.Errorf("Size = %d (known %v), read %d", n, known, read)
	}
	if _, known := Size([]string{"testdata/mix", "-"}); known {
		t.Errorf("stdin counted as known")
	}
}

// FuzzCSVScanner checks the scanner's cut against encoding/csv reading the
// whole stream: the same rows, in order, up to the first parse error.
func FuzzCSVScanner(f *testing.F) {
	for _, s := range []string{"a,\"b,\nc\"\r\n\nd\"e,f\n\"g\"\"h\",\"i\"j\nk\"\nl,m", "x\n\"\"\"\n", "a,\"b\"c,d\n", "\"a\r\nb\",c\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		cr := csv.NewReader(strings.NewReader(in))
		cr.FieldsPerRecord, cr.LazyQuotes = -1, true
		var want [][]string
		for {
			row, err := cr.Read()
			if err != nil {
				break
			}
			want = append(want, row)
		}
		sc := &csvScanner{br: bufio.NewReader(strings.NewReader(in)), comma: ',', limit: 1 << 20}
		var got [][]string
		for len(got) < len(want) {
			rec, err := sc.next()
			if err != nil {
				break
			}
			row, err := parseCSVRecord(rec.data, ',')
			if err != nil {
				break
			}
			if row != nil {
				got = append(got, row)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("scanner rows %q\nencoding/csv %q", got, want)
		}
	})
}
