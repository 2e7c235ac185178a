package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

// bigRecord is a text record of about n bytes: one article repeated.
func bigRecord(n int) input.Record {
	const para = "Государственный секретарь США Энтони Блинкен в четверг 9 ноября провел переговоры в Сеуле с министром иностранных дел Пак Чином. Об этом сообщает Yonhap.\n\n"
	return input.Record{Source: "big.txt", Body: strings.Repeat(para, n/len(para)+1)}
}

// TestAnalyzeWithinBudget checks that a document over its time budget
// fails with a clear error, that one within it is analysed, and that an
// interrupt is returned as the context's error. The budgets are a
// thousand times apart from the work: a millisecond for a document of
// 400 KB, a minute for one sentence.
func TestAnalyzeWithinBudget(t *testing.T) {
	p := newPipeline(t)
	_, err := p.AnalyzeWithin(t.Context(), bigRecord(400<<10), time.Millisecond)
	if litopys.ErrorCode(err) != litopys.ETOOLARGE || !strings.Contains(err.Error(), "analysis stopped after 1ms") {
		t.Errorf("over the budget: %v, want a too-large error naming the budget", err)
	}
	doc, err := p.AnalyzeWithin(t.Context(), input.Record{Source: "small.txt", Body: "Блинкен прибыл в Сеул."}, time.Minute)
	if err != nil || len(doc.Tokens) == 0 {
		t.Errorf("within the budget: %v", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := p.AnalyzeWithin(ctx, bigRecord(1<<10), time.Minute); !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted: %v, want context.Canceled", err)
	}
}

// TestCharacterReferencesDecoded analyses a plain text that carries
// "&quot;" (as scraped dumps do): the document's text has the quotes, so
// pages show them (they showed "&quot;").
func TestCharacterReferencesDecoded(t *testing.T) {
	p := newPipeline(t)
	doc, err := p.Analyze(t.Context(), input.Record{Source: "q.txt", Title: "&laquo;Итоги&raquo;",
		Body: "Президент заявил: &quot;Мы победим&quot;. Это &laquo;важно&raquo;, сказал он в Киеве."})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Президент заявил: \"Мы победим\". Это «важно», сказал он в Киеве."; doc.Text != want || doc.Title != "«Итоги»" {
		t.Errorf("text %q, title %q", doc.Text, doc.Title)
	}
}
