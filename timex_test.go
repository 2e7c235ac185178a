package litopys

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// timexForms are the values temporal.Find writes, one of each form (see
// package temporal's doc).
var timexForms = []string{
	"2023-09-12", "2023-09", "2023", "0000", "12345", "-2974", "-005",
	"2023-SP", "2023-SU", "2023-FA", "2023-WI", "XXXX-SU",
	"2025-Q1", "2024-H2", "XXXX-H1",
	"2023-W45", "2023-W01", "2015-W40-WE", "XXXX-WXX-3",
	"199X", "202X", "019X", "20", "00",
	"XXXX-09-08", "XXXX-02-29", "XXXX-09", "XXXX", "2018-02-29",
	"2023-09-12T15:30", "T15:30", "T00:00", "T24:00",
	"2023-09-12/2023-09-14", "2023-05/2023-08", "2014/2016", "2023-Q1/2023-Q2", "2023-09-12/2023-10",
	"XXXX-09-08/XXXX-09-10", "2008-03-08/2008-03-09",
}

func TestParseTimexForms(t *testing.T) {
	for _, s := range timexForms {
		v, err := ParseTimex(s)
		if err != nil {
			t.Errorf("ParseTimex(%q): %v", s, err)
			continue
		}
		if got := v.String(); got != s {
			t.Errorf("ParseTimex(%q).String() = %q", s, got)
		}
		if v.IsZero() {
			t.Errorf("ParseTimex(%q) is zero", s)
		}
	}
}

