// Package extract turns a web page or text pasted from one into clean
// article text, keeping every piece it removes aside with its kind.
//
// Text cleans plain text line by line. It reads line features, not a list of
// known sites: where a line stands (the leading block before the first prose
// line, the trailing block after the last one, or the middle), how many words
// it has and whether it ends a sentence, the share of capitalised and Latin
// words, separators between short items ("UA / RU", "Новости | Политика"),
// call-to-action verbs (Поддержать, Підписуйтесь, Share, Follow us), teaser
// prefixes (Читайте также:, Read also:, ЧИТАЙТЕ ТАКОЖ), photo credits,
// copyright, cookie, tag and advertising lines. Teaser lines become Related
// links.
//
// HTML extracts the article with go-trafilatura, falls back to
// go-readability when that yields too little, renders the result to lines
// and runs the same line cleaner over them; text blocks of the page that the
// extractor dropped are classified and reported as Removed too.
//
// The package embeds no data.
package extract
