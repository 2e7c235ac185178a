package pipeline_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
)

// TestReanalyze: analysing a stored document again with the same version
// gives the same layers, and keeps what extraction made of the source.
func TestReanalyze(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, rec := range seedRecords(t) {
		doc, err := p.Analyze(ctx, rec)
		if err != nil {
			t.Fatal(err)
		}
		again, err := p.Reanalyze(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		if again.ID != doc.ID || again.Title != doc.Title || again.Text != doc.Text || again.Published != doc.Published || again.Lang != doc.Lang {
			t.Errorf("%s: reanalysis changed the source: %q %q %v %q", rec.Source, again.ID, again.Title, again.Published, again.Lang)
		}
		for name, pair := range map[string][2]any{
			"tokens": {doc.Tokens, again.Tokens}, "mentions": {doc.Mentions, again.Mentions},
			"entities": {doc.Entities, again.Entities}, "events": {doc.Events, again.Events},
			"attributions": {doc.Attributions, again.Attributions}, "removed": {doc.Removed, again.Removed},
		} {
			if !reflect.DeepEqual(pair[0], pair[1]) {
				t.Errorf("%s: reanalysis changed the %s", rec.Source, name)
			}
		}
		if len(again.Mentions) == 0 || len(again.Events) == 0 {
			t.Errorf("%s: reanalysis found %d mentions, %d events", rec.Source, len(again.Mentions), len(again.Events))
		}
	}
	if _, err := p.Reanalyze(ctx, &litopys.Document{ID: "x"}); litopys.ErrorCode(err) != litopys.EINVALID {
		t.Errorf("a document without text: %v, want EINVALID", err)
	}
}
