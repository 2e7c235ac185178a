package extract

// Phrase tables of the line rules, lower case, ru/uk/en. They name kinds of
// page furniture (verbs of a call to action, teaser prefixes, credit
// markers), not strings of particular sites.

// teaserStrong start a teaser whatever follows them: no sentence of an
// article starts so.
var teaserStrong = []string{
	"читайте также", "читайте тоже", "читайте еще", "читайте ещё", "читайте по теме",
	"читайте больше", "читайте подробнее", "также читайте", "еще читайте", "читать также",
	"читать далее", "читать дальше", "читать полностью", "смотрите также", "см. также",
	"также смотрите", "новости по теме", "статьи по теме", "материалы по теме", "больше по теме",
	"вас может заинтересовать", "вам может быть интересно", "рекомендуем прочитать",
	"читайте також", "також читайте", "читайте ще", "читайте більше", "читайте детальніше",
	"читайте по темі", "читати також", "читати далі", "читати повністю", "дивіться також",
	"також дивіться", "новини по темі", "статті по темі", "матеріали по темі", "більше по темі",
	"вас може зацікавити", "вам може бути цікаво", "рекомендуємо прочитати",
	"read also", "also read", "read more", "see also", "more on this", "more on the topic",
	"related articles", "related stories", "related news", "you may also like",
	"recommended for you",
}

// teaserWeak start a teaser only when a separator (":", "—", "»") or the
// end of the line follows, or when written in capitals.
var teaserWeak = []string{
	"по теме", "на тему", "подробнее", "по темі", "детальніше", "докладніше",
	"related", "recommended", "рекомендуем", "рекомендуємо", "популярное", "популярне",
	"другие новости", "інші новини", "последние новости", "останні новини", "также", "також",
}

// captionWords start a photo or video caption or credit when a separator
// follows.
var captionWords = []string{
	"фото", "фотография", "фотографія", "photo", "photos", "image", "picture",
	"видео", "відео", "video", "иллюстрация", "ілюстрація", "illustration",
	"скриншот", "скріншот", "screenshot", "коллаж", "колаж", "collage", "инфографика",
	"інфографіка", "infographic", "источник фото", "джерело фото", "фото и видео", "фото та відео",
	"credit", "photo credit", "фото автора", "фото из открытых источников",
	"фото з відкритих джерел",
}

// captionMarks inside a short line mark it as a caption.
var captionMarks = []string{
	"иллюстративное фото", "ілюстративне фото", "фото иллюстративное", "фото ілюстративне",
	"фото: ", "фото - ", "фото — ", "фото – ", "фото / ", "фото ©", "photo: ", "photo by ",
	"photo/", "фото/", "getty images", "afp photo", "ap photo", "/ reuters", "/reuters", "/ epa", "/epa",
	"via reuters", "unsplash", "shutterstock", "depositphotos",
}

// shareVerbs open share, subscribe and follow lines.
var shareVerbs = []string{
	"поделиться", "поделитесь", "поделись", "поділитися", "поділіться", "поділись",
	"поширити", "поширте", "поширюйте", "share", "tweet", "твитнуть",
	"подписывайтесь", "подпишитесь", "подписаться", "подпишись", "підписуйтесь", "підписуйтеся",
	"підпишіться", "підписатися", "підпишись", "subscribe", "follow", "присоединяйтесь",
	"приєднуйтесь", "приєднуйтеся",
}

// appealVerbs open a share line only when an appeal word follows
// ("Читайте нас в Telegram", "Следите за новостями в соцсетях").
var appealVerbs = []string{
	"join", "читайте", "смотрите", "дивіться", "слушайте", "слухайте", "watch", "listen",
	"добавляйте", "додавайте", "скачайте", "завантажте", "download", "следите", "следи",
	"слідкуйте", "стежте", "stay", "будьте", "узнавайте", "дізнавайтеся", "дізнавайтесь",
}

// donateVerbs open donation and support buttons.
var donateVerbs = []string{
	"поддержать", "поддержите", "поддержи", "підтримати", "підтримайте", "підтримай",
	"donate", "support", "задонатить", "задонатити", "пожертвовать", "пожертвуйте",
	"пожертвувати", "станьте", "become",
}

// socialWords name networks, messengers and share targets.
var socialWords = []string{
	"facebook", "twitter", "telegram", "телеграм", "телеграм-канал", "viber", "вайбер",
	"whatsapp", "instagram", "инстаграм", "інстаграм", "youtube", "ютуб", "tiktok", "тикток",
	"тікток", "linkedin", "vk", "вконтакте", "одноклассники", "ok", "x", "e-mail", "email",
	"pinterest", "reddit", "threads", "mastodon", "bluesky", "rss", "messenger", "google",
	"news", "telegram-канал", "дзен", "soundcloud", "spotify", "patreon", "патреон",
	"скопировать", "копировать", "скопіювати", "копіювати", "ссылку", "посилання", "link",
	"copy", "print", "печать", "друк", "распечатать", "роздрукувати", "mail",
}

// appealWords, found in a long line opened by a call-to-action verb, make it
// an appeal rather than prose.
var appealWords = []string{
	"telegram", "телеграм", "facebook", "youtube", "instagram", "viber", "twitter", "tiktok",
	"канал", "соцсет", "соцмереж", "рассылк", "розсилк", "newsletter", "подписк", "підписк",
	"журналист", "журналіст", "journalism", "редакци", "редакці", "проект", "проєкт",
	"донат", "patreon", "патрон", "patron", "подписчик", "підписник", "member",
	"нас ", "наш ", "нашу ", "наши ", "наші ", "наших ", "нашими ", "нами", "us ", "our ",
}

