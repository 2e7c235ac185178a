package input

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

const fiftyMB = 50 << 20

// repeatReader yields unit over and over up to n bytes, then tail, without
// holding more than one copy.
type repeatReader struct {
	unit, tail string
	n, off     int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.off >= r.n+int64(len(r.tail)) {
		return 0, io.EOF
	}
	w := 0
	for w < len(p) && r.off < r.n {
		i := int(r.off % int64(len(r.unit)))
		c := copy(p[w:], r.unit[i:min(len(r.unit), i+int(r.n-r.off))])
		w += c
		r.off += int64(c)
	}
	if w < len(p) && r.off >= r.n {
		c := copy(p[w:], r.tail[r.off-r.n:])
		w += c
		r.off += int64(c)
	}
	return w, nil
}

// allocated returns the bytes allocated while f ran.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestReadFiftyMegabyteFile refuses a 50 MB file without reading it into
// memory and goes on with the next.
func TestReadFiftyMegabyteFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "a_big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, &repeatReader{unit: paraRU + "\n", n: fiftyMB}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "b_small.txt")
	if err := os.WriteFile(small, []byte(paraUK), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []view
	alloc := allocated(func() { got = readAll(t, []string{dir}, "", Options{}) })
	want := []view{
		{Source: big, Code: litopys.ETOOLARGE, Error: "read " + big + ": too large: 50.0 MiB, over the limit of 16.0 MiB"},
		{Source: small, Format: FormatText, Encoding: "utf-8", Body: paraUK},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if alloc > 1<<20 {
		t.Errorf("allocated %d bytes to refuse a 50 MB file, want under 1 MiB", alloc)
	}
}

// TestReadFiftyMegabyteStdin refuses 50 MB of text on stdin after reading
// no more than the limit.
func TestReadFiftyMegabyteStdin(t *testing.T) {
	var got []Record
	alloc := allocated(func() {
		for r := range Read(context.Background(), nil, &repeatReader{unit: paraRU + "\n", n: fiftyMB}, Options{MaxBytes: 1 << 20}) {
			got = append(got, r)
		}
	})
	if len(got) != 1 || litopys.ErrorCode(got[0].Err) != litopys.ETOOLARGE {
		t.Fatalf("got %+v, want one ETOOLARGE record", got)
	}
	if alloc > 8<<20 { // proportional to the limit, not to the 50 MB
		t.Errorf("allocated %d bytes with a 1 MiB limit, want under 8 MiB", alloc)
	}
}

// TestReadFiftyMegabyteJSONL streams 50 MB of JSONL with flat memory, and
// drops a 50 MB line without holding it.
func TestReadFiftyMegabyteJSONL(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB of JSONL")
	}
	line := fmt.Sprintf("{\"url\":\"https://zn.ua/x\",\"text\":%q}\n", paraRU)
	n, peak := 0, uint64(0)
	var ms runtime.MemStats
	for r := range Read(context.Background(), nil, &repeatReader{unit: line, n: int64(len(line)) * (fiftyMB / int64(len(line)))}, Options{}) {
		if r.Err != nil || r.Body != paraRU || r.Outlet != "zn.ua" {
			t.Fatalf("record %d: %+v", n, r)
		}
		if n++; n%10000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	t.Logf("%d records, peak heap %d bytes", n, peak)
	if n < 100000 || peak > 16<<20 {
		t.Errorf("read %d records with a peak heap of %d bytes, want over 100000 under 16 MiB", n, peak)
	}

	huge := &repeatReader{unit: "{\"text\":\"" + strings.Repeat("д", 1000), n: fiftyMB, tail: "\"}\n{\"text\":\"after\"}\n"}
	var got []view
	alloc := allocated(func() {
		for r := range Read(context.Background(), []string{"-"}, huge, Options{MaxBytes: 1 << 20}) {
			got = append(got, viewOf(r))
		}
	})
	want := []view{
		{Source: "-#line 1", Code: litopys.ETOOLARGE, Error: "read -#line 1: too large: over the limit of 1.0 MiB"},
		{Source: "-#line 2", Format: FormatJSONL, Encoding: "utf-8", Body: "after"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if alloc > 8<<20 { // the line is held up to the limit before it is known to be too long
		t.Errorf("allocated %d bytes to skip a 50 MB line with a 1 MiB limit, want under 8 MiB", alloc)
	}
}
