package langid

import "math"

// Thresholds, in nats of summed log-odds (the weights come from logistic
// regression, so a sum is close to a calibrated log-odds). They were set
// on the held-out sentences (see Evaluate), never on the seed articles.
const (
	// stopNats ends the scoring of a script's words in a sentence: past
	// it the sentence is decided and more words change nothing but time.
	stopNats = 10
	// sureCyrillic and sureLatin are the evidence a sentence needs to keep
	// its own language against its context.
	sureCyrillic = 3
	sureLatin    = 4
	// sureCyrillicLetters keeps initials ("Б.А.") from standing alone.
	sureCyrillicLetters = 3
	// sureLatinLetters is the length a Latin sentence needs to be taken as
	// English or other on its own: "UA / RU" or "Sky News" are not.
	sureLatinLetters = 16
	// sureOtherLetters is the same for letters of other scripts.
	sureOtherLetters = 4
)

// nameShare divides the evidence of a capitalised Latin word that does
// not start the text: mostly a name, and a name says little about the
// language around it. English news about Russia and Ukraine is full of
// transliterated names (Zelensky, Vladivostok) whose letters look like the
// transliterated slugs the "other" side learned from; a German noun keeps
// a quarter of its say, and the function words decide. Chosen on the
// held-out English and other-language figures (docs/EVAL.md): a half
// gives other languages back less, an eighth loses English.
const nameShare = 4

// evidence is what a stretch of text says about its language.
type evidence struct {
	letters [4]int // letters by script
	cyr     int64  // summed weights of Cyrillic words: > 0 Russian, < 0 Ukrainian
	lat     int64  // summed weights of Latin words: > 0 English, < 0 other
}

// evidence scores every word of s in the table of its script.
func (m *Model) evidence(s string) evidence {
	var (
		e     evidence
		w     = wordScanner{s: s}
		buf   [maxFeatures]uint32
		stopC = int64(stopNats * m.cyrScale)
		stopL = int64(stopNats * m.latScale)
	)
	for w.next() {
		word := w.runes()
		if word == nil {
			continue
		}
		switch w.script {
		case scriptCyrillic:
			if e.cyr > stopC || e.cyr < -stopC {
				continue
			}
			tab := m.cyr
			for _, i := range appendFeatures(buf[:0], word, m.cyrBits) {
				e.cyr += int64(tab[i])
			}
			if e.cyr > stopC || e.cyr < -stopC {
				// Decided, unless the rest of the sentence is in another
				// script: count its letters to see.
				total := w.letters
				countLetters(s[w.pos:], &total)
				if 3*total[scriptCyrillic] >= total[scriptLatin] && total[scriptCyrillic] >= total[scriptOther] {
					e.letters = total
					return e
				}
			}
		case scriptLatin:
			if e.lat > stopL || e.lat < -stopL {
				continue
			}
			tab := m.lat
			var sum int64
			for _, i := range appendFeatures(buf[:0], word, m.latBits) {
				sum += int64(tab[i])
			}
			if w.upper && w.words > 1 {
				sum /= nameShare
			}
			e.lat += sum
		}
	}
	e.letters = w.letters
	return e
}

// verdict is the language a sentence shows on its own.
type verdict struct {
	lang   string  // "" when the sentence has no letters or no evidence
	nats   float64 // strength of the evidence for lang
	sure   bool    // strong enough to stand against the context
	weight int     // letters behind the verdict, its vote in the document
}

// judge turns evidence into a verdict. The script with most letters picks
// the question (Russian or Ukrainian, English or other); the log-odds of
// that script's words answer it.
func (m *Model) judge(e evidence) verdict {
	// Latin names are common in Cyrillic sentences and Cyrillic words rare
	// in Latin ones, so a quarter of the letters makes a sentence Cyrillic.
	sc := scriptLatin
	if 3*e.letters[scriptCyrillic] >= e.letters[scriptLatin] {
		sc = scriptCyrillic
	}
	if e.letters[scriptOther] > e.letters[sc] {
		sc = scriptOther
	}
	n := e.letters[sc]
	if n == 0 {
		return verdict{}
	}
	switch sc {
	case scriptCyrillic:
		x := float64(e.cyr) / m.cyrScale
		v := verdict{nats: math.Abs(x), weight: n}
		switch {
		case x > 0:
			v.lang = RU
		case x < 0:
			v.lang = UK
		}
		v.sure = v.nats >= sureCyrillic && n >= sureCyrillicLetters
		return v
	case scriptLatin:
		x := float64(e.lat) / m.latScale
		v := verdict{nats: math.Abs(x), weight: n}
		switch {
		case x > 0:
			v.lang = EN
		case x < 0:
			v.lang = Other
		}
		// A Cyrillic word in a Latin sentence ("CMEA Capital и PivotNorth")
		// says the sentence belongs to its Cyrillic context.
		v.sure = v.nats >= sureLatin && n >= sureLatinLetters && e.letters[scriptCyrillic] == 0
		return v
	}
	return verdict{lang: Other, nats: float64(n), sure: n >= sureOtherLetters, weight: n}
}
