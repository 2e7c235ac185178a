package morph

import "strings"

// closedRU lists the Russian pronouns, determiners and numerals whose forms
// the hunspell dictionary lacks or mistakes for other words (мою is no form
// of мыть here, ним no noun), with UD's lemmas: a personal pronoun's
// oblique forms go to its nominative (его, него -> он), a possessive
// determiner to its masculine nominative (мою -> мой), a numeral to its
// nominative (трёх -> три). It is grammar, not data: the Russian gold text
// is too small to show every form, and the gold lexicon wins where it has
// the form (see closedLemma). So are the nouns whose plural has another
// stem, which the dictionary lists as lemmas of their own (люди -> человек,
// уши -> ухо; ребята is a lemma in UD, not a plural of ребенок), and those
// whose oblique stem it takes for another lemma (матери -> матерь, денег:
// a word of its own); the imperative of быть (будь, будьте), which the
// present-tense patterns take for one of будить. One line
// per lemma: UPOS, lemma, forms.
const closedRU = `
PRON я я меня мне мной мною
PRON ты ты тебя тебе тобой тобою
PRON он он его него ему нему им ним нем нём
PRON она она ее её нее неё ей ней ею нею
PRON оно оно
PRON мы мы нас нам нами
PRON вы вы вас вам вами
PRON они они их них им ним ими ними
PRON себя себя себе собой собою
PRON кто кто кого кому кем ком
PRON что что чего чему чем чём
PRON никто никто никого никому никем ником
PRON ничто ничто ничего ничему ничем ничём
PRON некто некто некого некому некем
PRON нечто нечто нечего нечему нечем
DET мой мой моя мое моё мои моего моей моему моим моих моими мою моем моём моею
DET твой твой твоя твое твоё твои твоего твоей твоему твоим твоих твоими твою твоем твоём твоею
DET свой свой своя свое своё свои своего своей своему своим своих своими свою своем своём своею
DET наш наш наша наше наши нашего нашей нашему нашим наших нашими нашу нашем
DET ваш ваш ваша ваше ваши вашего вашей вашему вашим ваших вашими вашу вашем
DET этот этот эта это эти этого этой этому этим этих этими эту этом этою
DET тот тот та то те того той тому тем тех теми ту том тою
DET весь весь вся все всё всего всей всему всем всех всеми всю всею
DET сей сей сия сие сии сего сему сим сих сими сию сею
DET сам сам сама само сами самого самой самому самим самих самими саму самом самою
DET чей чей чья чье чьё чьи чьего чьей чьему чьим чьих чьими чью чьем чьём
DET его его
DET ее ее её
DET их их
AUX быть будь будьте
VERB идти иду идешь идёшь идет идёт идем идём идете идёте идут иди идите
VERB ехать еду едешь едет едем едете едут
NUM один один одна одно одни одного одной одному одним одних одними одну одном одною
NUM два два две двух двум двумя
NUM три три трех трёх трем трём тремя
NUM четыре четыре четырех четырёх четырем четырём четырьмя
NUM оба оба обе обоих обеих обоим обеим обоими обеими
NUM двое двое двоих двоим двоими
NUM трое трое троих троим троими
NOUN человек люди людей людям людьми людях
NOUN ребенок дети детей детям детьми детях
NOUN ребята ребята ребят ребятам ребятами ребятах
NOUN ухо уши ушей ушам ушами ушах
NOUN око очи очей очам очами очах
NOUN курица куры курам курами курах
NOUN цветок цветы
NOUN небо небеса небес небесам небесами небесах
NOUN чудо чудеса чудес чудесам чудесами чудесах
NOUN мать мать матери матерью матерей матерям матерями матерях
NOUN дочь дочь дочери дочерью дочерей дочерям дочерьми дочерях
NOUN церковь церковь церкви церковью церквей церквям церквями церквях
NOUN деньги деньги денег деньгам деньгами деньгах
`

// closedTable maps a folded form to its readings in a closed-class table.
type closedTable map[string][]lexEntry

func parseClosed(src string) closedTable {
	t := closedTable{}
	for _, line := range strings.Split(src, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		tag, lemma := ParseUPOS(f[0]), f[1]
		for _, form := range f[2:] {
			k := foldKey(form)
			dup := false
			for _, e := range t[k] {
				dup = dup || e.tag == tag && e.lemma == lemma
			}
			if !dup {
				t[k] = append(t[k], lexEntry{tag: tag, lemma: lemma})
			}
		}
	}
	return t
}

