package http

import (
	"container/list"
	"context"
	"sync"

	"github.com/litopys/litopys"
)

// docCache keeps the most recently read documents decoded. A stored
// document never changes (putting is idempotent), so an entry never goes
// stale; callers must not modify what they get.
type docCache struct {
	mu    sync.Mutex
	max   int
	ll    *list.List // front: most recently used *litopys.Document
	items map[string]*list.Element
}

func newDocCache(max int) *docCache {
	return &docCache{max: max, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *docCache) get(id string) (*litopys.Document, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[id]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*litopys.Document), true
	}
	return nil, false
}

func (c *docCache) put(doc *litopys.Document) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[doc.ID]; ok {
		c.ll.MoveToFront(e)
		return
	}
	c.items[doc.ID] = c.ll.PushFront(doc)
	for c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*litopys.Document).ID)
	}
}

// document reads a document through the cache.
func (s *Server) document(ctx context.Context, id string) (*litopys.Document, error) {
	if doc, ok := s.docs.get(id); ok {
		return doc, nil
	}
	doc, err := s.opt.Store.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	s.docs.put(doc)
	return doc, nil
}
