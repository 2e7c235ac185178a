// Package temporal finds temporal expressions in Russian, Ukrainian and
// English news text and normalises them to ISO 8601 values with their
// granularity, resolved against the document's publication date.
//
// Find runs a hand-written scanner over the text: a tokenizer with a small
// lexicon of month, weekday, season and relative words (lexicon.go) and a
// set of pattern rules over the tokens (rules_*.go). go-dateparser is not
// called on the hot path: it needs 150–800 µs for a single short phrase and
// does not know the locative months ("у липні", "в мае"), the modifier
// phrases ("на початку серпня") or the adjective months ("сентябрьский"),
// so the scanner covers those forms itself; the tests use go-dateparser as
// an independent oracle for the explicit dates the scanner finds.
//
// # Values
//
//	day       "2023-09-12"            Date at day precision
//	month     "2023-09"               Date at month precision
//	year      "2023"                  Date at year precision
//	season    "2023-SU" (SP, SU, FA, WI; winter is named by the year it starts in) — Date at year precision
//	quarter   "2025-Q1"               Date at year precision
//	week      "2023-W45" (ISO week)   Date is the Monday, day precision
//	decade    "199X"                  Date is the first year, year precision
//	interval  "2023-03-05/2023-03-07", "2023-05/2023-08", "2014/2016" — Date is the start
//	time      "2023-09-12T15:30" (or "T15:30" when no day is known)
//
// A date whose year is not written and cannot be fixed has Partial set and
// X for the unknown digits: "XXXX-09-08", "XXXX-07", "XXXX-SU"; its Date is
// zero. A relative phrase ("вчера", "last week") with no publication date
// and no anchor has an empty Value.
//
// # Resolving the year
//
// Rule records how a year that is not written was chosen:
//
//   - "anchor": an explicit year earlier in the same sentence (or, with no
//     publication date, in the previous sentence) — "в мае 2022 года и 5 июня".
//   - "anchor" also for "в серпні того ж року": the year last written
//     before it anywhere in the document.
//   - "published": the publication year. When the month (or day) lies after
//     the publication date, the clause it stands in (or, if the clause has
//     no marker, the sentence) is read for tense: a future marker ("будет",
//     "відбудеться", "может", "will", …) keeps the publication year; a
//     past-tense verb, or a distance of more than 90 days with no marker,
//     takes the year before ("published-past") — except that a day or a
//     season starting at most 60 days ahead keeps the publication year even
//     after a past verb ("анонсировали гонку 15–16 мая"). Verbs that frame
//     reported speech ("заявил", "повідомив") are not read as past. A date
//     more than 30 days before publication in a sentence with a future
//     marker and no past verb takes the year after ("published-future").
//   - Two-digit decades ("20-е годы") take the last such decade that has
//     begun by the publication year (or Now).
//   - "weekday": the written weekday fixes the year. With a publication date
//     it corrects the rules above when the stated weekday matches the year
//     before or after instead. With no publication date the years
//     Now-15 … Now in which the date falls on that weekday are intersected
//     over every weekday-dated expression in the document, and the most
//     recent year not after Now wins (news is read within a few years of
//     its writing; the next candidate is at least five years older).
//   - "weekday-context": with no publication date, a year-less date takes
//     the year a weekday fixed elsewhere in the document.
//
// A bare weekday ("в четверг", "у середу") is resolved against the
// explicit dates of the document, not the publication date: an explicit
// date elsewhere in the document that falls on the same weekday and lies
// within a week of publication (the nearest preceding one first; with no
// publication date, only the nearest explicit date before or after it
// counts) — Rule "anchor"; else an explicit date in the same or a
// neighbouring sentence, taking the day of that weekday within three days
// of it — "anchor"; only else the publication date: the last such weekday
// on or before it, or the next one for a future-tense clause —
// "published". With no date at all it stays partial: "XXXX-WXX-4".
//
// Relative phrases (вчера/вчора/yesterday, сегодня/сьогодні, завтра, на
// прошлой неделе/минулого тижня, в прошлом году/торік, в этом месяце,
// "три дня назад", "через неделю", "в прошлый четверг", "августе прошлого
// года") are resolved against the publication date and have Relative set.
//
// # Speed
//
// Find is one pass of a tokenizer (ASCII and Cyrillic fast paths, one map
// lookup per word, tokens without pointers) and a left-to-right match of
// the rules at each token that can start an expression. BenchmarkFind runs
// it over the seed articles; it costs about two strings.ToLower passes over
// the same text (BenchmarkBaselineToLower is there to tell how loaded the
// machine is).
//
// # Spans
//
// Text excludes a leading bare preposition ("в", "у", "on", "in") but keeps
// prepositions that belong to the phrase: modifier phrases ("в начале мая",
// "на початку серпня"), intervals ("с 5 по 7 марта") and relative phrases
// ("на прошлой неделе"). Weekday and time-of-day words joined to a date are
// part of it ("Увечері п'ятниці, 8 вересня").
package temporal