var closedTables = map[string]closedTable{"ru": parseClosed(closedRU)}

// closedLemma returns the table's lemma of form as tag.
func (t closedTable) lemma(form string, tag UPOS) (string, bool) {
	for _, e := range t[form] {
		if e.tag == tag {
			return e.lemma, true
		}
	}
	return "", false
}

// pastRU turns Russian past-tense and participle endings that hunspell
// cannot generate into infinitive endings: the verbs of идти (нашёл ->
// найти), нести, везти, вести, мочь, the -чь verbs (лёг -> лечь), and the
// -нуть verbs that drop -ну- in the past (исчез -> исчезнуть). A result
// counts only if the dictionary knows it as a verb (see pastVerb).
var pastRU = []struct{ form, lemma string }{
	{"шедший", "йти"}, {"шедшийся", "йтись"},
	{"шел", "йти"}, {"шла", "йти"}, {"шло", "йти"}, {"шли", "йти"},
	{"шелся", "йтись"}, {"шлась", "йтись"}, {"шлось", "йтись"}, {"шлись", "йтись"},
	{"нес", "нести"}, {"несла", "нести"}, {"несло", "нести"}, {"несли", "нести"},
	{"вез", "везти"}, {"везла", "везти"}, {"везло", "везти"}, {"везли", "везти"},
	{"вел", "вести"}, {"вела", "вести"}, {"вело", "вести"}, {"вели", "вести"},
	{"мог", "мочь"}, {"могла", "мочь"}, {"могло", "мочь"}, {"могли", "мочь"},
	{"лег", "лечь"}, {"легла", "лечь"}, {"легло", "лечь"}, {"легли", "лечь"},
	{"жег", "жечь"}, {"пек", "печь"}, {"тек", "течь"}, {"сек", "сечь"}, {"влек", "влечь"},
	{"мер", "мереть"}, {"мерла", "мереть"}, {"мерло", "мереть"}, {"мерли", "мереть"},
	{"тер", "тереть"}, {"терла", "тереть"}, {"терло", "тереть"}, {"терли", "тереть"},
	{"рос", "расти"}, {"росла", "расти"}, {"росло", "расти"}, {"росли", "расти"},
	{"", "нуть"}, {"ла", "нуть"}, {"ло", "нуть"}, {"ли", "нуть"},
	{"ся", "нуться"}, {"лась", "нуться"}, {"лось", "нуться"}, {"лись", "нуться"},
}

// pastVerb returns the verb of a Russian past form that pastRU's endings
// make into a verb the dictionary knows (form folded, ё as е). It applies
// only to forms the dictionary lists as uninflected words or not at all
// (set), as it does most of these: крик is a noun, not a form of крикнуть.
// A past paradigm that the build took for a noun's (затих, затихла,
// затихли: a lemma without -ть) counts as uninflected too.
func (lx *lexicon) pastVerb(form string, set []uint16) (string, bool) {
	for _, id := range set {
		r := lx.rules[id]
		switch r.tag.pos() {
		case PosOther:
		case PosNoun:
			if l, ok := r.apply(form); !ok || !endsInAny(l, "бгзкпстхдж") || !lx.pastParadigm(l) {
				return "", false
			}
		default:
			return "", false
		}
	}
	for _, p := range pastRU {
		stem, ok := strings.CutSuffix(form, p.form)
		// A whole irregular stem counts with a one-letter prefix or none
		// (ушла: уйти, унесла: унести, могла: мочь).
		if !ok || runeLen(stem) < 2 && runeLen(p.form) < 3 {
			continue
		}
		if p.form == "" || p.form == "ла" || p.form == "ло" || p.form == "ли" || p.form == "ся" || p.form[0] == 0xd0 && strings.HasPrefix(p.form, "лас") {
			// -нуть verbs: the stem ends in a consonant (исчез, исчезла).
			if r := lastRunes(stem, 1); !strings.Contains("бгзкпстхдж", r) {
				continue
			}
		}
		// The build takes verbs in -чь, -ереть for nouns (мочь, умереть):
		// their past is irregular, so it could not make them.
		if l := stem + p.lemma; lx.isLemma(l, PosVerb) || hasAnySuffix(l, "чь", "ереть") && lx.isLemma(l, PosOther) {
			return l, true
		}
		if stem == "" && p.lemma == "йти" {
			return "идти", true // шла, шли: идти
		}
	}
	return "", false
}

