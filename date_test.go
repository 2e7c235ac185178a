package litopys

import (
	"encoding/json"
	"testing"
	"time"
)

// TestDateReadsImpossibleDays: a stored day the month lacks reads as its
// month, so the body that holds it stays readable; anything else that is
// no date is still an error.
func TestDateReadsImpossibleDays(t *testing.T) {
	for in, want := range map[string]Date{
		`"2018-02-29"`: {Year: 2018, Month: time.February, Precision: PrecisionMonth},
		`"2023-04-31"`: {Year: 2023, Month: time.April, Precision: PrecisionMonth},
		`"2024-02-29"`: DayDate(2024, time.February, 29),
		`"2023-11-09"`: DayDate(2023, time.November, 9),
		`null`:         {},
	} {
		var d Date
		if err := json.Unmarshal([]byte(in), &d); err != nil || d != want {
			t.Errorf("%s: got %+v, %v; want %+v", in, d, err, want)
		}
	}
	for _, in := range []string{`"2018-13-01"`, `"2018-02-32"`, `"2018-02-00"`, `"2018-02-3x"`, `"yesterday"`, `5`} {
		var d Date
		if err := json.Unmarshal([]byte(in), &d); err == nil {
			t.Errorf("%s: read as %+v, want an error", in, d)
		}
	}
}
