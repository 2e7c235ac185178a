package litopys

// TimeExpr is a temporal expression of Document.Text normalised against the
// publication date.
type TimeExpr struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value is the TIMEX3 value, written as ISO 8601 and its extensions:
	// "2023-09-12", "2023-09", "2023", "2023-SU", "2023-W37", "2023-H2",
	// "2015-W40-WE" (a weekend), "20" (the 21st century),
	// "2023-09-12/2023-09-14"; X marks unknown digits of a partial date
	// ("XXXX-09-08"). Zero ("" in JSON) when unresolved.
	Value Timex `json:"value"`
	// Granularity is "day", "month", "season", "quarter", "half", "year",
	// "week", "decade", "century", "interval" or "time".
	Granularity string `json:"granularity"`
	// Date is the start date at its precision; zero when unresolved or
	// partial. A week's Date is its Monday (a weekend's its Saturday), a
	// season's, half's or decade's its first year, a night's the day it
	// ends in; a century has none.
	Date Date `json:"date"`
	// Mod is "early", "mid" or "late" for "на початку серпня", "в конце
	// 2022 года", "mid-August"; empty otherwise.
	Mod string `json:"mod,omitempty"`
	// Partial is set when the year is not written and cannot be fixed:
	// Value holds X for the unknown digits ("XXXX-09-08").
	Partial bool `json:"partial,omitempty"`
	// Rule says how a year (or a day, for a bare weekday) that is not
	// written was resolved: "anchor", "published", "published-past",
	// "published-future", "weekday", "weekday-context"; empty when the
	// expression says it all.
	Rule string `json:"rule,omitempty"`
	// Relative is set for expressions resolved from a relative phrase
	// ("вчера", "в четверг", "минулого тижня").
	Relative bool `json:"relative,omitempty"`
	// Boilerplate is set when the expression was read in a piece of the
	// page removed as the article's own metadata (a date line, a byline:
	// Removed of kind RemovedDate or RemovedByline) rather than in Text.
	// Start and End are then byte offsets into
	// Document.Removed[RemovedIndex].Text. Such an expression dates the
	// article; it is never an event's date nor a chronology row, and
	// layers that read offsets into Text skip it.
	Boilerplate  bool `json:"boilerplate,omitempty"`
	RemovedIndex int  `json:"removed_index,omitempty"`
}

// Roles of event participants.
const (
	RoleAgent   = "agent"
	RolePatient = "patient"
	RolePlace   = "place"
	RoleOther   = "other"
)

// Participant is an entity taking part in an event.
type Participant struct {
	Entity string `json:"entity"`
	Role   string `json:"role"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Event is a sentence-level frame: who did what to whom, where and when,
// with the span of text that says so.
type Event struct {
	// Type is a code of the event taxonomy (see package event).
	Type string `json:"type"`
	// Trigger is the base form of the word that names the event.
	Trigger      string        `json:"trigger"`
	TriggerSpan  Span          `json:"trigger_span"`
	Participants []Participant `json:"participants"`
	// Date is the date of the governing time expression (zero when the
	// text gives none), at Granularity: its start Date when it has one (a
	// week's is the month of its Thursday), else its value (a partial date,
	// a century).
	Date        Timex  `json:"date,omitzero"`
	Granularity string `json:"granularity,omitempty"`
	Mod         string `json:"mod,omitempty"`
	// Time indexes Document.Times; -1 when undated.
	Time int `json:"time"`
	// Evidence is the sentence (or clause) that states the event.
	Evidence Span   `json:"evidence"`
	Text     string `json:"text"`
	// Source is the entity the article attributes the event to, Via the one
	// that source cites; Attribution indexes Document.Attributions (-1: none).
	Source      string `json:"source,omitempty"`
	Via         string `json:"via,omitempty"`
	Attribution int    `json:"attribution"`
}

// Attribution says who states something in an article: "сообщает Yonhap",
// "Sky.News з посиланням на МЗС", a direct quote and its speaker.
type Attribution struct {
	// Source is the entity ID of who says it; SourceText the words naming it.
	Source     string `json:"source,omitempty"`
	SourceText string `json:"source_text"`
	// Via is the entity the source cites ("со ссылкой на …").
	Via     string `json:"via,omitempty"`
	ViaText string `json:"via_text,omitempty"`
	// Cue is the base form of the reporting word ("сообщать", "заявити").
	Cue string `json:"cue"`
	// Evidence spans the cue and the source.
	Evidence Span   `json:"evidence"`
	Text     string `json:"text"`
	// Quote is a direct quote the source is credited with.
	Quote     string `json:"quote,omitempty"`
	QuoteSpan *Span  `json:"quote_span,omitempty"`
	// Scope is the span of text the attribution covers (its sentence, or
	// the one before for "Об этом сообщает …").
	Scope Span `json:"scope"`
}

// Quantity is a number with its unit and the object it counts: "350 тысяч
// снарядов" is 350000 of "снаряд".
type Quantity struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit,omitempty"`
	Object string  `json:"object,omitempty"`
	Approx bool    `json:"approx,omitempty"`
}