// langNames are items of a language switch.
var langNames = []string{
	"ua", "ru", "en", "uk", "de", "fr", "pl", "es", "eng", "укр", "рус", "рус.", "укр.", "en.",
	"українська", "украинский", "русский", "російська", "english", "англ", "українською",
	"русском", "на русском", "російською", "english version", "версия", "версія", "мова", "язык",
}

// tagWords open lists of tags and rubrics.
var tagWords = []string{
	"теги", "тэги", "теґи", "tags", "tag", "мітки", "метки", "ключевые слова", "ключові слова",
	"keywords", "рубрика", "рубрики", "рубрика:", "категория", "категорія", "темы", "теми", "topics",
}

// adLines are whole lines that mark advertising.
var adLines = []string{
	"реклама", "advertisement", "advertising", "ads", "ad", "sponsored", "промо", "promo",
	"спецпроект", "спецпроєкт", "партнерский материал", "партнерський матеріал",
	"на правах рекламы", "на правах реклами", "материал партнера", "матеріал партнера",
	"новости партнеров", "новини партнерів", "партнерские материалы", "партнерські матеріали",
}

// chromeMarks inside a line of at most a few dozen words mark site chrome:
// copyright, cookie and citation notices, error reporting prompts.
var chromeMarks = []string{
	"©", "(c) 1", "(c) 2", "(с) 1", "(с) 2", "all rights reserved", "все права защищены",
	"всі права захищені", "усі права захищені", "всі права захищено", "усі права захищено",
	"права защищены", "права захищені", "ctrl+enter", "ctrl + enter", "заметили ошибку",
	"нашли ошибку", "помітили помилку", "знайшли помилку", "гиперссылка на", "гіперпосилання на",
	"ссылка на источник обязательна", "посилання на джерело обов",
}

// softChromeMarks mark site chrome only in a short line or next to a word
// naming the site: an article may well be about cookies or copyright.
var softChromeMarks = []string{
	"cookie", "куки", "кукі", "copyright", "privacy policy", "политика конфиденциальности",
	"політика конфіденційності", "terms of use", "пользовательское соглашение",
	"умови використання", "18+",
}

// siteWords name the site itself.
var siteWords = []string{"сайт", "site", "портал", "website", "ресурс"}

// citeMarks together with a citeNeed word make a citation policy line.
var citeMarks = []string{
	"при использовании", "при цитировании", "при копировании", "при перепечатке",
	"при використанні", "при цитуванні", "при копіюванні", "при передруку",
	"использование материалов", "використання матеріалів", "копирование материалов",
	"копіювання матеріалів", "перепечатка", "передрук",
}

var citeNeed = []string{
	"ссылк", "посилання", "обязательн", "обов", "разрешени", "дозвол", "запрещ", "заборон",
}

// chromeHeads are whole short lines of page furniture (a count may follow:
// "Комментарии (3)"): buttons, log-in and loading prompts, section links.
var chromeHeads = []string{
	"комментарии", "коментарі", "comments", "ответить", "відповісти", "reply",
	"оставить комментарий", "залишити коментар", "add comment", "leave a comment",
	"войти", "увійти", "вход", "вхід", "log in", "sign in", "login", "регистрация", "реєстрація",
	"загрузка", "завантаження", "loading", "меню", "menu", "поиск", "пошук", "search",
	"главная", "головна", "home", "наверх", "вгору", "back to top", "назад", "back",
	"все новости", "всі новини", "усі новини", "лента новостей", "стрічка новин", "новости", "новини",
	"news", "закрыть", "закрити", "close", "показать еще", "показати ще", "load more",
	"версия для печати", "версія для друку",
}

// sourceHeads open a source attribution line that is kept.
var sourceHeads = []string{
	"источник", "джерело", "source", "по материалам", "за матеріалами", "по данным", "за даними",
}

// bylineHeads open a byline ("Автор: Ирина Петренко", "By John Smith").
var bylineHeads = []string{
	"автор", "авторы", "автори", "author", "authors", "by", "текст", "редактор", "редакторка",
	"автор фото", "фотограф", "written by", "posted by", "опубликовал", "опублікував",
}

// teaserVocab are words that make a short label before ":" a teaser
// prefix ("Новость по теме:", "Это интересно:", "См. также:").
var teaserVocab = []string{
	"также", "тоже", "також", "ещё", "еще", "ще", "also", "теме", "темі", "тему", "topic",
	"related", "интересно", "цікаво", "interesting", "читайте", "читать", "читати", "read",
	"смотрите", "дивіться", "see", "рекомендуем", "рекомендуємо",
}

// networks name social networks and messengers.
var networks = []string{
	"facebook", "twitter", "telegram", "телеграм", "telegram-канал", "телеграм-канал",
	"telegram-каналі", "telegram-канале", "viber", "вайбер", "whatsapp", "instagram", "инстаграм",
	"інстаграм", "youtube", "ютуб", "youtube-канал", "tiktok", "тикток", "тікток", "linkedin",
	"вконтакте", "одноклассники", "threads", "mastodon", "bluesky", "дзен", "patreon",
}

// possessives mark an outlet speaking of itself ("в нашем Telegram-канале").
var possessives = []string{
	"наш", "наша", "наше", "наши", "наші", "нашем", "нашому", "нашей", "нашій", "нашу", "нас",
	"нами", "our", "us",
}

// topicWords make a short line without a sentence a bare teaser heading
// ("Еще по теме", "Вам може бути цікаво").
var topicWords = []string{
	"теме", "темі", "тему", "topic", "related", "интересно", "цікаво", "interesting",
}

// commentHeads head a comment section: what follows them is not article.
var commentHeads = []string{
	"комментарии", "коментарі", "comments", "обсуждение", "обговорення", "отзывы", "відгуки",
	"комментарии читателей", "коментарі читачів", "reader comments",
}
