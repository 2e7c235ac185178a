package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/litopys/litopys"
)

// Entry is one real-world entity with its names. Names maps a language
// (ru, uk, en) to its names there, the canonical (most frequent) first.
type Entry struct {
	ID    string              `json:"id"`
	Type  string              `json:"type"` // PER, ORG, LOC, EVT or PRO
	Names map[string][]string `json:"names"`
	// Kind is "country", "capital" or "organisation" when a list said so.
	Kind string `json:"kind,omitempty"`
	// ISO is the ISO 3166-1 code of a country.
	ISO string `json:"iso,omitempty"`
	// AltIDs are other ids the sources gave the same entity (GPE-Kiev for
	// GPE-Kyiv).
	AltIDs []string `json:"alt_ids,omitempty"`
	// Freq is the number of annotated documents that name the entity; it
	// orders the entries of an ambiguous name.
	Freq int `json:"freq,omitempty"`
}

// Gazetteer answers which entities a name can refer to.
type Gazetteer struct {
	entries []Entry
	index   map[string][]int // lang + "\x00" + Norm(name) → entries
	byID    map[string]int
}

//go:embed data.json.gz
var embedded []byte

// Load returns the gazetteer embedded in the binary (built by Build).
func Load() (*Gazetteer, error) {
	return Read(bytes.NewReader(embedded))
}

// Read reads a gazetteer in the format Build writes: gzip-compressed JSON
// {"entries": [...]}.
func Read(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	defer zr.Close()
	var f file
	if err := json.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	return New(f.Entries), nil
}

// file is the serialised form of a gazetteer.
type file struct {
	Sources []string `json:"sources"`
	Entries []Entry  `json:"entries"`
}

// New indexes entries; their order is kept and decides the order of
// Lookup results.
func New(entries []Entry) *Gazetteer {
	g := &Gazetteer{entries: entries, index: map[string][]int{}, byID: map[string]int{}}
	for i, e := range entries {
		g.byID[e.ID] = i
		for _, alt := range e.AltIDs {
			if _, ok := g.byID[alt]; !ok {
				g.byID[alt] = i
			}
		}
		for lang, names := range e.Names {
			for _, n := range names {
				k := lang + "\x00" + Norm(n)
				if l := g.index[k]; len(l) == 0 || l[len(l)-1] != i {
					g.index[k] = append(l, i)
				}
			}
		}
	}
	return g
}

// Lookup returns the entries with a name equal to name in language lang
// after normalisation (see Norm), most frequent first. An empty lang
// searches every language.
func (g *Gazetteer) Lookup(name, lang string) []Entry {
	n := Norm(name)
	if n == "" {
		return nil
	}
	var idx []int
	if lang != "" {
		idx = g.index[lang+"\x00"+n]
	} else {
		seen := map[int]bool{}
		for _, l := range litopys.LangCodes() {
			for _, i := range g.index[l+"\x00"+n] {
				if !seen[i] {
					seen[i] = true
					idx = append(idx, i)
				}
			}
		}
		slices.Sort(idx)
	}
	out := make([]Entry, len(idx))
	for j, i := range idx {
		out[j] = g.entries[i]
	}
	return out
}

// Find returns the entry a name in language lang most likely names: the
// most frequent entry of the name (Lookup), unless the name is another
// entry's own name (its first in lang) and the most frequent is not
// ownDominance times as frequent — an alias an entry picked up from noisy
// data does not take a name from the entry it belongs to ("Європейська
// рада" is the European Council, 15 documents, though the European
// Parliament, 29, was once annotated by it), while usage that clearly
// prefers another referent stands ("Англия", 250 documents of Great
// Britain against 10 of England).
func (g *Gazetteer) Find(name, lang string) (Entry, bool) {
	es := g.Lookup(name, lang)
	if len(es) == 0 {
		return Entry{}, false
	}
	e := es[0]
	if lang != "" {
		for _, c := range es {
			if ns := c.Names[lang]; len(ns) > 0 && Norm(ns[0]) == Norm(name) {
				if e.Freq < ownDominance*c.Freq {
					e = c
				}
				break
			}
		}
	}
	return e, true
}

// ownDominance is how many times more documents the most frequent entry of
// a name must have than the entry whose own name it is to keep it.
const ownDominance = 5

// ByID returns the entry with the id (or one of its AltIDs).
func (g *Gazetteer) ByID(id string) (Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Entries returns all entries, most frequent first. The slice is shared;
// do not modify it.
func (g *Gazetteer) Entries() []Entry { return g.entries }

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Norm is the lookup key of a name: lower case, ё as е, every apostrophe
// as "'", no quotation marks, single spaces.
func Norm(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case 'ё', 'Ё':
			return 'е'
		case '\u2019', '\u02bc', '\u2018', '`', '\u00b4', '\u02b9':
			return '\''
		case '"', '«', '»', '„', '“', '”':
			return ' '
		case '\u2010', '\u2011':
			return '-'
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
