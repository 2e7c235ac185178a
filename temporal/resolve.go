package temporal

import (
	"fmt"
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
	// weekdayYear is the year the written weekdays fix when there is no
	// publication date; 0 if they fix none.
	weekdayYear int
	// archival is set for a text not written relative to its publication
	// date (see archival).
	archival bool
	out      []Expr
	sents    []int // sentence of each expression
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

// archival reports whether a text is not written relative to its
// publication date — an encyclopaedic or historical text: at least five
// written years, four in five of them more than ten years from the
// publication year, none within two years of it, no weekday-dated day that
// falls on its weekday in the publication year, and fewer relative phrases
// or weekdays than a tenth of the written years (a quoted "today" does not
// make a history news). Its unwritten years are not filled from
// the publication date.
func archival(cands []cand, pubY int) bool {
	written, far, rel := 0, 0, 0
	for n := range cands {
		c := &cands[n]
		switch {
		case c.kind == kRel, c.kind == kWeekday:
			rel++
		case c.kind == kDay && c.wd > 0 && c.p.y == 0 && validDay(pubY, c.p.m, c.p.d) && int(civil(pubY, c.p.m, c.p.d).Weekday())+1 == c.wd:
			return false // "в пятницу 16 марта" on the publication year's calendar: news
		case c.kind == kDecade:
			written++
			far++ // decades are history
		case c.ownYear:
			written++
			d := c.p.y - pubY
			if d < 0 {
				d = -d
			}
			if d <= 2 {
				return false
			}
			if d > 10 {
				far++
			}
		}
	}
	return written >= 5 && far*5 >= written*4 && rel*10 < written
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
		switch r.cands[n].kind {
		case kWeekday, kTime:
		default:
			r.resolveOne(n)
		}
	}
	for n := range r.cands {
		switch r.cands[n].kind {
		case kWeekday:
			r.resolveWeekday(n)
		}
	}
	for n := range r.cands {
		if r.cands[n].kind == kTime {
			r.resolveTime(n)
		}
	}
	return r.out
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
		if p.y == 0 && !c.yearRel && e.Rule == "" && c.hol != 0 && r.anchorYear(n, false) == 0 {
			p.y, e.Rule = r.nearestYear(n, p.m, p.d)
		}
		if p.y == 0 && !c.yearRel && e.Rule == "" {
			p.y, e.Rule = r.yearFor(n, p.m, p.d, c.wd)
		}
		e.Value, e.Date, e.Partial = pointValue(p), pointDate(p), p.y == 0
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
		e.Value = pointValue(point{y: y}) + "-" + seasonCodes[c.season]
		e.Partial = y == 0
		if y != 0 {
			e.Date = yearDate(y)
		}
	case kQuarter, kHalf:
		code, last := "Q", 3*c.season // the period's last month places it
		if c.kind == kHalf {
			code, last = "H", 6*c.season
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
		e.Value, e.Partial = fmt.Sprintf("%s-%s%d", pointValue(point{y: y}), code, c.season), y == 0
		if y != 0 {
			e.Date = yearDate(y)
		}
	case kCentury: // TIMEX: "19" is the 20th century; no Date precision fits
		e.Value = fmt.Sprintf("%02d", c.decade-1)
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
		e.Value = pointValue(point{y: d})[:3] + "X"
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
		e.Value, e.Date, e.Partial = pointValue(p)+"/"+pointValue(p2), pointDate(p), p.y == 0
	case kRel:
		r.resolveRel(n)
	}
}

// lastWrittenYear is the year of the nearest expression before n that
// writes one, anywhere in the document.
func (r *resolver) lastWrittenYear(n int) int {
	for k := n - 1; k >= 0; k-- {
		if c := &r.cands[k]; c.ownYear && c.kind != kInterval {
			return c.p.y
		}
	}
	return 0
}

// relYearOf is the year of "прошлого года": 0 with no publication year.
func (r *resolver) relYearOf(c *cand) int {
	if r.pubY == 0 {
		return 0
	}
	return r.pubY + c.yearOff
}

// yearFor chooses the year of a date written without one (see the package
// doc for the rules). d is 0 for a month, wd is weekday+1 or 0.
func (r *resolver) yearFor(n, m, d, wd int) (int, string) {
	if y := r.anchorYear(n, r.pubY == 0); y != 0 && !r.tenseDenies(n, y) {
		return y, "anchor"
	}
	if r.pubY == 0 {
		if wd != 0 && d != 0 {
			if y := r.weekdayYearFor(m, d, wd); y != 0 {
				return y, "weekday"
			}
		}
		if r.weekdayYear != 0 {
			return r.weekdayYear, "weekday-context"
		}
		return 0, ""
	}
	if r.archival {
		if y := r.anchorYear(n, true); y != 0 {
			return y, "anchor"
		}
		return 0, ""
	}
	if r.pub.IsZero() {
		return r.pubY, "published"
	}
	y, rule := r.publishedYear(n, m, d)
	if wd != 0 && d != 0 && validDay(y, m, d) && int(civil(y, m, d).Weekday())+1 != wd {
		for _, alt := range []int{y - 1, y + 1} {
			if validDay(alt, m, d) && int(civil(alt, m, d).Weekday())+1 == wd {
				return alt, "weekday"
			}
		}
	}
	return y, rule
}

