package temporal

import (
	"time"

	"github.com/litopys/litopys"
)

// resolver turns the candidates of one text into expressions.
type resolver struct {
	text  string
	toks  []token
	cands []cand
	opt   Options
	pub   time.Time // publication day; zero unless Published has day precision
	pubY  int       // publication year; 0 when unknown
	tense map[int]int8
	// tenseOfCand caches tenseOf for each expression (tenseUnknown: not
	// read yet).
	tenseOfCand []int8
	// weekdayYear is the year the written weekdays fix when there is no
	// publication date; 0 if they fix none.
	weekdayYear int
	// archival is set for a text not written relative to its publication
	// date (see archival).
	archival bool
	out      []Expr
	sents    []int // sentence of each expression
	days     *weekdayIndex
	// writtenYear[n] is the year the nearest expression before n writes.
	writtenYear []int
	steps       int // expressions and tokens looked at by the walks (see find)
}

func newResolver(text string, toks []token, cands []cand, opt Options) *resolver {
	r := &resolver{text: text, toks: toks, cands: cands, opt: opt, pubY: opt.Published.Year}
	if opt.Published.Precision == litopys.PrecisionDay {
		r.pub = opt.Published.Time()
	}
	if opt.Published.IsZero() {
		r.pubY = 0
		r.weekdayYear = r.docWeekdayYear()
	} else {
		r.archival = archival(cands, r.pubY)
	}
	return r
}

func (r *resolver) resolve() []Expr {
	r.out = make([]Expr, len(r.cands))
	r.sents = make([]int, len(r.cands))
	for n := range r.cands {
		c := &r.cands[n]
		a, b := r.toks[c.i], r.toks[c.j-1]
		r.out[n] = Expr{Start: a.start, End: b.end, Text: r.text[a.start:b.end], Granularity: granularity(c), Mod: modNames[c.mod]}
		r.sents[n] = a.sent
	}
	for n := range r.cands {
		switch c := &r.cands[n]; {
		case c.kind == kWeekday, c.kind == kTime, c.anaphor:
		default:
			r.resolveOne(n)
		}
	}
	for n := range r.cands {
		if r.cands[n].kind == kWeekday {
			r.resolveWeekday(n)
		}
	}
	for n := range r.cands { // "на следующий день": after the days it counts from
		if r.cands[n].anaphor {
			r.resolveOne(n)
		}
	}
	for n := range r.cands {
		if r.cands[n].kind == kTime {
			r.resolveTime(n)
		}
	}
	for n := range r.cands {
		if r.cands[n].night {
			nightOf(&r.out[n])
		}
	}
	return r.joinSpans()
}

