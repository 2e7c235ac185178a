package http

import (
	"context"
	"net/url"
	"path"
	"strings"

	"github.com/litopys/litopys"
)

// DocumentView is a stored document with the story it belongs to: the
// body of GET /api/documents/{id} and the data of /documents/{id}. The
// API answers a page of each layer (Layers says which were cut); the page
// gets the text cut into highlighted paragraphs, in parts when it is long.
type DocumentView struct {
	*litopys.Document
	// Source is where the document came from as the API shows it: a URL
	// as it is, a file by its name only, never the server's paths.
	Source string `json:"source,omitempty"`
	Story  string `json:"story,omitempty"`
	// Layers gives, for each layer cut to the page asked for, how many
	// items it has in all.
	Layers map[string]LayerPage `json:"layers,omitempty"`
	// Parts are the highlighted paragraphs, cut into parts of about
	// partBytes of text.
	Parts [][][]Segment `json:"-"`
}

// LayerPage says which part of a layer an answer holds.
type LayerPage struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Count  int `json:"count"`
}

// Layer paging of GET /api/documents/{id}: a page holds up to
// DefaultLayerLimit items of each layer unless limit asks otherwise.
const (
	DefaultLayerLimit = 10000
	MaxLayerLimit     = 100000
)

// documentPage is the document with its highlighted paragraphs, made once
// and kept: cutting a long document into segments costs more than reading
// it.
func (s *Server) documentPage(ctx context.Context, id string) (*DocumentView, error) {
	story, _, err := s.index.StoryOf(ctx, id)
	if err != nil {
		return nil, err
	}
	if v, ok := s.views.get(id); ok && v.Story == story {
		return v, nil
	}
	doc, err := s.document(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &DocumentView{Document: doc, Source: publicSource(doc.Source), Story: story, Parts: cutParts(highlight(doc, story), partBytes)}
	s.views.put(id, v)
	return v, nil
}

// documentAPI is the document with each layer cut to the items offset to
// offset+limit.
func (s *Server) documentAPI(ctx context.Context, id string, offset, limit int) (*DocumentView, error) {
	doc, err := s.document(ctx, id)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = DefaultLayerLimit
	}
	limit = min(limit, MaxLayerLimit)
	d := *doc // the cached document is shared: cut a copy
	v := &DocumentView{Document: &d, Source: publicSource(doc.Source)}
	if v.Story, _, err = s.index.StoryOf(ctx, id); err != nil {
		return nil, err
	}
	cut := func(name string, n int) (int, int) {
		lo, hi := min(offset, n), min(offset+limit, n)
		if lo > 0 || hi < n {
			if v.Layers == nil {
				v.Layers = map[string]LayerPage{}
			}
			v.Layers[name] = LayerPage{Total: n, Offset: offset, Count: hi - lo}
		}
		return lo, hi
	}
	d.Paragraphs = pageOf(d.Paragraphs, cut, "paragraphs")
	d.Sentences = pageOf(d.Sentences, cut, "sentences")
	d.Tokens = pageOf(d.Tokens, cut, "tokens")
	d.Removed = pageOf(d.Removed, cut, "removed")
	d.Related = pageOf(d.Related, cut, "related")
	d.Mentions = pageOf(d.Mentions, cut, "mentions")
	d.Entities = pageOf(d.Entities, cut, "entities")
	d.Times = pageOf(d.Times, cut, "times")
	d.Events = pageOf(d.Events, cut, "events")
	d.Attributions = pageOf(d.Attributions, cut, "attributions")
	d.Quantities = pageOf(d.Quantities, cut, "quantities")
	return v, nil
}

// pageOf returns the part of a layer cut says, keeping a nil layer nil and
// an empty one empty (the JSON says null or [] as it did).
func pageOf[T any](layer []T, cut func(string, int) (int, int), name string) []T {
	if layer == nil {
		return nil
	}
	lo, hi := cut(name, len(layer))
	return layer[lo:hi:hi]
}

// publicSource is what the API shows of a document's source: a URL or
// "-" as it is, a path by its file name with the item inside it
// ("news.csv#line 12"), so that the server's folders are not shown.
func publicSource(src string) string {
	if src == "" || src == "-" || strings.HasPrefix(src, "-#") {
		return src
	}
	if u, err := url.Parse(src); err == nil && u.Scheme != "" && u.Host != "" {
		return src
	}
	file, item, hasItem := strings.Cut(src, "#")
	file = path.Base(strings.ReplaceAll(file, `\`, "/"))
	if hasItem {
		return file + "#" + item
	}
	return file
}