// isBare reports whether the dictionary lists w as a word that does not
// inflect.
func (lx *lexicon) isBare(w string) bool {
	for _, id := range lx.lookup(w) {
		if r := lx.rules[id]; r.identity() && r.tag.pos() == PosOther {
			return true
		}
	}
	return false
}

// singularRU returns the singular lemma of a Russian noun that hunspell
// lists under its plural because the stem changes (ветры: ветер, псы: пес,
// перья: перо, деревья: дерево), if the dictionary knows it; a plural
// whose stem does not change (часы, брюки) stays as it is.
func (lx *lexicon) singularRU(l string) (string, bool) {
	try := func(c string) bool { return runeLen(c) >= 3 && lx.isLemma(c, PosNoun) }
	if stem, ok := strings.CutSuffix(l, "ья"); ok {
		if !lx.nounFormOf(stem+"ьями", l) {
			return "", false // a singular: статья
		}
		for _, e := range []string{"о", ""} {
			if c := stem + e; try(c) {
				return c, true
			}
		}
		return "", false
	}
	stem, ok := strings.CutSuffix(l, "ы")
	if !ok {
		stem, ok = strings.CutSuffix(l, "и")
	}
	sr := []rune(stem)
	if !ok || len(sr) < 2 || isVowelRU(sr[len(sr)-1]) || isVowelRU(sr[len(sr)-2]) {
		return "", false
	}
	head, last := sr[:len(sr)-1], string(sr[len(sr)-1])
	for _, v := range []string{"о", "е", "ё"} {
		if c := string(head) + v + last; try(c) {
			return c, true
		}
	}
	// The singular is often listed as a separate uninflected word (угол,
	// ветер, пес beside углы, ветры, псы); so is a plural-only noun's
	// genitive (суток), which has no singular case form (сутка).
	if lx.lookup(stem+"а") == nil {
		return "", false
	}
	for _, v := range []string{"о", "е", "ё"} {
		if c := string(head) + v + last; runeLen(c) >= 3 && lx.isBare(c) {
			return c, true
		}
	}
	return "", false
}

func isVowelRU(x rune) bool { return strings.ContainsRune("аеёиоуыэюяь", x) }

// pastParadigm reports whether the dictionary's noun l inflects like a
// past tense: l+"ла" and l+"ли" are its forms (затих: затихла, затихли;
// not крик).
func (lx *lexicon) pastParadigm(l string) bool {
	return lx.nounFormOf(l+"ла", l) && lx.nounFormOf(l+"ли", l)
}

// nounFormOf reports whether the dictionary has f as a form of the noun l.
func (lx *lexicon) nounFormOf(f, l string) bool {
	for _, id := range lx.lookup(f) {
		r := lx.rules[id]
		if b, ok := r.apply(f); ok && b == l && r.tag.pos() == PosNoun {
			return true
		}
	}
	return false
}

