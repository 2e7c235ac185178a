package temporal

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// TestImpossibleDayIsNoDate: "29 февраля" in a year without one keeps its
// value but dates only its month, so what is stored reads back.
func TestImpossibleDayIsNoDate(t *testing.T) {
	text := "Выборы прошли 29 февраля, сообщил источник."
	es := Find(text, nil, Options{Published: litopys.DayDate(2018, time.March, 5), Lang: "ru"})
	if len(es) != 1 {
		t.Fatalf("found %d expressions, want one: %+v", len(es), es)
	}
	e := es[0]
	if e.Date.Precision == litopys.PrecisionDay {
		t.Errorf("date %s: a day February 2018 lacks", e.Date)
	}
	b, err := json.Marshal(e.Date)
	if err != nil {
		t.Fatal(err)
	}
	var back litopys.Date
	if err := json.Unmarshal(b, &back); err != nil || back != e.Date {
		t.Errorf("%s read back as %+v, %v", b, back, err)
	}
}
