package temporal

// candKind is the shape of a matched phrase before resolution.
type candKind uint8

const (
	kDay      candKind = iota + 1 // 9 ноября, 12.09.2023, September 12
	kMonth                        // в мае, сентябрьский, вересня 2023 року
	kYear                         // в 2022 году
	kSeason                       // летом, осенью 2023
	kDecade                       // в 1990-х
	kInterval                     // с 5 по 7 марта, 2014–2016, с мая по август
	kRel                          // вчера, на прошлой неделе, три дня назад
	kWeekday                      // в четверг, last Thursday
	kTime                         // в 15:30
	kQuarter                      // в первом квартале 2025 года
	kHalf                         // у другому півріччі, в первой половине 2024 года
	kCentury                      // в XXI веке, 21-м веке
)

// point is one end of a written date: zero fields are not written.
type point struct {
	y, m, d int
}

// cand is a matched phrase: tokens [i, j) and what they say.
type cand struct {
	i, j     int
	kind     candKind
	p        point // kDay, kMonth, kYear, kSeason (y), interval start
	p2       point // interval end
	wd       int   // weekday+1 written with a date or alone
	season   int   // kSeason: season; kQuarter: quarter; kHalf: half
	mod      int
	unit     int  // kRel: unit; kInterval: unit of the ends
	off      int  // kRel, kWeekday: offset in units
	decade   int  // first year of a decade; kCentury: the century's number
	minute   int  // kTime: minutes since midnight
	dateline bool // kTime: right after its date ("12.11.2024, 14:35"), which gives its day
	dayAfter bool // kTime: right before its date ("с 00:00 29 декабря")
	hasRel   bool // kWeekday: "прошлый четверг", "this Tuesday"
	ownYear  bool // the year is written in the phrase
	yearRel  bool // the year is relative: "прошлого года", "наступного року"
	yearOff  int  // … with this offset from the publication year
	yearSame bool // "того же года": the year last written
	anaphor  bool // kRel: a day counted from the last day written before ("того же дня", "на следующий день")
	night    bool // kDay, kWeekday: the night that ends on this day ("в ночь на 13 ноября")
	demo     bool // kRel anaphor: "в этот день", "цього дня" — unresolved when no day comes before it
	earlier  bool // kRel anaphor: "днём ранее", "годом позже" — unresolved when nothing dated comes before it
	calendar bool // kRel unitSport: the season of a calendar-year sport is a year
	relMonth bool // kMonth: "в минувшем ноябре" (off -1), "в этом сентябре" (0), "наступного травня" (+1)
	eve      bool // kRel: "накануне": the day before a day of its own sentence, else before publication
	nth      int8 // kDay: the nth (1–4) or last (-1) weekday wd of month p.m; with wd 0 the nth or last day
	hol      int8 // kDay: index+1 of a holiday in holidays
	holUA    bool // … whose day moved in Ukraine in 2023 ("Різдво")
	holWest  bool // … on the Western calendar ("католическая Пасха", "Easter")
}

// granularity names the granularity of a candidate kind and unit.
func granularity(c *cand) string {
	switch c.kind {
	case kDay, kWeekday:
		return "day"
	case kMonth:
		return "month"
	case kYear:
		return "year"
	case kSeason:
		return "season"
	case kDecade:
		if c.p2.y != 0 { // "1960-1980-х"
			return "interval"
		}
		return "decade"
	case kInterval:
		return "interval"
	case kTime:
		return "time"
	case kQuarter:
		return "quarter"
	case kHalf:
		return "half"
	case kCentury:
		return "century"
	case kRel:
		switch c.unit {
		case unitWeek, unitWeekend:
			return "week"
		case unitMonth:
			return "month"
		case unitYear:
			return "year"
		case unitSeason:
			return "season"
		case unitSport:
			if c.calendar { // a calendar-year sport: "в этом сезоне Ferrari …"
				return "year"
			}
			return "interval"
		}
		return "day"
	}
	return ""
}

const (
	unitSeason  = unitYear + 1
	unitWeekend = unitYear + 2 // kRel: a weekend; hasRel when "этот", "минулі", "next" is written
	unitSport   = unitYear + 3 // kRel: a sports season ("в этом сезоне"): two years, or one for a calendar-year sport
)

// sent is the sentence of the candidate's first token.
func (c *cand) sent(s *scanner) int { return s.toks[c.i].sent }
