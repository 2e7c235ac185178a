package morph

import "strings"

// Russian present, future and imperative forms of verbs whose stem
// changes (иду: идти, хочет: хотеть, пишу: писать, начну: начать, пьют:
// пить, скажи: сказать): hunspell lists many of them as separate words
// that do not inflect, so the dictionary has no verb reading of them.
// presentVerb undoes the personal ending and the stem's alternation and
// keeps an infinitive only if the dictionary knows it as a verb.

// Conjugation classes of an ending: the first conjugation's endings
// (-ет, -ут) come from infinitives other than -ить, the second's (-ит,
// -ат) from -ить, -еть, -ать, -ять; imperative and converb endings from
// either.
const (
	conj1 = 1 << iota
	conj2
	conjAny = conj1 | conj2
)

// presentEndingsRU are the personal, imperative and converb endings,
// longest first, with their conjugations.
var presentEndingsRU = []struct {
	end  string
	conj uint8
}{
	{"ешь", conj1}, {"ете", conj1}, {"ите", conjAny}, {"ишь", conj2}, {"ьте", conjAny}, {"йте", conjAny},
	{"ет", conj1}, {"ем", conj1}, {"ут", conj1}, {"ют", conj1},
	{"ит", conj2}, {"им", conj2}, {"ат", conj2}, {"ят", conj2},
	{"у", conjAny}, {"ю", conjAny}, {"и", conjAny}, {"ь", conjAny}, {"й", conjAny}, {"я", conjAny},
}

// infEndingsRU are the infinitive endings tried on a stem, with the
// conjugations they take; -ти only after a consonant (ид-ти, нес-ти).
var infEndingsRU = []struct {
	end  string
	conj uint8
}{
	{"ти", conj1}, {"ть", conj1}, {"ать", conjAny}, {"ять", conjAny}, {"еть", conjAny}, {"ить", conj2},
	{"оть", conj1}, {"уть", conj1}, {"нуть", conj1}, {"сть", conj1}, {"чь", conj1}, {"вать", conj1}, {"овать", conj1},
}

// stemAlternationsRU turn the end of a present stem into the end of its
// infinitive stem: consonant alternations (скаж-: сказ-, хоч-: хот-,
// пиш-: пис-, ищ-: иск-, дремл-: дрем-), the -н- of начн-, the -ь- of
// пь-, бь-, the -м- of жм-, the -д- of найд-, the -г-, -к- of мог-, пек-
// (мочь, печь), the -о- of мо-, по- (мыть, петь).
var stemAlternationsRU = []struct{ from, to string }{
	{"ж", "з"}, {"ж", "д"}, {"ж", "г"}, {"жд", "д"},
	{"ч", "т"}, {"ч", "к"}, {"ш", "с"}, {"ш", "х"},
	{"щ", "ст"}, {"щ", "ск"}, {"щ", "т"},
	{"бл", "б"}, {"пл", "п"}, {"вл", "в"}, {"мл", "м"}, {"фл", "ф"},
	{"ст", "с"}, {"т", "с"}, {"д", "с"},
	{"н", ""}, {"м", ""}, {"д", ""}, {"г", ""}, {"к", ""}, {"ь", "и"}, {"о", "ы"}, {"о", "е"},
	// Roots whose vowel comes and goes: зов-: зва- (звать, вызвать),
	// бер-: бра-, дер-: дра- (собрать, содрать), обь-: би- (разобью:
	// разбить), ним-, йм-: ня- (подниму: поднять, займу: занять), озьм-:
	// зя- (возьму: взять), жж-: же- (зажжем: зажечь).
	{"зов", "зва"}, {"бер", "бра"}, {"дер", "дра"}, {"обь", "би"}, {"ним", "ня"}, {"йм", "ня"},
	{"озьм", "зя"}, {"жж", "же"},
}

// presentVerb returns the verb of a Russian present, future or imperative
// form (folded, ё as е) that the dictionary lists as an uninflected word,
// as a noun (an imperative: скажи, скажите; a form of a verb in -ти that
// the build took for a noun), or not at all (set). Reflexive forms
// (-ся, -сь) give reflexive verbs.
func (lx *lexicon) presentVerb(form string, set []uint16) (string, bool) {
	for _, id := range set {
		r := lx.rules[id]
		switch r.tag.pos() {
		case PosOther:
		case PosNoun:
			l, ok := r.apply(form)
			switch {
			case !ok:
				return "", false
			case hasAnySuffix(l, "ти", "тись", "чь", "чься", "нуть") && lx.isLemma(l, PosVerb):
				return l, true // a verb the build took for a noun (расти: растет)
			case (form == l || form == l+"те") && hasAnySuffix(l, "и", "ь", "й") && lx.nounFormOf(l+"те", l):
				// an imperative taken for a noun: скажи, скажите; спрячь, спрячьте
			case reflImperative(form, l) && lx.nounFormOf(strings.TrimSuffix(l, "сь")+"тесь", l):
				// a reflexive one: поднимись, поднимитесь; соберись, соберитесь
			default:
				return "", false
			}
		default:
			return "", false
		}
	}
	base, refl := form, ""
	if b, ok := strings.CutSuffix(form, "ся"); ok {
		base, refl = b, "ся"
	} else if b, ok := strings.CutSuffix(form, "сь"); ok {
		base, refl = b, "ся"
	}
	for _, pe := range presentEndingsRU {
		stem, ok := strings.CutSuffix(base, pe.end)
		if !ok || runeLen(stem) < 2 {
			continue
		}
		if l, ok := lx.infinitiveOf(stem, refl, pe.conj); ok {
			return l, true
		}
		for _, a := range stemAlternationsRU {
			if s, ok := strings.CutSuffix(stem, a.from); ok && (runeLen(s) >= 1 || runeLen(a.from) >= 3) {
				if l, ok := lx.infinitiveOf(s+a.to, refl, pe.conj); ok {
					return l, true
				}
			}
		}
	}
	return "", false
}

// infinitiveOf returns the first infinitive of stem (with the reflexive
// ending refl) among the endings of conjugations conj that the
// dictionary knows as a verb.
func (lx *lexicon) infinitiveOf(stem, refl string, conj uint8) (string, bool) {
	for _, e := range infEndingsRU {
		if e.conj&conj == 0 || e.end == "ти" && !endsInConsonant(stem) {
			continue
		}
		l := stem + e.end
		if refl != "" {
			if strings.HasSuffix(l, "ти") {
				l += "сь"
			} else {
				l += refl
			}
		}
		// The build takes verbs in -чь for nouns (зажечь; see pastVerb).
		if runeLen(l) > 3 && (lx.isLemma(l, PosVerb) || e.end == "чь" && lx.isLemma(l, PosOther)) {
			return l, true
		}
	}
	return "", false
}

func endsInConsonant(s string) bool {
	r := lastRunes(s, 1)
	return r != "" && !strings.Contains("аеёиоуыэюяьъ", r)
}

// reflImperative reports whether form is the reflexive imperative l
// (поднимись, соберись) or its plural (поднимитесь) by their spelling.
func reflImperative(form, l string) bool {
	b, ok := strings.CutSuffix(l, "сь")
	return ok && hasAnySuffix(b, "и", "ь", "й") && (form == l || form == b+"тесь")
}
