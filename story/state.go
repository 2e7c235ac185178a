package story

import (
	"fmt"
	"sort"
)

// story is the clusterer's state of one story.
type story struct {
	id, thread, continues string
	born                  int // stories started before it
	members               []Member
	docs                  []*docState
	ent                   *centroid
	lem                   map[string]*centroid // per language
	first, last           int                  // days of its articles
	indexed               map[feature]bool
}

// apply re-applies a decision on an article recorded as r: the article
// joins (or starts) its story, its vectors are added to the story's
// centroids and its features counted in the document frequencies, and the
// stories quiet for longer than Keep days are forgotten. The state after a
// sequence of applications depends only on the records, their decisions
// and their order.
func (c *Clusterer) apply(r record, d decision) error {
	if _, ok := c.docs[d.member.Doc]; ok {
		return fmt.Errorf("%s is added twice", d.member.Doc)
	}
	doc := &docState{id: d.member.Doc, at: c.added, sig: r.sig}
	if d.dupOf != "" {
		orig, ok := c.docs[d.dupOf]
		if !ok {
			return fmt.Errorf("%s duplicates %s, which is not among the remembered documents before it", d.member.Doc, d.dupOf)
		}
		if orig.orig != nil {
			orig = orig.orig
		}
		doc.orig = orig
	}
	s := c.stories[d.story]
	if s == nil {
		if d.dupOf != "" {
			return fmt.Errorf("%s duplicates %s into story %s, which is not remembered", d.member.Doc, d.dupOf, d.story)
		}
		thread := d.thread
		if thread == "" {
			thread = d.story
		}
		s = &story{id: d.story, thread: thread, continues: d.continues, born: c.born, ent: &centroid{},
			lem: map[string]*centroid{}, first: r.day, last: r.day, indexed: map[feature]bool{}}
		c.born++
		c.stories[d.story] = s
	}
	c.added++
	doc.story = s
	s.members = append(s.members, d.member)
	s.docs = append(s.docs, doc)
	s.first, s.last = min(s.first, r.day), max(s.last, r.day)
	c.docs[doc.id] = doc
	if r.sig != nil {
		for _, key := range r.sig.bands() {
			c.buckets[key] = append(c.buckets[key], doc)
		}
	}
	if d.dupOf == "" {
		c.n++
		for _, x := range r.ent {
			c.dfEnt[x.key]++
			doc.ents = append(doc.ents, x.key)
		}
		for _, x := range r.lem {
			c.dfLem[x.key]++
			doc.lems = append(doc.lems, x.key)
		}
		s.ent.add(r.ent)
		if len(r.lem) > 0 {
			l := s.lem[r.lang]
			if l == nil {
				l = &centroid{}
				s.lem[r.lang] = l
			}
			l.add(r.lem)
		}
		c.index(s, r.ent, r.lem)
	}
	if r.day > c.now {
		c.now = r.day
		c.forget()
	} else if s.last < c.now-c.opts.Keep {
		c.forget() // an article too old to be remembered
	}
	return nil
}

// forget drops the stories whose last article is more than Keep days
// before now, with their documents, postings and document frequencies.
func (c *Clusterer) forget() {
	var old []*story
	for _, s := range c.stories {
		if s.last < c.now-c.opts.Keep {
			old = append(old, s)
		}
	}
	sort.Slice(old, func(i, j int) bool { return old[i].born < old[j].born })
	for _, s := range old {
		c.unindex(s)
		for _, d := range s.docs {
			delete(c.docs, d.id)
			if d.sig != nil {
				for _, key := range d.sig.bands() {
					c.buckets[key] = without(c.buckets[key], d)
					if len(c.buckets[key]) == 0 {
						delete(c.buckets, key)
					}
				}
			}
			if d.orig == nil {
				c.n--
				for _, k := range d.ents {
					if c.dfEnt[k]--; c.dfEnt[k] == 0 {
						delete(c.dfEnt, k)
					}
				}
				for _, k := range d.lems {
					if c.dfLem[k]--; c.dfLem[k] == 0 {
						delete(c.dfLem, k)
					}
				}
			}
		}
		delete(c.stories, s.id)
		if c.keepArchive {
			s.docs, s.ent, s.lem, s.indexed = nil, nil, nil, nil
			c.archive = append(c.archive, s)
			c.archived[s.id] = true
		}
	}
}

func without(ds []*docState, d *docState) []*docState {
	for i, x := range ds {
		if x == d {
			return append(ds[:i], ds[i+1:]...)
		}
	}
	return ds
}

// ordered returns the remembered stories in the order they were started.
func (c *Clusterer) ordered() []*story {
	out := make([]*story, 0, len(c.stories))
	for _, s := range c.stories {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].born < out[j].born })
	return out
}
