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
// An expression's Value is a litopys.Timex, built typed by the rules; its
// String is the TIMEX string below.
//
//	day       "2023-09-12"            Date at day precision
//	month     "2023-09"               Date at month precision
//	year      "2023"                  Date at year precision
//	season    "2023-SU" (SP, SU, FA, WI; winter is named by the year it starts in) — Date at year precision
//	quarter   "2025-Q1"               Date at year precision
//	half      "2024-H2"               Date at year precision ("у другому півріччі")
//	week      "2023-W45" (ISO week)   Date is the Monday, day precision
//	          "2015-W40-WE" (a weekend) Date is the Saturday
//	decade    "199X"                  Date is the first year, year precision
//	century   "20" (TIMEX: the 21st)  Date is zero (no precision fits a century)
//	interval  "2023-03-05/2023-03-07", "2023-05/2023-08", "2014/2016", "2008/2009" ("2008/09") — Date is the start,
//	          except for a night ("в ночь на 9 марта" = "2008-03-08/2008-03-09"): the day it ends in, the one named
//	time      "2023-09-12T15:30" right after its date ("12.09.2023 в 15:30",
//	          "сьогодні, 18:56"); any other clock time is a bare "T15:30"
//	          with Partial set, as the annotated tables have it: a day
//	          elsewhere in the sentence need not be its day, and is an
//	          expression of its own anyway
//
// # What is read
//
// Besides the forms above: days and months in all the cases a preposition
// or a governing noun asks for ("к маю", "по итогам февраля", "за
// підсумками квітня", "з жовтнем минулого року"), abbreviated months right
// after a day ("5 дек.", "12 лист", "МОСКВА, 9 июл"), days in words
// ("пятого марта"), lists of days and years ("19, 20 и 21 марта", "в 1976
// и 1982 годах"), nights across two days ("з 11 на 12 листопада"), the
// months of a year ("за 10 місяців 2024 року"), years that end a
// hyphenated name ("саміт-2019", "Євро-2024": the span is the whole name)
// or are cited ("(1940)", "М.: Время, 2018."), decades in words ("в
// нулевых годах"), centuries ("в XXI веке", "XX ст.", "наприкінці ХІХ ст."),
// weekdays after з/со/до/к ("со вторника", "до пятницы"), weekends in all
// cases ("в этот уик-энд", "на вихідних", "уик-эндом", "в ближайшие
// выходные"), year ranges with a short second year ("сезона 2011-12",
// "1975-76 років" = 1975/1976), weekday adjectives ("воскресный теракт",
// "субботней встрече": a day, resolved as a bare weekday; not "воскресная
// школа", "пятничная молитва", "по субботним дням"), relative months ("в
// минувшем ноябре", "цього травня"), days as 24-hour periods ("за минулу
// добу", "в прошедшие сутки"), relative centuries ("в середине прошлого
// века"), sports seasons in a text about sport ("в этом сезоне" =
// "2024/2025", or "2024" for a calendar-year sport), years set off by context ("в 2019
// финансовом году", "В 2015 он…", "1994 – …" opening a chronology line,
// "Art Dubai 2017", "(1982, 1986)", "(Lee et al., 2017)", "у 2016-ому"), ranges of numeric dates ("09.12.2017-10.12.2017"),
// clock times after a preposition ("в 15:30", "о 19.00"), before a time zone
// ("14.16 мск") or opening a sentence as a feed's timestamp ("13:16 В
// Пакистане…").
//
// "Накануне" and "напередодні" are prepositions before a genitive
// ("накануне выборов", "напередодні саміту"); followed by the end of the
// clause, a preposition, a time of day, a pronoun, a verb or a word without
// a genitive ending ("Накануне Трамп заявил") they are the adverb "the day
// before": the day before a day written earlier in the sentence, else before
// publication ("Накануне, 8 февраля," takes the date). A night named by the
// day it ends in ("в ночь на 13 ноября", "у ніч проти 8 листопада", "у ніч
// на середу, 13 листопада", "в ночь со среды на четверг") is the interval of
// the two days. A time counted from another ("днём ранее", "двумя днями
// раньше", "годом позже", "12 годами ранее") counts from the nearest
// expression before it dated finely enough, or from an apposition after it
// ("Днём раньше, 18 февраля,"); with none its value stays empty, and so does
// "в этот день", "цього дня" with no day before it. A start after "с", "з",
// "від" and an end after "до", "по" that no rule read together become one
// interval ("с 20 июля до середины августа"), a year written at one end
// serving both. A day that ends a quoted name («Коалиция 14 февраля»,
// «Движение 14 марта») is not a date.
//
// Fixed-date holidays are read as days when a preposition comes before
// them or a year after them ("до Різдва", "ко Дню независимости Украины",
// "перед Рождеством 1993 года"), after "в канун" or a relative adjective
// ("вчерашнего Дня всех влюбленных"), or before a verb saying on which day
// it falls ("День Святого Миколая випадає на п'ятницю"); a bare name
// ("испортила Рождество") or a greeting ("С Рождеством!") is not a date.
// Trinity and Palm Sunday are counted from Easter ("на Трійцю", not "верой в
// Троицу"). Orthodox feasts fall on their
// civil-calendar days in Russia (Christmas 7 January; "католическое
// Рождество" 25 December); a Ukrainian name takes the day of the 2023
// reform from 28 July 2023 on (Різдво 25 December, Водохреще 6 January,
// День захисників 1 October, День Перемоги 8 May). Independence days
// follow the country named after them, or Ukraine for the Ukrainian
// "День Незалежності". Easter ("на Пасху", "до Великодня") is computed:
// the Orthodox one, or the Western one for "католическая Пасха" and
// "Easter"; a sentence about Jews or matzah speaks of Passover, which is
// not read. Without a year, a holiday is the occurrence nearest the
// publication date (within 75 days) that the clause's tense allows.
//
// A weekday or day counted in a month ("в последнюю субботу сентября", "у
// другу неділю березня", "в последний день февраля") is a day; "в 20-х
// числах марта" is late March.
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
//     publication date, in the previous sentence) — "в мае 2022 года и 5 июня"
//     — unless the clause's tense contradicts it (a future clause does not
//     take a year before publication).
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
//     marker and no past verb takes the year after ("published-future"),
//     and so does one whose next-year date is close ahead (within 75
//     days for a day, two months for a month) when the clause is not past:
//     "20 січня" or "на початку січня" in a December article. A deadline
//     ("к сентябрю", "до 12 січня") with no tense marker reads as future;
//     "ещё/ще" before a date ("ще на початку вересня") reads as past. An
//     interval within one year is placed by its end ("в январе–октябре"
//     read in November is this year's).
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
// An archival text — an encyclopaedic or historical one, not written
// relative to its publication date: at least five written years, four in
// five more than ten years from publication, none within two years of it,
// no weekday-dated day on the publication year's calendar and few relative
// phrases — does not fill unwritten years from the publication date: they
// take an explicit year of the same or the previous sentence ("anchor") or
// stay partial.
//
// A bare weekday ("в четверг", "у середу") is resolved against the
// explicit dates of the document, not the publication date: an explicit
// date elsewhere in the document that falls on the same weekday and lies
// within a week of publication (the nearest preceding one first; with no
// publication date, only the nearest explicit date before or after it
// counts) — Rule "anchor"; else an explicit date in the same or a
// neighbouring sentence, taking the day of that weekday within three days
// of it — "anchor"; only else the publication date: the last such weekday
// on or before it, or the next one for a future-tense clause or a deadline
// ("до пятницы") — "published". An explicit date is taken only if the
// clause's tense allows it (a past clause does not take a day after
// publication: a past weekday is not read a week late; "назначил на среду"
// is a target, not a past), and one more than ten days from publication
// places only its own weekday in its own sentence. With no date at all it
// stays partial: "XXXX-WXX-4".
//
// A day named from the day written before it — "в тот же день", "того ж
// дня" (the same), "на следующий день", "наступного дня" (the day after) —
// takes the nearest day expression before it in the document (Rule
// "anchor"), else the publication date; one counted from another event
// ("на следующий день после атаки") is not read.
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
// "на початку серпня"), intervals ("с 5 по 7 марта") and deictic phrases
// with "в", "у", "на" ("на прошлой неделе", "в минувшую среду", "в этот
// день"); "за" stays out ("за прошлый год" is "прошлый год"). A year word
// after a numeric date is part of it ("01.01.2019 року"). Weekday and time-of-day words joined to a date are
// part of it ("Увечері п'ятниці, 8 вересня").
package temporal
