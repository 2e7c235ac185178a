package input

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// view is the comparable form of a Record in golden files.
type view struct {
	Source    string       `json:"source"`
	Format    string       `json:"format,omitempty"`
	Encoding  string       `json:"encoding,omitempty"`
	ID        string       `json:"id,omitempty"`
	URL       string       `json:"url,omitempty"`
	Title     string       `json:"title,omitempty"`
	Outlet    string       `json:"outlet,omitempty"`
	Lang      string       `json:"lang,omitempty"`
	Published litopys.Date `json:"published"`
	// PublishedSource and HeaderDate are Record's.
	PublishedSource string `json:"published_source,omitempty"`
	HeaderDate      string `json:"header_date,omitempty"`
	HTML            bool   `json:"html,omitempty"`
	Body            string `json:"body,omitempty"`
	Code            string `json:"code,omitempty"`
	Error           string `json:"error,omitempty"`
}

func viewOf(r Record) view {
	v := view{Source: r.Source, Format: r.Format, Encoding: r.Encoding, ID: r.ID, URL: r.URL, Title: r.Title, Outlet: r.Outlet, Lang: r.Lang,
		Published: r.Published, PublishedSource: r.PublishedSource, HeaderDate: r.HeaderDate.String(), HTML: r.HTML, Body: r.Body}
	if r.Err != nil {
		v.Code, v.Error = litopys.ErrorCode(r.Err), r.Err.Error()
	}
	return v
}

// readAll collects the views of every record Read yields.
func readAll(tb testing.TB, args []string, stdin string, opt Options) []view {
	tb.Helper()
	var out []view
	for r := range Read(context.Background(), args, strings.NewReader(stdin), opt) {
		out = append(out, viewOf(r))
	}
	return out
}

// checkGolden compares got, as indented JSON, with testdata/name (rewritten
// with -update).
func checkGolden(tb testing.TB, name string, got any) {
	tb.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(b, want) {
		tb.Errorf("output differs from %s (go test -update rewrites it; review the diff):\n%s", path, b)
	}
}

// TestReadMixedDirectory walks a directory of good and bad inputs of every
// kind: each bad one gives an error record and the others still come out.
func TestReadMixedDirectory(t *testing.T) {
	got := readAll(t, []string{"testdata/mix"}, "", Options{Published: litopys.DayDate(2020, 1, 2)})
	checkGolden(t, "mix.golden.json", got)
}
