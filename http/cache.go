package http

import (
	"container/list"
	"context"
	"sync"

	"github.com/litopys/litopys"
)

// lru keeps the most recently used values by key. Callers must not modify
// what they get.
type lru[V any] struct {
	mu    sync.Mutex
	max   int
	ll    *list.List // front: most recently used *entry
	items map[string]*list.Element
}

type entry[V any] struct {
	key string
	val V
}

func newLRU[V any](max int) *lru[V] {
	return &lru[V]{max: max, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *lru[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[V]).val, true
	}
	var zero V
	return zero, false
}

func (c *lru[V]) put(key string, val V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.Value.(*entry[V]).val = val
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&entry[V]{key, val})
	for c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry[V]).key)
	}
}

// document reads a document through the cache. A stored document never
// changes (putting is idempotent), so an entry never goes stale.
func (s *Server) document(ctx context.Context, id string) (*litopys.Document, error) {
	if doc, ok := s.docs.get(id); ok {
		return doc, nil
	}
	doc, err := s.opt.Store.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	s.docs.put(id, doc)
	return doc, nil
}
