package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nerUKType maps a ner-uk v2.0 type and its mention text to a BSNLP type,
// or "" to leave the mention out. PERS, ORG and LOC map one to one. The
// other types hold BSNLP's products and events, which would otherwise be
// read as "no name" and teach the tagger that "Біблія", "Forbes" or
// "Другої світової війни" are not names:
//   - ART (works, outlets, scriptures, awards, brands) is PRO, but an event
//     by its head noun ("Євро-2012", miscType) is EVT;
//   - DOC (laws, codes, court rulings, contracts, case numbers) is PRO only
//     for a named legal text — a capitalised one ("Повітряного кодексу
//     України", "КК") or one headed by a law, code, treaty or convention
//     and naming it ("Закону «Про публічні закупівлі»"); rulings, orders,
//     letters and case numbers BSNLP does not annotate are left out;
//   - MISC is EVT when its head noun is an event's (wars, revolutions,
//     holidays, championships: miscType); the rest (languages, the
//     internet, sciences) is left out.
func nerUKType(typ, text string) string {
	switch typ {
	case "PERS":
		return "PER"
	case "ORG", "LOC":
		return typ
	case "ART":
		if isEventName(text) {
			return "EVT"
		}
		return "PRO"
	case "DOC":
		if namedDocument(text) {
			return "PRO"
		}
	case "MISC":
		if isEventName(text) {
			return "EVT"
		}
	}
	return ""
}

// isEventName reports whether a name is an event's by its words (miscType)
// or by the shape of a championship ("Євро-2012": a name and a year).
func isEventName(text string) bool {
	if miscType(text) == "EVT" {
		return true
	}
	lower := strings.ToLower(text)
	for _, w := range moreEventWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 1 {
		if i := strings.LastIndexByte(f[0], '-'); i > 0 && len(f[0])-i-1 == 4 && allDigits(f[0][i+1:]) {
			return strings.HasPrefix(f[0], "євро") || strings.HasPrefix(f[0], "евро") || strings.HasPrefix(f[0], "euro")
		}
	}
	return false
}

// moreEventWords are stems of event heads beside miscType's: contests,
// battles, uprisings, disasters.
var moreEventWords = []string{"гран-при", "гран-прі", "кубок", "кубк", "турнир", "турнір", "битв", "сражени",
	"восстани", "повстан", "марафон", "чемпіонат", "резн", "бойн", "блокад", "оккупац", "окупац", "вторжени",
	"вторгнен", "аннекси", "анексі", "голодомор", "холокост", "голокост", "геноцид", "аварі", "авари", "выставк",
	"виставк", "биенале", "бієнале", "кинофестивал", "кінофестивал"}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// documentHeads are stems of the nouns that head a named legal text;
// rulingHeads those of acts of an authority that BSNLP leaves unannotated.
var (
	documentHeads = []string{"закон", "кодекс", "конституц", "угод", "договор", "договір", "конвенц", "харті",
		"статут", "декларац", "меморандум", "директив", "регламент", "пакт", "протокол"}
	rulingHeads = []string{"указ", "ухвал", "рішен", "постанов", "розпоряд", "наказ", "лист", "провадж", "кримінальн",
		"справ", "спрв", "законопроект", "проект", "ліцензі", "довідк", "ст.", "ч.", "№"}
)

// namedDocument reports whether a ner-uk DOC mention names a legal text
// the way BSNLP's PRO does.
func namedDocument(text string) bool {
	word := strings.Fields(text + " x")[0]
	first := strings.ToLower(word)
	for _, h := range rulingHeads {
		if strings.HasPrefix(first, h) {
			return false
		}
	}
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) {
		return true
	}
	named := strings.ContainsAny(text, "«\"“") || strings.IndexFunc(text[len(word):], unicode.IsUpper) >= 0
	for _, h := range documentHeads {
		if strings.HasPrefix(first, h) {
			return named && !strings.Contains(text, " від ") && !strings.Contains(text, "№")
		}
	}
	return false
}

// SilverMiscType types a MISC mention of an encyclopaedia corpus
// (wikineural) for BSNLP: an event by its words (isEventName) is EVT; a
// capitalised name in Cyrillic (works, scriptures, laws: "Библии",
// "Конституции") or a Latin one with a model number ("Xbox 360", "Windows
// 95") is PRO. Any other MISC gives "", which drops the sentence: a
// lower-case MISC is a nationality or language adjective, a short
// all-capitals one a term ("ДНК", "DVD"), and taking Latin names without
// a number (games, websites) for products taught the tagger that any Latin
// name — an airline, a company — is a product (measured on the
// leave-one-topic-out folds).
func SilverMiscType(form string) string {
	r, _ := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	if isEventName(form) {
		return "EVT"
	}
	if utf8.RuneCountInString(form) <= 4 && strings.ToUpper(form) == form {
		return ""
	}
	lower := strings.ToLower(form)
	for _, h := range silverProductHeads {
		if strings.HasPrefix(lower, h) && !strings.HasPrefix(lower, "законодат") {
			return "PRO"
		}
	}
	if unicode.Is(unicode.Cyrillic, r) || strings.ContainsAny(form, "0123456789") {
		return "PRO"
	}
	return ""
}

// silverProductHeads begin the names of legal texts and scriptures.
var silverProductHeads = []string{"договор", "соглашени", "закон", "конституц", "конвенц", "хартия", "хартии",
	"пакт", "декларац", "устав", "кодекс", "меморандум", "директив", "библи", "коран", "евангели", "талмуд", "тора",
	"ветхий завет", "ветхого завета", "новый завет", "нового завета"}
