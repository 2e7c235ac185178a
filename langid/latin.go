package langid

import (
	"strings"
	"unicode"
)

// The Russian and Ukrainian news corpora hold little Latin text: quotes,
// titles and names. Besides English Wikipedia sentences and Debian's
// fortunes (train.go, fortune.go), the Latin table learns from them
//   - English: runs of Latin words inside the training articles that use
//     more English function words (below) than other ones, the English
//     country names of gazetteers/country-list, and the function words;
//   - other: the transliterated slugs of the training articles' URLs and
//     file names ("rossiya-kyorling-bronza", "Khochete_znaty_anhliysku"),
//     runs that use more non-English function words, and the function
//     words of nine other Latin-script languages.
// The word lists are written here by hand; they are lexicon, not rules:
// they enter the model only as weighted training text.

// englishWords are common English function words.
const englishWords = `the of and to in is was for that on with as by at from it be are were
this which or an have has had not but his her their its they he she we you who will would
can could should may about after over into than more most also been being said says there
these those them what when where while our out up new one two all no other only just
against between during before under such because through first last year years people`

// otherWords are common function words of German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Czech and Turkish.
const otherWords = `der die das und ist nicht mit von den dem des ein eine einer auf für sich auch
werden wird wurde nach bei aus über zum zur durch oder sind noch wie sein
le la les et est des du une dans pour pas qui que sur avec ce il elle sont par plus ont été
au aux leur nous vous mais où été être cette ces entre après selon
el los las del y es en un una por con para se su al lo como más pero sus le ya o este fue ha
il di che è per non una sono della delle dei gli nel alla anche questo ha dalla degli
os das do da em um uma para com não se na uma mais pelo pela foi são ao à às
het een van en de op te dat niet zijn voor met ook aan er maar om hij zij wordt
i w na z się nie do to że jest o jak po tak ale od przez dla może jego są już było
a je se na v že to s z do pro jako ale by jsou byl podle také který která
ve bir bu da de ile için olarak daha çok olan gibi ama en kadar sonra ise`

// functionWords maps each listed word to "en" or "other"; a word on both
// lists is left out.
func functionWords() map[string]string {
	en, other := wordSet(englishWords), wordSet(otherWords)
	m := map[string]string{}
	for w := range en {
		if !other[w] {
			m[w] = EN
		}
	}
	for w := range other {
		if !en[w] {
			m[w] = Other
		}
	}
	return m
}

func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// latinRuns returns the runs of at least minWords Latin-script words in
// text that stand together on one line with no other word between them.
// Tokens that look like addresses (URLs, e-mail, file names) end a run.
func latinRuns(text string, minWords int) [][]string {
	var out [][]string
	for line := range strings.Lines(text) {
		var run []string
		flush := func() {
			if len(run) >= minWords {
				out = append(out, run)
			}
			run = nil
		}
		for _, tok := range strings.Fields(line) {
			if strings.ContainsAny(tok, "/@_=\\#") || strings.Contains(tok, "www.") {
				flush()
				continue
			}
			word := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) })
			switch {
			case word == "":
				continue // numbers and dashes do not break a run
			case isLatinWord(word):
				run = append(run, word)
			default:
				flush()
			}
		}
		flush()
	}
	return out
}

func isLatinWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && letterScript(r) != scriptLatin {
			return false
		}
	}
	return true
}

// runLanguage labels a run by its function words: EN or Other by which
// are more, EN when it has none. A run with none is a list of names
// ("Emirates Airline, Turkish Airlines, Air France-KLM"), and the names a
// Russian or Ukrainian article writes in Latin letters are English or
// international ones: transliterations are written in Cyrillic there.
func runLanguage(run []string, fw map[string]string) string {
	en, other := functionCounts(run, fw)
	switch {
	case en > other:
		return EN
	case other > en:
		return Other
	}
	return EN
}

// functionCounts counts the English and the other function words of
// words (compared in lower case, punctuation around them ignored).
func functionCounts(words []string, fw map[string]string) (en, other int) {
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		switch fw[strings.ToLower(w)] {
		case EN:
			en++
		case Other:
			other++
		}
	}
	return en, other
}

// slugWords returns the words of the last path element of a URL or file
// name ("…/480611-rossiya-kyorling-bronza" → rossiya kyorling bronza),
// or nil when it has fewer than two.
func slugWords(s string) []string {
	if i := strings.LastIndexAny(strings.TrimRight(s, "/"), "/"); i >= 0 {
		s = strings.TrimRight(s, "/")[i+1:]
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 {
		s = s[:i]
	}
	var words []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		if len(w) > 1 && isLatinWord(w) && strings.IndexFunc(w, unicode.IsDigit) < 0 {
			words = append(words, w)
		}
	}
	if len(words) < 2 {
		return nil
	}
	return words
}
