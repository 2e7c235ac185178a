package translit

// cognates maps the key of a Russian East Slavic given name or place name to
// the key of its Ukrainian form, for pairs whose spelling differs beyond the
// letter rules of Key (full vowels, о/і alternation, other vowels):
// Владимир/Володимир, Александр/Олександр, Киев/Київ. Entries are word keys
// after the word rules (doubles merged, final ei → i); Keys take base forms,
// so only nominatives are listed.
var cognates = map[string]string{
	// Given names.
	"vladimir":   "volodimir",  // Владимир / Володимир
	"aleksandr":  "oleksandr",  // Александр / Олександр
	"aleksandra": "oleksandra", // Александра / Олександра
	"aleksi":     "oleksi",     // Алексей / Олексій
	"nikolai":    "mikola",     // Николай / Микола
	"dmitri":     "dmitro",     // Дмитрий / Дмитро
	"mihail":     "mihailo",    // Михаил / Михайло
	"pavel":      "pavlo",      // Павел / Павло
	"petr":       "petro",      // Пётр / Петро
	"evheni":     "evhen",      // Евгений / Євген
	"elena":      "olena",      // Елена / Олена
	"ekaterina":  "katerina",   // Екатерина / Катерина
	"tatiana":    "tetiana",    // Татьяна / Тетяна
	"fedor":      "fedir",      // Фёдор / Федір
	"iakov":      "iakiv",      // Яков / Яків
	"kiril":      "kirilo",     // Кирилл / Кирило
	"vasili":     "vasil",      // Василий / Василь
	"svetlana":   "svitlana",   // Светлана / Світлана
	"nadezhda":   "nadia",      // Надежда / Надія
	"konstantin": "kostiantin", // Константин / Костянтин
	"nikita":     "mikita",     // Никита / Микита
	// Places.
	"kiev":           "kiv",            // Киев / Київ
	"harkov":         "harkiv",         // Харьков / Харків
	"lvov":           "lviv",           // Львов / Львів
	"dnepr":          "dnipro",         // Днепр / Дніпро
	"dnepropetrovsk": "dnipropetrovsk", // Днепропетровск / Дніпропетровськ
	"nikolaev":       "mikolaiv",       // Николаев / Миколаїв
	"chernihov":      "chernihiv",      // Чернигов / Чернігів
	"chernobil":      "chornobil",      // Чернобыль / Чорнобиль
	"chernovtsi":     "chernivtsi",     // Черновцы / Чернівці
	"zaporozhe":      "zaporizhzhia",   // Запорожье / Запоріжжя
	"rovno":          "rivne",          // Ровно / Рівне
	"ternopol":       "ternopil",       // Тернополь / Тернопіль
	"vinitsa":        "vinitsia",       // Винница / Вінниця
	"slaviansk":      "sloviansk",      // Славянск / Слов'янськ
	"frankovsk":      "frankivsk",      // Ивано-Франковск / Івано-Франківськ
	"belorusia":      "bilorus",        // Белоруссия / Білорусь
	"belarus":        "bilorus",        // Беларусь / Білорусь
	"bilorusia":      "bilorus",        // Білорусія / Білорусь
}

// acronyms maps Russian acronyms to their Ukrainian form where the letters
// differ beyond Key's letter rules (full keys, doubled letters kept).
var acronyms = map[string]string{
	"sssr": "srsr", // СССР / СРСР
	"frh":  "frn",  // ФРГ / ФРН
	"mid":  "mzs",  // МИД / МЗС
	"vsu":  "zsu",  // ВСУ / ЗСУ
	"sbu":  "sbu",
	"es":   "es",  // ЕС / ЄС
	"oon":  "oon", // ООН
}
