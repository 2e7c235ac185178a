package temporal

import (
	"testing"
	"time"

	"github.com/litopys/litopys"
	dps "github.com/markusmobius/go-dateparser"
)

// TestDateparserOracle parses, with go-dateparser, the text of every day
// expression of the table whose year is written or taken from the
// publication date, and checks that both agree on the date. go-dateparser
// is too slow for Find's hot path (see the package doc) but it is an
// independent reading of the same phrases.
func TestDateparserOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("go-dateparser is slow")
	}
	rows := readTable(t)
	parsed, agree := 0, 0
	for _, r := range rows {
		if r.gran != "day" || r.published == "-" || r.expr == "-" {
			continue
		}
		pub, err := litopys.ParseDate(r.published)
		if err != nil {
			t.Fatalf("published %q: %v", r.published, err)
		}
		var ours *Expr
		for _, e := range Find(r.sentence, nil, Options{Published: pub, Lang: r.lang, Now: testNow}) {
			if e.Text == r.expr {
				ours = &e
				break
			}
		}
		if ours == nil || ours.Relative || (ours.Rule != "" && ours.Rule != "published") {
			continue // relative phrases and year guesses follow rules dateparser does not have
		}
		cfg := &dps.Configuration{Languages: []string{r.lang}, CurrentTime: pub.Time().Add(12 * time.Hour)}
		d, err := dps.Parse(cfg, r.expr)
		if err != nil || d.Time.IsZero() {
			continue
		}
		parsed++
		if got := d.Time.Format(time.DateOnly); got == ours.Value.String() {
			agree++
		} else {
			t.Logf("%q (published %s): dateparser %s, Find %s", r.expr, r.published, got, ours.Value)
		}
	}
	t.Logf("dateparser parsed %d day expressions; agrees with Find on %d", parsed, agree)
	if parsed < 30 {
		t.Fatalf("dateparser parsed only %d expressions", parsed)
	}
	if agree*100 < parsed*95 {
		t.Errorf("agreement %d/%d under 95%%", agree, parsed)
	}
}