func (r *resolver) resolveOne(n int) {
	c, e := &r.cands[n], &r.out[n]
	switch c.kind {
	case kDay, kMonth, kYear:
		p := c.p
		if c.holUA {
			ref := r.pub
			if ref.IsZero() {
				ref = r.opt.Now
				if r.pubY != 0 {
					ref = civil(r.pubY, 7, 1)
				}
			}
			p.m, p.d = uaHoliday(&holidays[c.hol-1], p.y, ref)
		}
		if c.yearSame {
			if y := r.lastWrittenYear(n); y != 0 {
				p.y, e.Rule = y, "anchor"
			}
		}
		if c.yearRel {
			p.y, e.Rule, e.Relative = r.relYearOf(c), "published", true
		}
		if c.relMonth && r.pubY != 0 {
			p.y, e.Rule, e.Relative = r.relMonthYear(p.m, c.off), "published", true
		}
		dayOf := func(int) (int, int) { return p.m, p.d }
		if c.hol != 0 && holidays[c.hol-1].easter {
			dayOf = func(y int) (int, int) { return movableDay(&holidays[c.hol-1], y, c.holWest) }
		}
		if p.y == 0 && !c.yearRel && e.Rule == "" && c.hol != 0 && r.anchorYear(n, false) == 0 {
			p.y, e.Rule = r.nearestYear(n, dayOf)
		}
		if c.hol != 0 && holidays[c.hol-1].easter {
			if p.y == 0 && !c.yearRel && e.Rule == "" {
				p.y, e.Rule = r.yearFor(n, p.m, p.d, 0)
			}
			if p.y != 0 {
				p.m, p.d = movableDay(&holidays[c.hol-1], p.y, c.holWest)
			}
		}
		if c.nth != 0 { // "в последнюю субботу сентября": its year, then its day
			if p.y == 0 && !c.yearRel && e.Rule == "" {
				p.y, e.Rule = r.yearFor(n, p.m, 15, 0)
			}
			if p.y != 0 {
				p.d = nthDay(p.y, p.m, int(c.nth), c.wd)
			}
		}
		if p.y == 0 && !c.yearRel && e.Rule == "" {
			p.y, e.Rule = r.yearFor(n, p.m, p.d, c.wd)
		}
		e.Value, e.Date, e.Partial = point1(pointTimex(p)), pointDate(p), p.y == 0
	case kSeason:
		y := c.p.y
		if c.yearRel {
			y, e.Rule, e.Relative = r.relYearOf(c), "published", true
		}
		if y == 0 && !c.yearRel {
			y, e.Rule = r.yearFor(n, seasonStart[c.season], 1, 0) // its first day
			if r.pubY != 0 && c.season == seasonWinter && e.Rule == "published" && int(r.opt.Published.Month) <= 2 && r.opt.Published.Precision != litopys.PrecisionYear {
				y--
			}
		}
		v := pointTimex(point{y: y})
		v.Unit, v.N = litopys.TimexSeason, c.season
		e.Value = point1(v)
		e.Partial = y == 0
		if y != 0 {
			e.Date = yearDate(y)
		}
	case kQuarter, kHalf:
		unit, last := litopys.TimexQuarter, 3*c.season // the period's last month places it
		if c.kind == kHalf {
			unit, last = litopys.TimexHalf, 6*c.season
		}
		y := c.p.y
		if c.yearRel {
			y, e.Rule, e.Relative = r.relYearOf(c), "published", true
		} else if c.yearSame {
			if y = r.lastWrittenYear(n); y != 0 {
				e.Rule = "anchor"
			}
		}
		if y == 0 && !c.yearRel {
			y, e.Rule = r.yearFor(n, last, 0, 0)
		}
		v := pointTimex(point{y: y})
		v.Unit, v.N = unit, c.season
		e.Value, e.Partial = point1(v), y == 0
		if y != 0 {
			e.Date = yearDate(y)
		}
	case kCentury: // TIMEX: "19" is the 20th century; no Date precision fits
		n := c.decade
		if c.yearRel { // "прошлого века": the century before the publication year's
			y := r.pubY
			if y == 0 {
				y = r.opt.Now.Year()
			}
			n, e.Rule, e.Relative = (y-1)/100+1+c.yearOff, "published", true
		}
		e.Value = point1(litopys.TimexPoint{Unit: litopys.TimexCentury, Year: n - 1})
	case kDecade:
		d := c.decade
		if d < 100 { // "20-е годы": the last such decade that has begun
			now := r.pubY
			if now == 0 {
				now = r.opt.Now.Year()
			}
			d += 2000
			if d > now {
				d -= 100
			}
		}
		e.Value = point1(litopys.TimexPoint{Unit: litopys.TimexDecade, Year: d})
		if c.p2.y > d { // "1960-1980-х": from the first decade to the last
			e.Value.To = litopys.TimexPoint{Unit: litopys.TimexDecade, Year: c.p2.y}
		}
		e.Date = yearDate(d)
	case kInterval:
		p, p2 := c.p, c.p2
		if c.yearRel {
			if p.y = r.relYearOf(c); p.y != 0 {
				p2.y, e.Rule, e.Relative = p.y, "published", true
			}
		}
		if p.y == 0 && !c.yearRel {
			if p2.m >= p.m {
				// Within one year: its end places it ("в январе–октябре"
				// read in November is this year's).
				p.y, e.Rule = r.yearFor(n, p2.m, p2.d, 0)
			} else {
				p.y, e.Rule = r.yearFor(n, p.m, p.d, 0)
			}
			p2.y = p.y
			if p.y != 0 && (p2.m < p.m) {
				p2.y++
			}
		}
		e.Value, e.Date, e.Partial = litopys.Timex{From: pointTimex(p), To: pointTimex(p2)}, pointDate(p), p.y == 0
	case kRel:
		r.resolveRel(n)
	}
}
