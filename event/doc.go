// Package event finds sentence-level event frames: a trigger word, a type
// from a small taxonomy, the participating entities with their roles, the
// date that governs the event and the source that reports it.
//
// The taxonomy follows the root codes of CAMEO (Conflict and Mediation Event
// Observations), merged where news text rarely tells them apart:
//
//	statement   01  make a public statement ("заявил", "стало известно")
//	appeal      02  appeal, call on ("призвал", "закликав")
//	intent      03  express intent to cooperate, promise ("пообещал", "готовий")
//	meet        04  consult, negotiate, meet ("переговоры", "зустріч", "саммит")
//	visit       042 travel to, host a visit ("прибыл", "візит", "приїздив")
//	agree       05/06/057 agree, sign, cooperate ("договорились", "угода")
//	supply      07  provide aid, weapons, supplies ("предоставила", "поставки")
//	demand      10  demand ("потребовал", "вимагає")
//	accuse      11  disapprove, condemn, accuse ("осудил", "звинуватив")
//	reject      12  reject, refuse ("отверг", "відмовилася")
//	threaten    13  threaten ("пригрозил", "погрожує")
//	sanction    16/17 reduce relations, coerce, sanction ("санкции", "выслал")
//	military    18/19/20 assault, fight ("удар", "обстріл", "атака")
//	launch      launch or test of a missile, rocket or satellite ("запуск", "випробування")
//	failure     a failed attempt ("неудача", "невдача"); "launch-failure" next to a launch word
//	report      a medium reports ("повідомили у The New York Times")
//
// Triggers are matched on base forms, so every inflection counts.
package event
