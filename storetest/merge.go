package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/litopys/litopys"
)

// BlockCounter is a store that keeps its index in blocks of postings and
// tells how many the word with a lemma has.
type BlockCounter interface {
	WordBlocks(ctx context.Context, lemma string) (int, error)
}

// testSmallBatches stores documents one at a time from four writers, as
// lightly loaded workers do, and checks that the index stays compact (a
// term's blocks are merged) and right: every document found, and
// replacing documents after their blocks were merged (and, on a server,
// after concurrent batches interleaved their row numbers) edits the
// blocks that hold them.
func testSmallBatches(t *testing.T, f *fixture, s litopys.Store) {
	const n = 240
	docs := make([]*litopys.Document, n)
	for i := range docs {
		text := fmt.Sprintf("Министр финансов представил бюджет номер %d.", i)
		if i%3 == 0 {
			text += " Обсуждались санкции."
		}
		docs[i] = f.article(t, fmt.Sprintf("small-%03d", i), "ru", "", "2024-03-01", text)
	}
	const writers = 4
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			for i := w; i < n; i += writers {
				if _, err := s.PutDocument(context.Background(), docs[i], "v1"); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if total := search(t, s, litopys.Query{Text: "бюджета"}).Total; total != n {
		t.Errorf("бюджета: %d found, want %d", total, n)
	}
	if total := search(t, s, litopys.Query{Text: "санкциями"}).Total; total != n/3 {
		t.Errorf("санкциями: %d found, want %d", total, n/3)
	}
	if bc, ok := s.(BlockCounter); ok {
		blocks, err := bc.WordBlocks(context.Background(), "бюджет")
		if err != nil {
			t.Fatal(err)
		}
		// Unmerged there would be one block per document.
		if blocks < 1 || blocks > 4*8 {
			t.Errorf("the term in every document has %d blocks after %d single-document batches, want 1 to 32", blocks, n)
		}
	}
	r, ok := s.(litopys.Reanalyzer)
	if !ok {
		return
	}
	// Every sixth document loses the sanctions and gains the rain; a few
	// gain words no document had.
	var repl []*litopys.Document
	for i := 0; i < n; i += 6 {
		text := fmt.Sprintf("Министр финансов представил бюджет номер %d. Ожидается дождь.", i)
		if i%60 == 0 {
			text += " Новый налог на роскошь."
		}
		repl = append(repl, f.article(t, docs[i].ID, "ru", "", "2024-03-01", text))
	}
	if err := r.ReplaceDocuments(context.Background(), repl, "v-next"); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"бюджет", n},
		{"санкции", n/3 - len(repl)},
		{"дождь", len(repl)},
		{"роскошь", (n + 59) / 60},
	} {
		if total := search(t, s, litopys.Query{Text: tt.q}).Total; total != tt.want {
			t.Errorf("after replacing %d documents, %s: %d found, want %d", len(repl), tt.q, total, tt.want)
		}
	}
	// More documents after the replacement: merges go on.
	more := make([]*litopys.Document, 40)
	for i := range more {
		more[i] = f.article(t, fmt.Sprintf("more-%03d", i), "ru", "", "2024-03-02", fmt.Sprintf("Бюджет и дождь, выпуск %d.", i))
	}
	put(t, s, more...)
	if total := search(t, s, litopys.Query{Text: "бюджет"}).Total; total != n+len(more) {
		t.Errorf("бюджет after more documents: %d found, want %d", total, n+len(more))
	}
	if total := search(t, s, litopys.Query{Text: "дождь"}).Total; total != len(repl)+len(more) {
		t.Errorf("дождь after more documents: %d found, want %d", total, len(repl)+len(more))
	}
}
