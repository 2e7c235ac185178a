package attrib

// reporting lists the base forms of reporting verbs in ru, uk and en. A verb
// makes an attribution only when an entity stands next to it as the one who
// reports.
var reporting = setOf(
	// ru
	"сообщать", "сообщить", "заявлять", "заявить", "сказать", "говорить", "писать", "написать",
	"передавать", "утверждать", "подчеркнуть", "подчеркивать", "рассказать", "рассказывать",
	"объявить", "объявлять", "добавить", "пояснить", "признать", "информировать", "уточнить", "отметить",
	"констатировать", "опубликовать", "цитировать", "процитировать",
	// uk
	"повідомляти", "повідомити", "заявляти", "заявити", "сказати", "говорити", "писати", "написати",
	"передавати", "стверджувати", "наголосити", "наголошувати", "розповісти", "розповідати",
	"оголосити", "оголошувати", "додати", "пояснити", "визнати", "інформувати", "уточнити", "зазначити",
	"зазначати", "опублікувати", "цитувати", "процитувати",
	// en
	"say", "said", "says", "report", "reported", "reports", "tell", "told", "state", "stated", "announce",
	"announced", "write", "wrote", "claim", "claimed", "add", "added",
)

// impersonal verbs say "it is said in X's statement": "говорится в
// сообщении Госдепа", "йдеться у заяві МЗС".
var impersonal = setOf("говориться", "говорится", "йтися", "йдеться", "указываться", "указывается", "зазначатися", "зазначається", "отмечаться", "отмечается")

// documents are the nouns of "в сообщении/заявлении/докладе X".
var documents = setOf("сообщение", "заявление", "доклад", "отчет", "отчёт", "пресс-релиз", "коммюнике", "публикация", "статья",
	"повідомлення", "заява", "доповідь", "звіт", "прес-реліз", "комюніке", "публікація", "стаття", "statement", "report")

// citing are the nouns of "со ссылкой на X", "з посиланням на X".
var citing = setOf("ссылка", "посилання", "citing")

// anaphora opens a sentence that attributes the sentence before it: "Об
// этом сообщает …", "Про це повідомляє …", "This was reported by …".
var anaphora = setOf("этом", "это", "це", "цьому", "this")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
