package litopys

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Sentence is a span of the clean text with the language it is written in.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Lang  string `json:"lang"`
}

// TokenKind classifies a token by its shape.
type TokenKind uint8

const (
	TokenWord   TokenKind = iota // letters, possibly with inner hyphens, apostrophes or dots
	TokenNumber                  // digits, possibly with inner separators or a suffix ("75-ї")
	TokenPunct                   // punctuation and symbols
)

func (k TokenKind) String() string {
	switch k {
	case TokenWord:
		return "word"
	case TokenNumber:
		return "number"
	default:
		return "punct"
	}
}

// MarshalText makes a TokenKind readable in JSON.
func (k TokenKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText is the inverse of MarshalText.
func (k *TokenKind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "word":
		*k = TokenWord
	case "number":
		*k = TokenNumber
	default:
		*k = TokenPunct
	}
	return nil
}

// Token is a word, number or punctuation mark of the clean text. Start and End
// are byte offsets into Document.Text; Lemma is the dictionary base form
// (lower-cased), empty for punctuation.
type Token struct {
	Start int       `json:"start"`
	End   int       `json:"end"`
	Text  string    `json:"text"`
	Lemma string    `json:"lemma,omitempty"`
	Kind  TokenKind `json:"kind"`
	// Known is true when the lemma came from a dictionary rather than the guesser.
	Known bool `json:"known,omitempty"`
}

// Removed is a piece of the input that was taken out of the clean text, kept
// aside so nothing is silently lost.
type Removed struct {
	Text string `json:"text"`
	// Kind is one of the Removed* constants.
	Kind string `json:"kind"`
}

// Kinds of removed boilerplate.
const (
	RemovedChrome  = "chrome"  // site navigation, language switches, donation buttons
	RemovedTeaser  = "teaser"  // "Читайте также: …" links to other articles
	RemovedShare   = "share"   // share / subscribe / follow lines
	RemovedCaption = "caption" // photo credits and captions
	RemovedOther   = "other"   // anything else an extractor dropped
	// RemovedDate and RemovedByline are the article's own metadata printed
	// on the page: a date line ("12.11.2024, 14:35", "Опубликовано: …") and
	// a byline ("By Jane Doe", "Автор: …"). Their dates belong to the
	// article: the temporal layer reads them (TimeExpr.Boilerplate).
	RemovedDate   = "date"
	RemovedByline = "byline"
)

// Link is a related article named by a teaser line or an anchor of the page.
type Link struct {
	Text string `json:"text"`
	URL  string `json:"url,omitempty"`
}

// Document is one article and every analysis layer added to it. The
// analysis stages fill it in order; offsets in every layer are byte offsets
// into Text.
type Document struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	// Published is the publication date; its Precision is PrecisionNone when
	// the input does not give one.
	Published Date `json:"published"`
	// PublishedSource says where Published came from, the first that gives
	// one in this order: "flag" (--published), "record" (the input's own
	// field), "meta" (a <meta> tag or microdata of the page), "jsonld"
	// (JSON-LD datePublished), "time" (a <time datetime> of the article),
	// "dateline" (a dateline or date line of the text), "url" (the day the
	// URL of a JSONL or CSV item states, /2018-03-22/), "page" (the page
	// date go-trafilatura's htmldate found elsewhere: URL, text), "header"
	// (a header line of the input format, such as the BSNLP date line — a
	// crawl date, the last resort). Empty when Published is unknown.
	PublishedSource string `json:"published_source,omitempty"`
	// Byline names the author(s) as the page or the text gives them.
	Byline string `json:"byline,omitempty"`
	Lang   string `json:"lang"`
	Text   string `json:"text"`

	Paragraphs []Span     `json:"paragraphs,omitempty"`
	Sentences  []Sentence `json:"sentences"`
	Tokens     []Token    `json:"tokens"`
	Removed    []Removed  `json:"removed"`
	Related    []Link     `json:"related,omitempty"`

	Mentions []Mention `json:"mentions,omitempty"`
	Entities []Entity  `json:"entities,omitempty"`

	Times        []TimeExpr    `json:"times,omitempty"`
	Events       []Event       `json:"events,omitempty"`
	Attributions []Attribution `json:"attributions,omitempty"`
	Quantities   []Quantity    `json:"quantities,omitempty"`

	// Source names where the document came from (a path, "-" for stdin, a URL).
	Source string `json:"source,omitempty"`
	// Format is the input format it was read from (text, html, jsonl, bsnlp).
	Format string `json:"format,omitempty"`
	// Encoding is the character encoding the input was decoded from.
	Encoding string `json:"encoding,omitempty"`
	// Warnings tell what reading the input had to repair ("3 invalid
	// UTF-8 bytes replaced by U+FFFD", "2 NUL bytes dropped").
	Warnings []string `json:"warnings,omitempty"`
}

// Slice returns the text covered by s.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }
