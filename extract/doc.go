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
// HTML extracts the article with go-trafilatura (its baseline rescue off, as
// it glues paragraphs together), falls back to go-readability when that
// yields fewer than 250 letters and to the whole page when neither finds 50,
// lays the result out as lines and runs the same line cleaner over them. An
// extracted line cut from a teaser or caption of the page (the link of
// "Читайте также: <a>…</a>" without its prefix) takes that line's kind. The
// text blocks of the page the extractor dropped are classified by the line
// rules and reported as Removed (RemovedOther when no rule names them).
//
// Quality is measured by the tests in measure_test.go on real articles of
// ../shared/data/news (RT/NG, uk_news_nov2024, BRUK press) wrapped in
// synthetic furniture, as plain text and as HTML pages, including a held-out
// set of furniture the rules were not written against:
//
//	go test -run 'TestCorpus' -v ./extract/
//
// The package embeds no data.
package extract
