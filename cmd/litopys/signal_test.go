package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// bigArticle is about n bytes of one article repeated.
func bigArticle(n int) []byte {
	const para = "Государственный секретарь США Энтони Блинкен в четверг 9 ноября провел переговоры в Сеуле. Об этом сообщает Yonhap.\n\n"
	return bytes.Repeat([]byte(para), n/len(para)+1)
}

// TestDocTimeoutBatchGoesOn analyses a document far over its time budget
// between two small ones: it fails with a clear error, the others are
// analysed, and the exit code says some input failed. The large one is
// 8 MB, at least 2.5 s of CPU where the analysis is linear, against a
// budget of 1 s; the small ones take milliseconds.
func TestDocTimeoutBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("Блинкен прибыл в Сеул в среду."))
	writeFile(t, filepath.Join(dir, "b_big.txt"), bigArticle(8<<20))
	writeFile(t, filepath.Join(dir, "c.txt"), []byte("Кім Чен Ин прибув до Владивостока."))
	code, out, _ := runCmd(t, "", "analyze", "--doc-timeout", "1s", "--workers", "1", dir)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%.500s", len(lines), out)
	}
	var big struct{ Source, Error, Code string }
	if err := json.Unmarshal([]byte(lines[1]), &big); err != nil {
		t.Fatal(err)
	}
	if big.Code != litopys.ETOOLARGE || !strings.Contains(big.Error, "analysis stopped after 1s") {
		t.Errorf("big document: %+v, want a time budget error", big)
	}
	for _, i := range []int{0, 2} {
		if !strings.Contains(lines[i], `"tokens"`) {
			t.Errorf("line %d not analysed: %.200s", i, lines[i])
		}
	}
}

// TestInterruptStopsDocument interrupts an analysis of a large document in
// progress, as Ctrl-C does: the command stops without waiting for the
// document, says "interrupted" and exits with 130.
func TestInterruptStopsDocument(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	writeFile(t, path, bigArticle(8<<20))
	ctx, cancel := context.WithCancelCause(context.Background())
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	e.log = newLogger(&errb, "warn") // an interrupted document is not a failed one: no warning
	done := make(chan int, 1)
	go func() { done <- run(ctx, e, []string{"analyze", "--doc-timeout", "0", path}) }()
	time.Sleep(500 * time.Millisecond) // into the analysis
	cancel(interrupt{os.Interrupt})
	code := <-done
	if code != exitInterrupted || strings.TrimSpace(errb.String()) != "litopys analyze: interrupted" {
		t.Errorf("exit %d, stderr %q; want 130 and \"litopys analyze: interrupted\"", code, errb.String())
	}
}