// nounOfRU returns the lemma of a Russian noun form that hunspell lists as
// a separate uninflected word because its stem changes: a genitive plural
// with no ending or a fleeting vowel (лиц -> лицо, пятен -> пятно, овец ->
// овца), an oblique case of a stem with a fleeting vowel (сна -> сон,
// дворцов -> дворец), a plural in -ья (перья -> перо). A result counts only
// if the dictionary knows it as a noun lemma. Only for forms the dictionary
// lists as uninflected or not at all (set).
func (lx *lexicon) nounOfRU(form string, set []uint16) (string, bool) {
	for _, id := range set {
		if lx.rules[id].tag.pos() != PosOther {
			return "", false
		}
	}
	try := func(c string) bool { return runeLen(c) >= 3 && lx.isLemma(c, PosNoun) }
	for _, end := range []string{"о", "а", "я", "ь", "е", "й"} {
		if c := form + end; try(c) {
			return c, true
		}
	}

	r := []rune(form)
	n := len(r)
	vowel := func(x rune) bool { return strings.ContainsRune("аеёиоуыэюя", x) }
	// пятен -> пятн-о, овец -> овц-а: drop the vowel before the last consonant.
	if n >= 4 && strings.ContainsRune("еоё", r[n-2]) && !vowel(r[n-1]) && !vowel(r[n-3]) {
		stem := string(r[:n-2]) + string(r[n-1])
		for _, end := range []string{"о", "а", "я", "е", "и", "ы"} { // суток: сутки
			if c := stem + end; try(c) {
				return c, true
			}
		}
	}
	// писем -> письмо, колец -> кольцо: the fleeting vowel stands for ь.
	if n >= 4 && strings.ContainsRune("её", r[n-2]) && !vowel(r[n-1]) && !vowel(r[n-3]) {
		stem := string(r[:n-2]) + "ь" + string(r[n-1])
		for _, end := range []string{"о", "а", "я"} {
			if c := stem + end; try(c) {
				return c, true
			}
		}
	}
	if l, ok := lx.softGenPluralRU(form); ok {
		return l, true
	}
	// сна -> сон, дворцов -> дворец, льва -> лев: put a vowel back. After
	// a singular ending, hunspell often lists the lemma as a separate
	// uninflected word too (льду: лед, сна: сон); after a plural one that
	// word is a genitive plural (суток, саночек), not a lemma.
	for _, end := range []string{"ами", "ями", "ов", "ев", "ам", "ям", "ах", "ях", "ом", "ем", "а", "я", "у", "ю", "е", "ы", "и"} {
		try := try
		if len(end) <= 4 && !hasAnySuffix(end, "ы", "и") && end != "ам" && end != "ям" && end != "ах" && end != "ях" {
			try = func(c string) bool { return runeLen(c) >= 3 && (lx.isLemma(c, PosNoun) || lx.isBare(c)) }
		}
		stem, ok := strings.CutSuffix(form, end)
		sr := []rune(stem)
		if !ok || len(sr) < 2 || vowel(sr[len(sr)-1]) || vowel(sr[len(sr)-2]) && sr[len(sr)-2] != 'ь' {
			continue
		}
		head, last := sr[:len(sr)-1], string(sr[len(sr)-1])
		if head[len(head)-1] == 'ь' {
			head = head[:len(head)-1]
		}
		for _, v := range []string{"о", "е", "ё"} {
			if c := string(head) + v + last; try(c) {
				return c, true
			}
		}
	}
	// перья -> перо, братьев -> брат.
	for _, end := range []string{"ьями", "ьев", "ьям", "ьях", "ья"} {
		if stem, ok := strings.CutSuffix(form, end); ok {
			for _, e := range []string{"", "о"} {
				if c := stem + e; try(c) {
					return c, true
				}
			}
		}
	}
	return "", false
}

// endsInAny reports whether the last rune of s is one of chars.
func endsInAny(s, chars string) bool {
	r := lastRunes(s, 1)
	return r != "" && strings.Contains(chars, r)
}

// softGenPluralRU returns the noun lemma of a genitive plural of a noun in
// -ья or -я (семей, статей: семья, статья; недель: неделя), if the
// dictionary knows it as a noun lemma.
func (lx *lexicon) softGenPluralRU(form string) (string, bool) {
	try := func(c string) bool { return runeLen(c) >= 4 && lx.isLemma(c, PosNoun) }
	if stem, ok := strings.CutSuffix(form, "ей"); ok {
		if c := stem + "ья"; try(c) {
			return c, true
		}
	}
	if stem, ok := strings.CutSuffix(form, "ь"); ok {
		if c := stem + "я"; try(c) {
			return c, true
		}
	}
	return "", false
}

// genPluralOfVerbRU returns the noun lemma of a Russian genitive plural
// that the dictionary reads only as a verb form (дел: деть; правил:
// править; статей): a noun in -о or -а with no ending (дело, правило,
// покрывало) or one in -ья (статья).
func (lx *lexicon) genPluralOfVerbRU(form string, set []uint16) (string, bool) {
	if set == nil {
		return "", false
	}
	if !hasAnySuffix(form, "л", "ей", "ль", "нь") {
		return "", false // the shapes of such genitives; a verb's other forms are left alone
	}
	for _, id := range set {
		if p := lx.rules[id].tag.pos(); p != PosVerb {
			return "", false
		}
	}
	if strings.HasSuffix(form, "л") {
		for _, end := range []string{"о", "а"} {
			if c := form + end; runeLen(c) >= 4 && lx.isLemma(c, PosNoun) {
				return c, true
			}
		}
		return "", false
	}
	return lx.softGenPluralRU(form)
}

// ieEndingsRU are the case endings of a Russian neuter noun in -ие, in the
// poetic and colloquial spelling with ь for и (растенья, знаньем,
// расстояньи: растения, знанием, расстоянии).
var ieEndingsRU = []string{"ями", "ям", "ях", "ем", "е", "я", "ю", "и"}

