package obs

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/natsq"
	"github.com/litopys/litopys/sqlite"
)

// stubAnalyzer returns err, or a bare document of the record's text.
type stubAnalyzer struct{ err error }

func (a stubAnalyzer) Analyze(ctx context.Context, rec input.Record) (*litopys.Document, error) {
	if a.err != nil {
		return nil, a.err
	}
	return &litopys.Document{ID: rec.ID, Text: rec.Body, Sentences: []litopys.Sentence{}, Tokens: []litopys.Token{}}, nil
}

// handleErr returns the error a natsq.Worker gives for a document item
// when its analyser fails with analyseErr or its store is closed.
func handleErr(tb testing.TB, analyseErr error, closedStore bool) error {
	tb.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "t.db"))
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	if closedStore {
		st.Close()
	}
	w := &natsq.Worker{Analyzer: stubAnalyzer{analyseErr}, Store: st, Version: "test"}
	return w.Handle(context.Background(), natsq.Item{Kind: natsq.KindDocument, ID: "d1", Text: "Текст."})
}

func TestReason(t *testing.T) {
	tests := []struct {
		name string
		out  func(tb testing.TB) natsq.Outcome
		want string
	}{
		{"done", func(tb testing.TB) natsq.Outcome { return natsq.Outcome{Err: handleErr(tb, nil, false)} }, ""},
		{"analysis", func(tb testing.TB) natsq.Outcome {
			return natsq.Outcome{Err: handleErr(tb, errors.New("model exploded"), false)}
		}, ReasonAnalysis},
		{"invalid document", func(tb testing.TB) natsq.Outcome {
			return natsq.Outcome{Err: handleErr(tb, litopys.Errorf(litopys.EINVALID, "empty"), false)}
		}, ReasonInvalid},
		{"too large", func(tb testing.TB) natsq.Outcome {
			return natsq.Outcome{Err: fmt.Errorf("read: %w", litopys.Errorf(litopys.ETOOLARGE, "big"))}
		}, ReasonInvalid},
		{"store", func(tb testing.TB) natsq.Outcome { return natsq.Outcome{Err: handleErr(tb, nil, true)} }, ReasonStore},
		{"dead", func(tb testing.TB) natsq.Outcome {
			return natsq.Outcome{Err: handleErr(tb, nil, true), Dead: true}
		}, ReasonPoison},
		{"unknown", func(tb testing.TB) natsq.Outcome { return natsq.Outcome{Err: errors.New("boom")} }, ReasonInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := tt.out(t)
			if got := Reason(out); got != tt.want {
				t.Errorf("Reason(%v) = %q, want %q", out.Err, got, tt.want)
			}
		})
	}
}
