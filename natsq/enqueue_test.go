package natsq

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys/input"
)

// fakeQueue keeps the keys of the items it took; it refuses items named
// "refused.txt".
type fakeQueue struct{ keys map[string]bool }

func (q *fakeQueue) Publish(_ context.Context, it Item) (bool, error) {
	if strings.HasSuffix(it.Name(), "refused.txt") {
		return false, errors.New("queue full")
	}
	if q.keys[it.Key()] {
		return false, nil
	}
	q.keys[it.Key()] = true
	return true, nil
}

// TestEnqueue queues a folder and a URL: articles are queued once (the
// same article again is a duplicate), what is not an article is skipped,
// an unreadable file and an item the queue refuses fail alone.
func TestEnqueue(t *testing.T) {
	dir := t.TempDir()
	article := "Кабінет міністрів ухвалив проєкт державного бюджету на наступний рік.\n"
	for name, body := range map[string]string{
		"a.txt":       article,
		"b.txt":       article,
		"c.txt":       "Другий текст про інші події, які відбулися вчора ввечері.\n",
		"refused.txt": "Текст, який черга не прийме.\n",
		"d.png":       "\x89PNG\r\n\x1a\n",
		"e.txt":       "\x7fELF\x00\x00\x01\x02\x00\x00\x00\x03",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	q := &fakeQueue{keys: map[string]bool{}}
	var skipped, failed []string
	progress := 0
	tot, err := Enqueue(context.Background(), q, []string{dir, "https://zn.ua/news/1"}, nil, input.Options{MaxBytes: 1 << 20}, EnqueueHooks{
		Skipped:  func(source string, _ error) { skipped = append(skipped, filepath.Base(source)) },
		Failed:   func(source string, _ error) { failed = append(failed, filepath.Base(source)) },
		Progress: func(Enqueued) { progress++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := (Enqueued{Queued: 3, Duplicate: 1, Failed: 2}); tot != want {
		t.Errorf("totals %+v, want %+v", tot, want)
	}
	if strings.Join(skipped, " ") != "d.png" || strings.Join(failed, " ") != "e.txt refused.txt" || progress != 5 {
		t.Errorf("skipped %v, failed %v, %d progress reports (want 5: one per item published)", skipped, failed, progress)
	}
}