// ieSpellingRU returns the ordinary spelling of a Russian word the
// dictionary lacks that is a -ие noun's form written with ь (знаньем:
// знанием), when the dictionary reads the ordinary spelling as a noun
// whose lemma is in -ие. Its lemma is then spelt as the form is
// (ieLemmaRU: знанье), as both treebanks lemmatise such forms.
func (lx *lexicon) ieSpellingRU(core string) (string, bool) {
	for _, end := range ieEndingsRU {
		stem, ok := strings.CutSuffix(core, "ь"+end)
		if !ok || runeLen(stem) < 3 {
			continue
		}
		w := stem + "и" + end
		low := foldKey(w)
		for _, id := range lx.lookup(low) {
			r := lx.rules[id]
			if l, ok := r.apply(low); ok && r.tag.pos() == PosNoun && strings.HasSuffix(l, "ие") {
				return w, true
			}
		}
		return "", false
	}
	return "", false
}

// ieLemmaRU spells a lemma in -ие with ь (знание: знанье); see ieSpellingRU.
func ieLemmaRU(l string) string {
	if stem, ok := strings.CutSuffix(l, "ие"); ok && stem != "" {
		return stem + "ье"
	}
	return l
}

// indefBaseRU are the Russian interrogative words that make indefinite
// pronouns, determiners and adverbs with -то, -либо, -нибудь and кое-
// (кого-то: кто-то, какие-либо: какой-либо, кое-чем: кое-что).
var indefBaseRU = map[string]bool{
	"кто": true, "что": true, "какой": true, "чей": true, "каков": true, "сколько": true,
	"где": true, "куда": true, "откуда": true, "когда": true, "как": true, "почему": true, "зачем": true,
}

// indefiniteRU returns the lemma of a form of a Russian indefinite
// pronoun, determiner or adverb (form folded): its interrogative word's
// lemma (closed table, else dictionary) with the particle, as UD
// lemmatises them (ru_taiga; ru_gsd keeps some forms as they are).
func (lx *lexicon) indefiniteRU(form string) (string, bool) {
	pre, base, post := "", form, ""
	for _, p := range []string{"-то", "-либо", "-нибудь"} {
		if b, ok := strings.CutSuffix(form, p); ok {
			base, post = b, p
			break
		}
	}
	if b, ok := strings.CutPrefix(base, "кое-"); ok {
		base, pre = b, "кое-"
	}
	if pre == "" && post == "" || base == "" {
		return "", false
	}
	if indefBaseRU[base] {
		return form, true
	}
	for _, e := range closedTables["ru"][base] {
		if indefBaseRU[e.lemma] {
			return pre + e.lemma + post, true
		}
	}
	for _, id := range lx.lookup(base) {
		if l, ok := lx.rules[id].apply(base); ok && indefBaseRU[l] {
			return pre + l + post, true
		}
	}
	return "", false
}

// verbSpellingsRU are verb endings of poetry and of careless writing, with
// the ordinary ones: the old reflexive past (собиралися: собирались) and
// -ться for -тся (справяться: справятся).
var verbSpellingsRU = []struct{ from, to string }{
	{"лися", "лись"}, {"лася", "лась"}, {"ться", "тся"},
}

// verbSpellingRU returns the ordinary spelling of a Russian word the
// dictionary lacks that is a verb form spelt by verbSpellingsRU, when the
// dictionary reads the ordinary spelling as a verb.
func (lx *lexicon) verbSpellingRU(core string) (string, bool) {
	for _, v := range verbSpellingsRU {
		stem, ok := strings.CutSuffix(core, v.from)
		if !ok || runeLen(stem) < 3 {
			continue
		}
		w := stem + v.to
		for _, id := range lx.lookup(foldKey(w)) {
			if lx.rules[id].tag.pos() == PosVerb {
				return w, true
			}
		}
	}
	return "", false
}

// skEndingsRU are the case endings of a Russian adjective in -ский or
// -цкий, longest first.
var skEndingsRU = []string{"ими", "ого", "ому", "ий", "ая", "ое", "ие", "ой", "ую", "их", "им", "ом"}

// skAdjectiveRU returns the lemma of a form of a Russian adjective in
// -ский or -цкий (form folded), made from a name and so often missing from
// the dictionary (Сердобском: сердобский, Ахсауской: ахсауский).
func skAdjectiveRU(form string) (string, bool) {
	for _, end := range skEndingsRU {
		stem, ok := strings.CutSuffix(form, end)
		if ok && runeLen(stem) >= 4 && hasAnySuffix(stem, "ск", "цк") {
			return stem + "ий", true
		}
	}
	return "", false
}
