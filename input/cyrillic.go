package input

import (
	"strings"
	"sync"

	"golang.org/x/text/encoding/charmap"
)

// A charset is a single-byte Cyrillic encoding Decode can recognise, with
// what each byte means to the charset model worked out in advance.
type charset struct {
	name  string
	cm    *charmap.Charmap
	table [256]rune
	sym   [256]uint8 // model symbol
	kind  [256]uint8 // byteBoundary, byteLower, …
	cost  [256]uint8 // penalty of a high byte: punctCost, oddByteCost or 0
	// ukrainian lists bytes that are Ukrainian letters in this table but not
	// in the encoding's Russian-only sibling (KOI8-U versus KOI8-R), so the
	// name can be refined to altName when they occur.
	ukrainian string
	altName   string
}

// What a byte is within a word.
const (
	byteBoundary = iota // ends a word
	byteLower           // a small Cyrillic letter
	byteUpper           // a capital Cyrillic letter
	byteLatin           // a Latin letter
	byteJoin            // an apostrophe or hyphen, which may join a word
)

func newCharset(name string, cm *charmap.Charmap) *charset {
	c := &charset{name: name, cm: cm}
	for b := range 256 {
		r := cm.DecodeByte(byte(b))
		c.table[b] = r
		c.sym[b] = uint8(symbol(r))
		switch {
		case c.sym[b] != 0 && (r >= 'а' && r <= 'я' || r >= 'ѐ' && r <= 'џ' || r == 'ґ'):
			c.kind[b] = byteLower
		case c.sym[b] != 0:
			c.kind[b] = byteUpper
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			c.kind[b] = byteLatin
		case r == '\'' || r == '’' || r == '-':
			c.kind[b] = byteJoin
		}
		switch {
		case b < 0x80 || c.sym[b] != 0:
		case strings.ContainsRune(commonPunct, r):
			c.cost[b] = punctCost
		default:
			c.cost[b] = oddByteCost
		}
	}
	return c
}

// charsets are decoded lazily once: building them is cheap but not free.
var charsets = sync.OnceValue(func() []*charset {
	koi := newCharset("koi8-r", charmap.KOI8U)
	koi.ukrainian, koi.altName = "\xa4\xa6\xa7\xad\xb4\xb6\xb7\xbd", "koi8-u"
	return []*charset{
		newCharset("windows-1251", charmap.Windows1251),
		koi,
		newCharset("ibm866", charmap.CodePage866),
	}
})

// model is the embedded charset model, parsed once.
var model = sync.OnceValues(func() (*bigramModel, error) { return loadModel(embeddedModel) })

// Costs added to the bigram cost, in quarter bits.
const (
	caseFlipCost = 6 * costPerBit  // a capital right after a small letter inside a word
	oddByteCost  = 12 * costPerBit // a high byte that is neither a letter nor common punctuation
	punctCost    = 4 * costPerBit  // a high byte that is common punctuation: rarer than letters
	// maxMeanCost is the most a plausible Cyrillic text may cost per
	// transition on average; real prose costs about 3.5 bits.
	maxMeanCost = 6.5 * costPerBit
)

// commonPunct are the non-letters that single-byte Cyrillic texts use
// outside ASCII.
const commonPunct = "\u00a0«»—–…№„“”‘’°·±§©®™•‰€¤¦"

// fit is how well a byte string reads in one charset.
type fit struct {
	cost    int // bigram cost plus penalties, quarter bits
	trans   int // bigram transitions scored
	letters int // Cyrillic letters
	mixed   int // Cyrillic letters in words that hold as many Latin letters
	high    int // bytes ≥ 0x80
	odd     int // high bytes that are neither Cyrillic letters nor common punctuation
}

// plausible reports whether the text reads as Cyrillic prose in the charset.
func (f fit) plausible() bool {
	return f.high > 0 && f.odd*20 <= f.high && f.mixed*2 <= f.letters &&
		(f.trans == 0 || float64(f.cost) <= maxMeanCost*float64(f.trans))
}

// sampleLen is how much of a text measure looks at: more does not change
// the verdict.
const sampleLen = 64 << 10

// measure scores the first sampleLen bytes of data decoded through cs
// against m.
func measure(m *bigramModel, cs *charset, data []byte) fit {
	var (
		f                  fit
		prev               int
		prevLower          bool
		wordCyr, wordLatin int
	)
	for _, b := range data[:min(len(data), sampleLen)] {
		if b >= 0x80 {
			f.high++
			f.cost += int(cs.cost[b])
			if cs.cost[b] == oddByteCost {
				f.odd++
			}
		}
		switch cs.kind[b] {
		case byteLower, byteUpper:
			f.letters++
			wordCyr++
			lower := cs.kind[b] == byteLower
			if !lower && prevLower {
				f.cost += caseFlipCost
			}
			prevLower = lower
		case byteLatin:
			wordLatin++
			prevLower = false
		case byteJoin:
			// inside a word: "п'ять", "будь-який"
		default:
			if wordLatin >= wordCyr {
				f.mixed += wordCyr
			}
			wordCyr, wordLatin, prevLower = 0, 0, false
		}
		s := int(cs.sym[b])
		if s == 0 && prev == 0 {
			continue
		}
		f.cost += int(m[prev*numSymbols+s])
		f.trans++
		prev = s
	}
	if wordLatin >= wordCyr {
		f.mixed += wordCyr
	}
	return f
}

// bestCharset returns the single-byte Cyrillic charset data reads best in,
// or nil when it reads plausibly in none.
func bestCharset(data []byte) *charset {
	m, err := model()
	if err != nil {
		return nil
	}
	var (
		best    *charset
		bestFit fit
	)
	for _, cs := range charsets() {
		f := measure(m, cs, data)
		if best == nil || f.cost < bestFit.cost {
			best, bestFit = cs, f
		}
	}
	if !bestFit.plausible() {
		return nil
	}
	return best
}

// nameFor returns the charset's name for data: KOI8-U rather than KOI8-R
// when data holds Ukrainian letters only KOI8-U has.
func (cs *charset) nameFor(data []byte) string {
	for _, b := range data {
		if cs.ukrainian != "" && strings.IndexByte(cs.ukrainian, b) >= 0 {
			return cs.altName
		}
	}
	return cs.name
}

// decodeCyrillic8 decodes data in the single-byte Cyrillic charset it reads
// best in, or reports ok=false when it reads plausibly in none.
func decodeCyrillic8(data []byte) (text, encoding string, ok bool) {
	cs := bestCharset(data)
	if cs == nil {
		return "", "", false
	}
	var sb strings.Builder
	sb.Grow(len(data) * 2)
	for _, b := range data {
		sb.WriteRune(cs.table[b])
	}
	return sb.String(), cs.nameFor(data), true
}
