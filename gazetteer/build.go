package gazetteer

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// BuildOptions controls what goes into a gazetteer.
type BuildOptions struct {
	// ExcludeTopics names BSNLP topics (directory names under bsnlp/) whose
	// annotations must not be used, e.g. the topic an NER model is being
	// measured on.
	ExcludeTopics []string
}

// Build builds the gazetteer from the data directory (the project's
// ../shared/data) with every source and writes it to outPath
// (gazetteer/data.json.gz is the embedded one). The output depends only on
// the input files.
func Build(dataDir, outPath string) error {
	return BuildFile(dataDir, outPath, BuildOptions{})
}

// BuildFile is Build with options.
func BuildFile(dataDir, outPath string, opts BuildOptions) error {
	entries, sources, err := build(dataDir, opts)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("build gazetteer: %w", err)
	}
	enc := json.NewEncoder(zw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(file{Sources: sources, Entries: entries}); err != nil {
		return fmt.Errorf("build gazetteer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("build gazetteer: %w", err)
	}
	if err := os.WriteFile(outPath, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("build gazetteer: %w", err)
	}
	return nil
}

// FromData builds a gazetteer in memory, for instance one without the
// annotations of a held-out topic.
func FromData(dataDir string, opts BuildOptions) (*Gazetteer, error) {
	entries, _, err := build(dataDir, opts)
	if err != nil {
		return nil, err
	}
	return New(entries), nil
}

func build(dataDir string, opts BuildOptions) ([]Entry, []string, error) {
	b := newBuilder()
	topics, err := b.addBSNLP(dataDir, opts.ExcludeTopics)
	if err != nil {
		return nil, nil, err
	}
	if err := b.addCountries(dataDir); err != nil {
		return nil, nil, err
	}
	if err := b.addCurated(); err != nil {
		return nil, nil, err
	}
	if err := b.addFactRuEval(dataDir); err != nil {
		return nil, nil, err
	}
	b.addSlugNames()
	b.mergeSameNames()
	sources := []string{
		"bsnlp annotated topics: " + strings.Join(topics, ", "),
		"gazetteers/country-list (ru, uk, en)",
		"gazetteer/curated.tsv",
		"factRuEval-2016 devset+testset coref",
	}
	return b.entries(), sources, nil
}

// draft is an entry being built.
type draft struct {
	id, typ, kind, iso string
	alt                []string
	freq               int
	slug               bool               // add an English name made from the id
	names              map[string][]*name // lang → names in insertion order
}

type name struct {
	text string
	docs int
	seq  int
}

type builder struct {
	drafts []*draft
	byID   map[string]*draft
	byName map[string][]*draft // type, lang, Norm(name)
	seq    int
}

func newBuilder() *builder {
	return &builder{byID: map[string]*draft{}, byName: map[string][]*draft{}}
}

// get returns the draft with the id, creating it with the type.
func (b *builder) get(id, typ string) *draft {
	if d, ok := b.byID[id]; ok {
		return d
	}
	d := &draft{id: id, typ: typ, names: map[string][]*name{}}
	b.drafts = append(b.drafts, d)
	b.byID[id] = d
	return d
}

// addName adds a name with a document count to a draft.
func (b *builder) addName(d *draft, lang, text string, docs int) {
	text = strings.Join(strings.Fields(text), " ")
	n := Norm(text)
	if n == "" {
		return
	}
	for _, x := range d.names[lang] {
		if Norm(x.text) == n {
			x.docs += docs
			if better(text, x.text) {
				x.text = text
			}
			return
		}
	}
	b.seq++
	d.names[lang] = append(d.names[lang], &name{text: text, docs: docs, seq: b.seq})
	k := d.typ + "\x00" + lang + "\x00" + n
	b.byName[k] = append(b.byName[k], d)
}

// findByName returns the most frequent draft of the type with the name.
func (b *builder) findByName(typ, lang, text string) *draft {
	var best *draft
	for _, d := range b.byName[typ+"\x00"+lang+"\x00"+Norm(text)] {
		if best == nil || d.freq > best.freq {
			best = d
		}
	}
	return best
}

// canonical returns the names of a language, most documents first, then in
// the order they were added.
func (d *draft) canonical(lang string) []*name {
	ns := append([]*name(nil), d.names[lang]...)
	sort.SliceStable(ns, func(i, j int) bool {
		if ns[i].docs != ns[j].docs {
			return ns[i].docs > ns[j].docs
		}
		return ns[i].seq < ns[j].seq
	})
	return ns
}

func langs(d *draft) []string {
	out := make([]string, 0, len(d.names))
	for l := range d.names {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// entries finalises the drafts: entries with at least one name, most
// frequent first, then by id.
func (b *builder) entries() []Entry {
	var out []Entry
	for _, d := range b.drafts {
		e := Entry{ID: d.id, Type: d.typ, Kind: d.kind, ISO: d.iso, Freq: d.freq, Names: map[string][]string{}}
		for _, lang := range langs(d) {
			for _, n := range d.canonical(lang) {
				e.Names[lang] = append(e.Names[lang], n.text)
			}
		}
		if len(e.Names) == 0 {
			continue
		}
		if len(d.alt) > 0 {
			e.AltIDs = append([]string(nil), d.alt...)
			sort.Strings(e.AltIDs)
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Freq != out[j].Freq {
			return out[i].Freq > out[j].Freq
		}
		return out[i].ID < out[j].ID
	})
	return out
}
