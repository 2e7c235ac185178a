// Package segment splits clean news text into paragraphs, sentences and
// tokens, each with exact byte offsets into the text. It is tuned for
// Russian, Ukrainian and English news.
//
// Paragraphs end at every line break. Sentences end after . ! ? … (and the
// closing quotes and brackets that follow them) unless the full stop belongs
// to an abbreviation or an initial, sits inside a number, or the next word
// goes on in lower case; see abbrev.go for the list and the rules.
//
// Tokens come from UAX #29 word boundaries (github.com/clipperhouse/uax29),
// repaired for ru/uk news:
//   - words with inner apostrophes stay whole: п'ятниці, п’ятниці, пʼятниці, п`ятниці;
//   - hyphenated words stay whole (Сан-Франциско, 75-ї, 2023-го, COVID-19),
//     but a hyphen between two bare numbers is a range and is split (2022-2023);
//   - dotted names and domains stay whole (Sky.News, ZN.ua, т.е), but glued
//     initials are split from the surname (А.Б.Иванов → А . Б . Иванов) and
//     a missing space after a full stop between Cyrillic words is repaired
//     (Украины.Также → Украины . Также);
//   - numbers keep their inner commas and dots (1,5; 3.5; 1.5.2023), and
//     digit groups of exactly three after a space, a no-break space or a
//     thin space join the number before them when that starts with one to
//     three digits (300 000, 1 250 000,5). A four-digit year followed by a
//     three-digit number ("2023 100") is never joined. Ranges like "1 200"
//     meaning "one, two hundred" cannot be told apart and are joined;
//   - runs of . ! ? are one token ("...", "?!"); quotes « » " „ “ and dashes
//     — – are tokens of their own. Whitespace is not a token.
//
// Runs of Latin or Cyrillic letters, ASCII spaces and common punctuation
// whose word boundaries are certain skip the UAX #29 state machine
// (fast.go); TestFastPathSameTokens checks on real news that the result is
// the same token for token.
//
// Nothing here allocates beyond the slices it returns. The package embeds no
// data: the abbreviation list is in abbrev.go.
package segment