// publishedYear applies the publication-date rule with the sentence's tense.
func (r *resolver) publishedYear(n, m, d int) (int, string) {
	y := r.pub.Year()
	var ahead, behind int // days after / before publication
	if d != 0 {
		if !validDay(y, m, d) {
			return y, "published"
		}
		diff := int(civil(y, m, d).Sub(r.pub).Hours() / 24)
		ahead, behind = diff, -diff
	} else {
		diff := (m - int(r.pub.Month())) * 30
		ahead, behind = diff, -diff
	}
	tense := r.tenseOf(n)
	if tense == tenseNone && r.deadline(n) { // "достроить к сентябрю": a limit ahead
		tense = tenseFuture
	}
	future := tense == tenseFuture || tense == tenseBoth
	past := tense == tensePast || tense == tenseBoth
	// A day or season a few weeks ahead is an announced one even in a
	// past-tense sentence ("анонсировали гонку 15–16 мая"); a month is not.
	nearAhead := d != 0 && ahead <= 60
	// The same date next year is close ahead: "20 січня" or "в январе"
	// in a December article, "на початку січня" in November.
	nextNear := behind > 0 && (d != 0 && 365-behind <= 75 || d == 0 && 360-behind <= 60)
	switch {
	case ahead > 0 && !future && (past && !nearAhead || ahead > 90):
		return y - 1, "published-past"
	case behind > 30 && future && !past, nextNear && !past:
		return y + 1, "published-future"
	}
	return y, "published"
}

// tenseOf is the tense of the clause expression n stands in, or of its
// sentence when the clause has no marker.
func (r *resolver) tenseOf(n int) int8 {
	if r.backThen(n) {
		return tensePast
	}
	tense := r.clauseTense(n)
	if tense == tenseNone {
		tense = r.sentenceTense(r.sents[n])
	}
	return tense
}

func (r *resolver) sentenceTense(sent int) int8 {
	if t, ok := r.tense[sent]; ok {
		return t
	}
	if r.tense == nil {
		r.tense = map[int]int8{}
	}
	a := 0
	for a < len(r.toks) && r.toks[a].sent < sent {
		a++
	}
	b := a
	for b < len(r.toks) && r.toks[b].sent == sent {
		b++
	}
	t := sentenceTense(r.text, r.toks[a:b], false)
	r.tense[sent] = t
	return t
}

// clauseTense reads the tense of the clause expression n is in: the
// tokens between the nearest punctuation marks or "что/що/that" around it.
func (r *resolver) clauseTense(n int) int8 {
	c := &r.cands[n]
	sent := r.toks[c.i].sent
	a := c.i
	for a > 0 && r.toks[a-1].sent == sent && !clauseBoundary(r.text, &r.toks[a-1]) {
		a--
	}
	b := c.j
	for b < len(r.toks) && r.toks[b].sent == sent && !clauseBoundary(r.text, &r.toks[b]) {
		b++
	}
	return sentenceTense(r.text, r.toks[a:b], true)
}

func clauseBoundary(text string, t *token) bool {
	if t.kind == tPunct {
		switch t.punct {
		case ',', ';', ':', '—', '–', '(', ')', '"', '«', '»', '“', '”', '„':
			return true
		}
		return false
	}
	if t.kind != tWord {
		return false
	}
	switch text[t.start:t.end] {
	case "что", "чтобы", "що", "щоб", "that", "который", "которая", "которые", "який", "яка", "які":
		return true
	}
	return false
}

// anchorYear returns the written year of the nearest expression before n in
// the same sentence (or also the previous sentence when prevSentence).
func (r *resolver) anchorYear(n int, prevSentence bool) int {
	sent := r.sents[n]
	for k := n - 1; k >= 0; k-- {
		if r.sents[k] != sent && !(prevSentence && r.sents[k] == sent-1) {
			break
		}
		c := &r.cands[k]
		if c.ownYear && (c.kind == kDay || c.kind == kMonth || c.kind == kYear || c.kind == kSeason) {
			return c.p.y
		}
		if c.kind == kRel && c.unit == unitYear && r.out[k].Date.Year != 0 { // "в этом году"
			return r.out[k].Date.Year
		}
	}
	return 0
}

// backThen reports whether expression n follows "ещё", "ще" ("ещё в
// марте", "ще на початку вересня"): "back in March", a past date.
func (r *resolver) backThen(n int) bool {
	c := &r.cands[n]
	for k := c.i - 1; k >= 0 && k >= c.i-2 && r.toks[k].sent == r.toks[c.i].sent; k-- {
		t := &r.toks[k]
		if t.kind != tWord {
			return false
		}
		switch r.text[t.start:t.end] {
		case "еще", "ещё", "Еще", "Ещё", "ще", "Ще":
			return true
		}
		if !t.isPrep(0) {
			return false
		}
	}
	return false
}

// tenseDenies reports whether the tense of expression n's clause rules out
// the anchor year y: a future clause does not lie in a year before
// publication ("как и шесть лет назад, пройдет в первых числах мая"), a
// past one not in a year after it.
func (r *resolver) tenseDenies(n, y int) bool {
	if r.pubY == 0 || y == r.pubY {
		return false
	}
	switch r.tenseOf(n) {
	case tenseFuture:
		return y < r.pubY
	case tensePast:
		return y > r.pubY
	}
	return false
}

// nearestYear is the year in which the day m-d lies nearest to the
// publication date, if that is within 75 days: a holiday named without a
// year is the coming or the last one ("до Нового року залишилося 47
// днів") unless the clause's tense says otherwise. It returns 0 otherwise.
func (r *resolver) nearestYear(n, m, d int) (int, string) {
	if r.pub.IsZero() {
		return 0, ""
	}
	tense := r.tenseOf(n)
	best, bestDiff := 0, 76*24*time.Hour
	for y := r.pub.Year() - 1; y <= r.pub.Year()+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		diff := civil(y, m, d).Sub(r.pub)
		if diff > 0 && tense == tensePast || diff < 0 && tense == tenseFuture {
			continue // a past clause does not take the coming one
		}
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	if best == 0 {
		return 0, ""
	}
	return best, "published"
}
