package natsq

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

// Kinds of work.
const (
	// KindDocument is an article given whole, as text or as an HTML page.
	KindDocument = "document"
	// KindURL is a page to download and analyse.
	KindURL = "url"
	// KindFeed is an RSS/Atom feed whose items are to be downloaded.
	KindFeed = "feed"
)

// Item is one unit of work, sent as JSON. Its fields are those of
// input.Record that survive the trip: a document carries Text or HTML, a
// URL or feed item only its URL.
type Item struct {
	Kind      string       `json:"kind"`
	ID        string       `json:"id,omitempty"`
	URL       string       `json:"url,omitempty"`
	Title     string       `json:"title,omitempty"`
	Outlet    string       `json:"outlet,omitempty"`
	Published litopys.Date `json:"published"`
	// PublishedSource ("flag" or "record") and HeaderDate (a format's
	// header date, a crawl date) are input.Record's.
	PublishedSource string        `json:"published_source,omitempty"`
	HeaderDate      *litopys.Date `json:"header_date,omitempty"`
	Lang            string        `json:"lang,omitempty"`
	Text            string        `json:"text,omitempty"`
	HTML            string        `json:"html,omitempty"`
	// Source names where the item was read ("path#line 12"), for messages.
	Source string `json:"source,omitempty"`
}

// FromRecord returns the document item of a record read by package input.
func FromRecord(rec input.Record) Item {
	it := Item{
		Kind: KindDocument, ID: rec.ID, URL: rec.URL, Title: rec.Title, Outlet: rec.Outlet,
		Published: rec.Published, PublishedSource: rec.PublishedSource, Lang: rec.Lang, Source: rec.Source,
	}
	if !rec.HeaderDate.IsZero() {
		it.HeaderDate = &rec.HeaderDate
	}
	if rec.HTML {
		it.HTML = rec.Body
	} else {
		it.Text = rec.Body
	}
	return it
}

// Record returns the input record a worker analyses for a document item.
func (it Item) Record() input.Record {
	rec := input.Record{
		Source: it.Source, ID: it.ID, URL: it.URL, Title: it.Title, Outlet: it.Outlet,
		Lang: it.Lang, Published: it.Published, PublishedSource: it.PublishedSource, Body: it.Text,
	}
	if it.HeaderDate != nil {
		rec.HeaderDate = *it.HeaderDate
	}
	if rec.Source == "" {
		rec.Source = it.Name()
	}
	if it.HTML != "" {
		rec.Body, rec.HTML = it.HTML, true
		rec.Format = input.FormatHTML
	} else {
		rec.Format = input.FormatText
	}
	return rec
}

// Name is how messages refer to the item: its source, URL or identity.
func (it Item) Name() string {
	switch {
	case it.Source != "":
		return it.Source
	case it.URL != "":
		return it.URL
	}
	return "item " + it.Key()
}

// Key is the item's content identity, the message ID that makes publishing
// idempotent: the document ID when the item gives one, else a hash of its
// kind, URL and content.
func (it Item) Key() string {
	if it.ID != "" {
		return it.ID
	}
	h := sha256.New()
	for _, s := range []string{it.Kind, it.URL, it.Text, it.HTML} {
		fmt.Fprintf(h, "%d:%s", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Validate reports an EINVALID error for an item no worker can handle.
func (it Item) Validate() error {
	switch it.Kind {
	case KindDocument:
		if it.Text == "" && it.HTML == "" {
			return litopys.Errorf(litopys.EINVALID, "document item %s has neither text nor html", it.Name())
		}
		if it.Text != "" && it.HTML != "" {
			return litopys.Errorf(litopys.EINVALID, "document item %s has both text and html", it.Name())
		}
	case KindURL, KindFeed:
		if it.URL == "" {
			return litopys.Errorf(litopys.EINVALID, "%s item has no url", it.Kind)
		}
	default:
		return litopys.Errorf(litopys.EINVALID, "item %s: unknown kind %q", it.Name(), it.Kind)
	}
	return nil
}

// decodeItem parses and validates a message body.
func decodeItem(data []byte) (Item, error) {
	var it Item
	if err := json.Unmarshal(data, &it); err != nil {
		return Item{}, litopys.Errorf(litopys.EINVALID, "decode item: %v", err)
	}
	return it, it.Validate()
}
