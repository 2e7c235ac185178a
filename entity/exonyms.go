package entity

// exonyms maps the match keys of forms a name takes that neither the
// gazetteer nor the base forms reach — a plural head kept as written
// ("Соединённых Штатов"), a name the shared data spells one way only — to
// the gazetteer entry they name. Keys, not names: every spelling with the
// same key is covered (translit.Key).
var exonyms = map[string]string{
	"soedinenieshtati":         "GPE-USA", // Соединённые Штаты
	"soedinenihshtatov":        "GPE-USA", // Соединённых Штатов
	"soedinenihshtatah":        "GPE-USA", // Соединённых Штатах
	"soedinenimshtatam":        "GPE-USA", // Соединённым Штатам
	"soedinenimishtatami":      "GPE-USA", // Соединёнными Штатами
	"spoluchenishtati":         "GPE-USA", // Сполучені Штати
	"spoluchenihshtativ":       "GPE-USA", // Сполучених Штатів
	"spoluchenihshtatah":       "GPE-USA", // Сполучених Штатах
	"spoluchenimshtatam":       "GPE-USA", // Сполученим Штатам
	"spoluchenimishtatami":     "GPE-USA", // Сполученими Штатами
	"unitedstates":             "GPE-USA",
	"siriskaarabskarespublika": "GPE-Syria", // Сирийская Арабская Республика
	"sirianarabrepublik":       "GPE-Syria", // Syrian Arab Republic
	"sar":                      "GPE-Syria", // САР
	"ehipta":                   "GPE-Egypt", // Египта, a base form the lemmatiser misses
	"ehipte":                   "GPE-Egypt",
	"ehiptu":                   "GPE-Egypt",
	"polshei":                  "GPE-Poland", // Польшей, read by the lemmatiser as its own lemma
	"amerika":                  "GPE-USA",    // Америка (the country, in news)
}
