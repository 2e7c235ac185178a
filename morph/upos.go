package morph

// UPOS is a universal part of speech (Universal Dependencies v2), the one
// tag set that the gold corpora are read into (BRUK's VESUM tags are mapped
// by package gold) and that the context model predicts.
type UPOS uint8

// The universal parts of speech; UNK is "none".
const (
	UNK UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	nUPOS
)

var uposNames = [nUPOS]string{"", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

func (u UPOS) String() string {
	if u >= nUPOS {
		return ""
	}
	return uposNames[u]
}

// ParseUPOS returns the UPOS named s, UNK for anything else.
func ParseUPOS(s string) UPOS {
	for i, n := range uposNames {
		if n == s && i > 0 {
			return UPOS(i)
		}
	}
	return UNK
}

// coarse is the dictionary part of speech whose readings a UPOS takes its
// lemma from: nouns from noun readings, adjectives and determiners from
// adjective readings, verbs from verb readings; other parts of speech from
// uninflected entries.
func (u UPOS) coarse() POS {
	switch u {
	case NOUN, PROPN:
		return PosNoun
	case ADJ, DET:
		return PosAdj
	case VERB, AUX:
		return PosVerb
	}
	return PosOther
}

// open reports whether u is an open class, whose unseen words the
// dictionary and the learnt rules lemmatise.
func (u UPOS) open() bool {
	switch u {
	case NOUN, PROPN, ADJ, VERB, ADV, X:
		return true
	}
	return false
}