func TestParseTimexValues(t *testing.T) {
	day := func(y int, m time.Month, d int) TimexPoint {
		return TimexPoint{Unit: TimexDay, Year: y, Month: m, Day: d}
	}
	tests := []struct {
		in   string
		want Timex
	}{
		{"", Timex{}},
		{"2023-09-12", Timex{From: day(2023, 9, 12)}},
		{"2023", Timex{From: TimexPoint{Unit: TimexYear, Year: 2023}}},
		{"2023-WI", Timex{From: TimexPoint{Unit: TimexSeason, Year: 2023, N: 4}}},
		{"XXXX-SU", Timex{From: TimexPoint{Unit: TimexSeason, NoYear: true, N: 2}}},
		{"2024-H2", Timex{From: TimexPoint{Unit: TimexHalf, Year: 2024, N: 2}}},
		{"2015-W40-WE", Timex{From: TimexPoint{Unit: TimexWeekend, Year: 2015, N: 40}}},
		{"XXXX-WXX-3", Timex{From: TimexPoint{Unit: TimexWeekday, NoYear: true, N: 3}}},
		{"199X", Timex{From: TimexPoint{Unit: TimexDecade, Year: 1990}}},
		{"20", Timex{From: TimexPoint{Unit: TimexCentury, Year: 20}}},
		{"XXXX-09-08", Timex{From: TimexPoint{Unit: TimexDay, NoYear: true, Month: 9, Day: 8}}},
		{"2023-09-12T15:30", Timex{From: TimexPoint{Unit: TimexTime, Year: 2023, Month: 9, Day: 12, Minute: 15*60 + 30}}},
		{"T08:05", Timex{From: TimexPoint{Unit: TimexClock, Minute: 8*60 + 5}}},
		{"2008-03-08/2008-03-09", Timex{From: day(2008, 3, 8), To: day(2008, 3, 9)}},
	}
	for _, tt := range tests {
		got, err := ParseTimex(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseTimex(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
		if s := tt.want.String(); s != tt.in {
			t.Errorf("%+v.String() = %q, want %q", tt.want, s, tt.in)
		}
	}
}

func TestParseTimexRejects(t *testing.T) {
	for _, s := range []string{
		"x", "2023-13", "2023-00", "2023-9", "2023-02-32", "2023-09-00", "2023-09-1", "2023-W54", "2023-W00", "2023-W5",
		"2023-Q5", "2023-Q0", "2023-H3", "2023-XX", "2023-SU-1", "2023-su", "T25:00", "T15:60", "T1530", "T15:3", "2023T15:30",
		"2023-09-12T", "2023-09-12T15:30:00", "XXXX-WXX-8", "XXXX-WXX-", "199Y", "1X", "+2023", "2023-", "/", "2023/", "/2023",
		"2023//2024", "2023/2024/2025", "02023", "２０２３", "2023-09-12Z", " 2023", "2023 ", "-", "--", "-0005", "XXX", "XXXXX",
		"2023-09-12/", "99999999999", "9223372036854775808", strings.Repeat("2023-09-12/", 20) + "2023",
	} {
		if v, err := ParseTimex(s); err == nil {
			t.Errorf("ParseTimex(%q) = %+v, want an error", s, v)
		} else if !strings.Contains(err.Error(), "timex") || ErrorCode(err) != EINVALID {
			t.Errorf("ParseTimex(%q): error %v is not an EINVALID timex error", s, err)
		}
	}
}

func TestTimexDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2023-09-12", DayDate(2023, 9, 12), true},
		{"2023-09", Date{Year: 2023, Month: 9, Precision: PrecisionMonth}, true},
		{"2023", Date{Year: 2023, Precision: PrecisionYear}, true},
		{"2023-09-12/2023-09-14", DayDate(2023, 9, 12), true},
		{"2023-SU", Date{}, false},
		{"2023-W45", Date{}, false},
		{"XXXX-09-08", Date{}, false},
		{"199X", Date{}, false},
		{"20", Date{}, false},
		{"2023-09-12T15:30", Date{}, false},
		{"12345", Date{}, false},
		{"2018-02-29", Date{}, false},
		{"2020-02-29", DayDate(2020, 2, 29), true},
		{"2023-04-31", Date{}, false},
		{"", Date{}, false},
	} {
		v, err := ParseTimex(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := v.Date(); got != tt.want || ok != tt.ok {
			t.Errorf("ParseTimex(%q).Date() = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	for _, d := range []Date{DayDate(2023, 9, 12), {Year: 2023, Month: 9, Precision: PrecisionMonth}, {Year: 2023, Precision: PrecisionYear}} {
		v := TimexOf(d)
		if back, ok := v.Date(); !ok || back != d || v.String() != d.String() {
			t.Errorf("TimexOf(%v) = %q, back %v %v", d, v, back, ok)
		}
	}
	if !TimexOf(Date{}).IsZero() {
		t.Error("TimexOf(zero Date) is not zero")
	}
}

// TestTimexJSON: the JSON of the values that hold a Timex is what it was
// while they held its string: "" for an unresolved time expression, no
// "date" for an undated event.
func TestTimexJSON(t *testing.T) {
	v, _ := ParseTimex("2023-W45")
	b, _ := json.Marshal(TimeExpr{Value: v})
	if !strings.Contains(string(b), `"value":"2023-W45"`) {
		t.Errorf("TimeExpr JSON %s", b)
	}
	b, _ = json.Marshal(TimeExpr{})
	if !strings.Contains(string(b), `"value":""`) {
		t.Errorf("unresolved TimeExpr JSON %s", b)
	}
	b, _ = json.Marshal(Event{Time: -1})
	if strings.Contains(string(b), `"date"`) {
		t.Errorf("undated Event JSON %s", b)
	}
	b, _ = json.Marshal(Event{Date: v})
	if !strings.Contains(string(b), `"date":"2023-W45"`) {
		t.Errorf("dated Event JSON %s", b)
	}
	var e Event
	if err := json.Unmarshal([]byte(`{"date":"2023-09-12","granularity":"day"}`), &e); err != nil || e.Date.String() != "2023-09-12" {
		t.Errorf("Unmarshal event: %v %+v", err, e)
	}
	for _, in := range []string{`{"date":null}`, `{"date":""}`, `{}`} {
		e = Event{Date: v}
		if err := json.Unmarshal([]byte(in), &e); err != nil || (in != `{}` && !e.Date.IsZero()) {
			t.Errorf("Unmarshal %s: %v %+v", in, err, e)
		}
	}
	for _, in := range []string{`{"date":"2023-13"}`, `{"date":12}`, `{"date":{}}`} {
		if err := json.Unmarshal([]byte(in), &e); err == nil {
			t.Errorf("Unmarshal %s: no error", in)
		}
	}
}

// TestTimexJSONForms: a document stored while the values were strings
// decodes, and encodes again byte for byte.
func TestTimexJSONForms(t *testing.T) {
	for _, s := range append(timexForms, "") {
		in := `{"start":0,"end":0,"text":"","value":"` + s + `","granularity":"","date":null}`
		var e TimeExpr
		if err := json.Unmarshal([]byte(in), &e); err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		if out, _ := json.Marshal(e); string(out) != in {
			t.Errorf("decoded %s, encoded %s", in, out)
		}
	}
}

func TestTimexSQL(t *testing.T) {
	v, _ := ParseTimex("2023-09-12/2023-09-14")
	dv, err := v.Value()
	if err != nil || dv != "2023-09-12/2023-09-14" {
		t.Errorf("Value() = %v, %v", dv, err)
	}
	for _, src := range []any{"2023-09-12/2023-09-14", []byte("2023-09-12/2023-09-14")} {
		var got Timex
		if err := got.Scan(src); err != nil || got != v {
			t.Errorf("Scan(%v) = %+v, %v", src, got, err)
		}
	}
	var got Timex
	if err := got.Scan(nil); err != nil || !got.IsZero() {
		t.Errorf("Scan(nil) = %+v, %v", got, err)
	}
	for _, src := range []any{"bad", 12} {
		if err := got.Scan(src); err == nil {
			t.Errorf("Scan(%v): no error", src)
		}
	}
}

// FuzzParseTimex: no string panics the parser, and whatever it accepts
// writes back to the same string and the same value, in JSON too.
func FuzzParseTimex(f *testing.F) {
	for _, s := range timexForms {
		f.Add(s)
	}
	for _, s := range []string{"", "2023-13", "-", "T", "X", "/", "2023-W", "-0-0", "XXXX-WXX-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseTimex(s)
		if err != nil {
			if !v.IsZero() {
				t.Errorf("ParseTimex(%q) failed (%v) but returned %+v", s, err, v)
			}
			return
		}
		if got := v.String(); got != s {
			t.Fatalf("ParseTimex(%q).String() = %q", s, got)
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var back Timex
		if err := json.Unmarshal(b, &back); err != nil || back != v {
			t.Fatalf("JSON of %q: %s → %+v, %v", s, b, back, err)
		}
		if d, ok := v.Date(); ok {
			if dd, err := ParseDate(d.String()); err != nil || dd != d {
				t.Fatalf("%q: Date() = %v does not read back: %v, %v", s, d, dd, err)
			}
		}
	})
}
