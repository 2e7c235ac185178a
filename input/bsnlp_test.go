package input

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestReadBSNLPOffsets reads every BSNLP raw directory of the shared data
// and checks the body is exactly the text the annotations' character
// offsets point into, and the header went to the fields.
func TestReadBSNLPOffsets(t *testing.T) {
	needShared(t)
	dirs, _ := filepath.Glob(filepath.Join(sharedData, "bsnlp", "*", "raw"))
	n, mentions := 0, 0
	for rec := range Read(context.Background(), dirs, nil, Options{}) {
		if rec.Err != nil {
			t.Errorf("%s: %v", rec.Source, rec.Err)
			continue
		}
		n++
		if rec.Format != FormatBSNLP || rec.ID == "" || rec.HeaderDate.IsZero() || rec.URL == "" || rec.Outlet == "" || rec.Title == "" ||
			!strings.HasPrefix(rec.Body, rec.Title) || rec.Lang != filepath.Base(filepath.Dir(rec.Source)) {
			t.Errorf("%s: format %s id %q lang %q header date %v url %q outlet %q title %q", rec.Source, rec.Format, rec.ID, rec.Lang, rec.HeaderDate, rec.URL, rec.Outlet, rec.Title)
		}
		tsv := strings.Replace(strings.TrimSuffix(rec.Source, ".txt")+".tsv", string(filepath.Separator)+"raw"+string(filepath.Separator), string(filepath.Separator)+"ner"+string(filepath.Separator), 1)
		mentions += checkOffsets(t, tsv, []rune(rec.Body))
	}
	t.Logf("%d documents, %d mentions at their offsets", n, mentions)
	if n < 700 || mentions < 10000 {
		t.Errorf("read %d documents and %d mentions, want at least 700 and 10000", n, mentions)
	}
}

// checkOffsets checks each "start end mention …" line of a BSNLP .tsv
// against body and returns how many it checked.
func checkOffsets(tb testing.TB, tsv string, body []rune) int {
	tb.Helper()
	f, err := os.Open(tsv)
	if err != nil {
		return 0 // a document with no annotations
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 {
			continue
		}
		start, err1 := strconv.Atoi(cols[0])
		end, err2 := strconv.Atoi(cols[1])
		if err1 != nil || err2 != nil || start < 0 || end > len(body) || start > end {
			tb.Errorf("%s: bad offsets %q for a body of %d characters", tsv, sc.Text(), len(body))
			continue
		}
		if got := string(body[start:end]); got != cols[2] {
			tb.Errorf("%s: body[%d:%d] = %q, want %q", tsv, start, end, got, cols[2])
		}
		n++
	}
	return n
}
