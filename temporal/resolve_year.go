package temporal

import "time"

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

// lastWrittenYear is the year of the nearest expression before n that
// writes one, anywhere in the document. The years are carried forward once
// (a walk back for each "того же года" made a text without years
// quadratic).
func (r *resolver) lastWrittenYear(n int) int {
	if r.writtenYear == nil {
		r.writtenYear = make([]int, len(r.cands)+1)
		r.steps += len(r.cands)
		for k := range r.cands {
			r.writtenYear[k+1] = r.writtenYear[k]
			if c := &r.cands[k]; c.ownYear && c.kind != kInterval {
				r.writtenYear[k+1] = c.p.y
			}
		}
	}
	return r.writtenYear[n]
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
	if y := r.narrativeYear(n, m, d, wd); y != 0 {
		return y, "anchor"
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

// narrativeYear is the year of a bare day ("22 листопада") that goes on a
// narrative dated by the full date right before it ("21 листопада 2023
// року …"): that date is the nearest expression, at most two sentences back,
// and the bare day falls 1–62 days after it (in its year or the next) and not
// after publication. Not in a future-tense sentence, nor when the weekday
// written with the day does not fit. 0 otherwise.
func (r *resolver) narrativeYear(n, m, d, wd int) int {
	if d == 0 || n == 0 || r.pub.IsZero() {
		return 0
	}
	a := &r.cands[n-1]
	if a.kind != kDay || !a.ownYear || a.p.y == 0 || a.p.m == 0 || a.p.d == 0 || r.sents[n]-r.sents[n-1] > 2 {
		return 0
	}
	if !validDay(a.p.y, a.p.m, a.p.d) || a.p.y >= r.pubY {
		return 0
	}
	if t := r.tenseOf(n); t == tenseFuture || t == tenseBoth {
		return 0
	}
	from := civil(a.p.y, a.p.m, a.p.d)
	for _, y := range []int{a.p.y, a.p.y + 1} {
		if !validDay(y, m, d) {
			continue
		}
		day := civil(y, m, d)
		diff := int(day.Sub(from).Hours() / 24)
		if diff < 1 || diff > 62 || day.After(r.pub) {
			continue
		}
		if wd != 0 && int(day.Weekday())+1 != wd {
			return 0
		}
		return y
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

// nearestYear is the year in which the day dayOf gives lies nearest to the
// publication date, if that is within 75 days: a holiday named without a
// year is the coming or the last one ("до Нового року залишилося 47
// днів") unless the clause's tense says otherwise. It returns 0 otherwise.
func (r *resolver) nearestYear(n int, dayOf func(y int) (int, int)) (int, string) {
	if r.pub.IsZero() {
		return 0, ""
	}
	tense := r.tenseOf(n)
	best, bestDiff := 0, 76*24*time.Hour
	for y := r.pub.Year() - 1; y <= r.pub.Year()+1; y++ {
		m, d := dayOf(y)
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
