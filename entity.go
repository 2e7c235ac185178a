package litopys

// Entity types, as in the BSNLP shared task.
const (
	PER = "PER" // people
	ORG = "ORG" // organisations, institutions, media
	LOC = "LOC" // countries, cities, regions and other places
	EVT = "EVT" // named events (summits, wars, elections)
	PRO = "PRO" // products, documents, programmes
)

// NameSpan is a name found in Document.Text before it is resolved: byte
// offsets [Start, End) and its entity type (PER, ORG, LOC, EVT or PRO).
// The tagger (ner) finds them and the linker (entity) resolves them into
// Mentions.
type NameSpan struct {
	Start, End int
	Type       string
}

// Mention is one occurrence of a named entity in Document.Text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Base is the base form of the whole mention ("Северной Кореей" →
	// "Северная Корея").
	Base string `json:"base"`
	Type string `json:"type"`
	// Entity is the ID of the Entity the mention refers to.
	Entity string `json:"entity"`
}

// Entity is one real-world thing, the same across documents and languages.
type Entity struct {
	// ID is stable: the same entity gets the same ID in every document and run.
	ID   string `json:"id"`
	Type string `json:"type"`
	// Name is the canonical name in the document's language.
	Name string `json:"name"`
	// Names holds a canonical name per language, where known.
	Names map[string]string `json:"names,omitempty"`
	// Aliases are the other base forms the entity was mentioned by.
	Aliases []string `json:"aliases"`
	// Key is the cross-language match key of the canonical name.
	Key string `json:"key,omitempty"`
}
