package temporal

import (
	"strings"

	"github.com/litopys/litopys"
)

// joinSpans joins two expressions that a text makes one interval and
// that no rule read as one: "с 20 июля до середины августа", "з 2014 року
// до кінця 2016-го", "с мая до 15 июня" — a start after "с", "з", "від" and an end
// after "до", "по". The interval's span keeps both prepositions.
func (r *resolver) joinSpans() []Expr {
	out := r.out[:0]
	for n := 0; n < len(r.out); n++ {
		e := r.out[n]
		if n+1 < len(r.out) {
			if iv, ok := r.joined(n); ok {
				out = append(out, iv)
				n++
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// joined returns the interval of expressions n and n+1, if the text joins
// them.
func (r *resolver) joined(n int) (Expr, bool) {
	a, b := &r.cands[n], &r.cands[n+1]
	ea, eb := &r.out[n], &r.out[n+1]
	if a.i == 0 || !r.toks[a.i-1].isPrep(fFrom) || r.toks[a.i-1].sent != r.toks[a.i].sent || !point2(ea) || !point2(eb) {
		return Expr{}, false
	}
	switch w := strings.ToLower(r.text[r.toks[a.i-1].start:r.toks[a.i-1].end]); w {
	case "с", "со", "з", "із", "зі", "від", "from":
	default:
		return Expr{}, false // "между", "since"
	}
	to := -1
	switch {
	case b.i == a.j && r.toks[b.i].isPrep(fTo): // "до середины августа": the end keeps its preposition
		to = b.i
	case b.i == a.j+1 && r.toks[a.j].isPrep(fTo): // "до августа"
		to = a.j
	}
	if to < 0 {
		return Expr{}, false
	}
	// A year written at one end only is the other's too: "с 20 июля до
	// середины августа 2015 года"; an end before the start is in the next
	// year ("з листопада до березня").
	va, vb, da, db := ea.Value, eb.Value, ea.Date, eb.Date
	switch {
	case b.ownYear && yearless(a):
		da.Year = db.Year
		if !before(da, db) {
			da.Year--
		}
		va = withYear(va, da.Year)
	case yearless(b) && (a.ownYear || yearless(a)):
		db.Year = da.Year
		if !before(da, db) {
			db.Year++
		}
		vb = withYear(vb, db.Year)
	}
	if !before(da, db) {
		return Expr{}, false
	}
	ea.Value, ea.Date = va, da
	start := r.toks[a.i-1].start
	iv := Expr{Start: start, End: eb.End, Text: r.text[start:eb.End], Value: litopys.Timex{From: va.From, To: vb.From}, Granularity: "interval",
		Date: ea.Date, Rule: ea.Rule, Relative: ea.Relative || eb.Relative}
	return iv, true
}

// point2 reports whether e is a resolved day, month, season or year that
// can end an interval.
func point2(e *Expr) bool {
	switch e.Granularity {
	case "day", "month", "year":
		return !e.Partial && !e.Value.IsZero() && !e.Date.IsZero()
	}
	return false
}

// yearless reports whether c is a day or month whose year is not written
// in any form.
func yearless(c *cand) bool {
	return (c.kind == kDay || c.kind == kMonth) && !c.ownYear && !c.yearRel && !c.yearSame && c.hol == 0
}

// before reports whether a starts before b ends: a day or month of a, the
// first of its period, before the last of b's.
func before(a, b litopys.Date) bool {
	am, ad := int(a.Month), a.Day
	bm, bd := int(b.Month), b.Day
	if bm == 0 {
		bm = 12
	}
	if bd == 0 {
		bd = 31
	}
	return a.Year < b.Year || a.Year == b.Year && (am < bm || am == bm && ad < bd)
}

// withYear replaces the year of a value ("2024-08" → "2015-08").
func withYear(v litopys.Timex, y int) litopys.Timex {
	v.From.Year, v.From.NoYear = y, y == 0
	return v
}
