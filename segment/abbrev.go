package segment

// How a full stop after a word is read.
//
// General rules, applied before the lists:
//   - a single capital letter + "." is an initial (В. В. Путин, А.Б. Иванов,
//     J. Smith): never a sentence end;
//   - a single lower-case letter + "." is an abbreviation (с. Иваново,
//     п. 3, т. е.); it may end a sentence only after a number, as a unit
//     or year (2023 г., 1991 р., XX в., 5 м.) or as the tail of "т. д." /
//     "т. п.";
//   - a word in lower case after the full stop means the sentence goes on;
//   - an endable abbreviation does not end a sentence that so far is only
//     a short lead-in: fewer than minWordsBeforeBreak words, the first a
//     number or a word of at most three letters ("В 2008 г. Организация …",
//     "Как заявил осенью 2016 г. Пётр …" are one sentence; "Товарооборот
//     вырос до 12 млрд. Это …" and "… вступил в ряды ИГИЛ в 2005 г.
//     Ранее …" are two).

// abbrevKind says how an abbreviation before a full stop affects a sentence
// break.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// abbrevInner never ends a sentence: it is always followed by what it
	// qualifies (им. Ленина, ул. Хрещатик, Mr. Smith, т.е. …).
	abbrevInner
	// abbrevEndable may end a sentence (5 млн. / и т.д. / 2023 гг.); the
	// sentence ends there when the next word is capitalised and the
	// sentence is long enough.
	abbrevEndable
	// abbrevNumbered labels the number that follows it (No. 10, Jan. 5,
	// Art. 3): no sentence ends before a digit; before anything else the
	// word is read as a word ("The answer was No. Then …").
	abbrevNumbered
)

// minWordsBeforeBreak is the number of words a sentence needs before an
// endable abbreviation can close it.
const minWordsBeforeBreak = 5

// abbreviations lists multi-letter abbreviations of ru, uk and en news,
// lower-cased, without the final full stop (inner dots kept: "т.е").
// Single letters are handled by the general rules above.
var abbreviations = map[string]abbrevKind{
	// ru: addresses, titles, references.
	"им": abbrevInner, "ул": abbrevInner, "просп": abbrevInner, "пр-т": abbrevInner,
	"пер": abbrevInner, "пл": abbrevInner, "наб": abbrevInner, "корп": abbrevInner,
	"стр": abbrevInner, "кв": abbrevInner, "пос": abbrevInner, "дер": abbrevInner,
	"ст": abbrevInner, "проф": abbrevInner, "акад": abbrevInner, "доц": abbrevInner,
	"канд": abbrevInner, "ген": abbrevInner, "полк": abbrevInner, "подп": abbrevInner,
	"мл": abbrevInner, "см": abbrevInner, "ср": abbrevInner, "напр": abbrevInner,
	"тел": abbrevInner, "тов": abbrevInner, "гр": abbrevInner, "рис": abbrevInner,
	"табл": abbrevInner, "гл": abbrevInner, "пп": abbrevInner, "св": abbrevInner,
	"каб": abbrevInner, "зам": abbrevInner, "ред": abbrevInner, "англ": abbrevInner,
	"нем": abbrevInner, "франц": abbrevInner, "фр": abbrevInner, "лат": abbrevInner,
	"рус": abbrevInner, "укр": abbrevInner, "т.е": abbrevInner, "т.к": abbrevInner,
	"т.н": abbrevInner, "т.ч": abbrevInner, "и.о": abbrevInner, "г-н": abbrevInner,
	"г-жа": abbrevInner, "оп": abbrevInner, "лл": abbrevInner, "вып": abbrevInner,
	"изд": abbrevInner, "сб": abbrevInner, "кн": abbrevInner, "ок": abbrevInner,
	"прим": abbrevInner,
	// ru: units, money, "and so on".
	"гг": abbrevEndable, "вв": abbrevEndable, "млн": abbrevEndable, "млрд": abbrevEndable,
	"трлн": abbrevEndable, "тыс": abbrevEndable, "руб": abbrevEndable, "коп": abbrevEndable,
	"долл": abbrevEndable, "дол": abbrevEndable, "км": abbrevEndable, "кг": abbrevEndable,
	"мин": abbrevEndable, "сек": abbrevEndable, "обл": abbrevEndable, "т.д": abbrevEndable,
	"т.п": abbrevEndable, "др": abbrevEndable, "н.э": abbrevEndable, "экз": abbrevEndable,
	// uk.
	"ім": abbrevInner, "вул": abbrevInner, "пров": abbrevInner, "буд": abbrevInner,
	"смт": abbrevInner, "див": abbrevInner, "зв": abbrevInner, "т.зв": abbrevInner,
	"рр": abbrevEndable, "тис": abbrevEndable, "грн": abbrevEndable, "ін": abbrevEndable,
	"н.е": abbrevEndable, "хв": abbrevEndable, "год": abbrevEndable,
	// en.
	"mr": abbrevInner, "mrs": abbrevInner, "ms": abbrevInner, "dr": abbrevInner,
	"prof": abbrevInner, "st": abbrevInner, "gen": abbrevInner, "sen": abbrevInner,
	"rep": abbrevInner, "gov": abbrevInner, "lt": abbrevInner, "col": abbrevInner,
	"sgt": abbrevInner, "capt": abbrevInner, "vs": abbrevInner, "e.g": abbrevInner,
	"i.e": abbrevInner, "approx": abbrevInner, "fig": abbrevInner, "ste": abbrevInner,
	"mt": abbrevInner, "ft": abbrevInner, "gens": abbrevInner, "adm": abbrevInner,
	"no": abbrevNumbered, "nos": abbrevNumbered, "art": abbrevNumbered, "vol": abbrevNumbered,
	"jan": abbrevNumbered, "feb": abbrevNumbered, "mar": abbrevNumbered, "apr": abbrevNumbered,
	"jun": abbrevNumbered, "jul": abbrevNumbered, "aug": abbrevNumbered, "sep": abbrevNumbered,
	"sept": abbrevNumbered, "oct": abbrevNumbered, "nov": abbrevNumbered, "dec": abbrevNumbered,
	"jr": abbrevEndable, "sr": abbrevEndable, "etc": abbrevEndable, "inc": abbrevEndable,
	"ltd": abbrevEndable, "co": abbrevEndable, "corp": abbrevEndable, "u.s": abbrevEndable,
	"u.k": abbrevEndable, "u.n": abbrevEndable, "a.m": abbrevEndable, "p.m": abbrevEndable,
}
