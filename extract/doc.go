// Package extract turns a web page or text pasted from one into clean
// article text, keeping every piece it removes aside with its kind.
//
// Text cleans plain text line by line. It reads line features, not a list of
// known sites: where a line stands (the leading block before the first prose
// line, the trailing block after the last one, or the middle), how many words
// it has and whether it ends a sentence, the share of capitalised, Latin and
// numeric words, separators between short items ("UA / RU", "Новости |
// Политика"), call-to-action verbs and polite imperatives (Поддержать,
// Підписуйтесь, Share, "Поделитесь с друзьями!"), teaser prefixes (Читайте
// также:, Read also:, ЧИТАЙТЕ ТАКОЖ, "Новость по теме:"), photo credits,
// copyright, cookie, tag, byline, date and advertising lines, and the heading
// of a comment section. A line that is only a teaser heading ("Читайте
// також") takes the headlines listed under it. Teaser lines become Related
// links. The phrase tables in phrases.go name kinds of furniture in ru, uk
// and en; the rules of position catch the furniture no table names.
//
// HTML prunes hidden elements and comment sections, extracts the article
// with go-trafilatura (its baseline rescue off, as it glues paragraphs
// together; links off, as with them it drops a javascript: link and the
// text after it), falls back to go-readability when that yields fewer than
// 250 letters and to the whole page when neither finds 50, puts back the
// paragraphs the extractor skipped inside the article (gaps.go), lays the
// result out as lines and runs the same line cleaner over them — whose
// rules of position, on extracted text, remove only furniture beyond doubt.
// An extracted line cut from a teaser or caption of the page (the link of
// "Читайте также: <a>…</a>" without its prefix) takes that line's kind. The
// text blocks of the page the extractor dropped are classified by the line
// rules and reported as Removed (RemovedOther when no rule names them). A
// page the HTML parser refuses is parsed flattened or read as text
// (tolerant.go).
//
// Dates and bylines are metadata: date lines and bylines are removed as
// RemovedDate and RemovedByline and lifted into Result.Dateline and Byline,
// as is a dateline opening the text ("Москва, 12 ноября — РИА Новости.");
// the page's declared date (meta, JSON-LD, <time>) is Result.Published.
//
// Quality on real pages is `litopys eval extract --pages
// ../shared/data/html/readability` (130 pages with reference extractions,
// tune and held-out halves; floors in internal/evalrun). The tests in
// measure_test.go measure the cleaner on real articles of ../shared/data/news
// wrapped in synthetic furniture, as plain text and as HTML pages, including
// a held-out set of furniture the rules were not written against:
//
//	go test -run 'TestCorpus' -v ./extract/
//
// The package embeds no data.
package extract
