package event

// aliases name our types by the names other annotations use (the events
// gold of eval/testdata/events, CAMEO's words): "attack" is military,
// "exercise" and "deploy" are posture (CAMEO 15, exhibit force posture),
// "agreement" is agree, a "publication" is a report. "payment" has no
// type of its own here: CAMEO puts material aid under supply (07).
var aliases = map[string]string{
	"attack": "military", "assault": "military", "fight": "military",
	"exercise": "posture", "deploy": "posture",
	"agreement": "agree", "publication": "report", "payment": "supply",
	"detain": "arrest", "trial": "court",
}

// Canonical returns the type of the taxonomy that typ names: typ itself,
// or the type an alias stands for.
func Canonical(typ string) string {
	if t, ok := aliases[typ]; ok {
		return t
	}
	return typ
}
