package eval

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/litopys/litopys"
)

// ReadBSNLPGold reads a BSNLP-layout tree: every *.txt under a directory
// named "raw" and every *.out (or, as BSNLP 2017 names them, *.txt) under a
// directory named "annotated", at any depth below root. The directory holding raw/ and annotated/ names the
// topic, the directory right below them the language; files are paired by
// the document id on their first line, never by file name. gold is keyed by
// Doc.Key. Raw documents come back sorted by key.
func ReadBSNLPGold(root string) (raw []RawDoc, gold map[string]Doc, err error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, nil, fmt.Errorf("read bsnlp gold: %w", err)
	}
	gold = make(map[string]Doc)
	seenRaw := make(map[string]string)
	err = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		ext := filepath.Ext(path)
		if ext != ".txt" && ext != ".out" {
			return nil
		}
		topic, lang, ok := layout(path, map[string]string{".txt": "raw", ".out": "annotated"}[ext])
		if !ok && ext == ".txt" {
			// BSNLP 2017 keeps its annotations as annotated/<lang>/N.txt.
			topic, lang, ok = layout(path, "annotated")
			ext = ".out"
		}
		if !ok {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if ext == ".txt" {
			r, err := ParseRaw(f)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			r.Topic, r.Path = topic, path
			if lang != "" {
				r.Lang = lang // the directory wins: .out files have no language line
			}
			if prev, dup := seenRaw[r.Key()]; dup {
				return litopys.Errorf(litopys.EINVALID, "%s: document %s also in %s", path, r.Key(), prev)
			}
			seenRaw[r.Key()] = path
			raw = append(raw, r)
			return nil
		}
		id, ms, err := ParseOut(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		doc := Doc{Topic: topic, ID: id, Lang: lang, Mentions: ms}
		if _, dup := gold[doc.Key()]; dup {
			return litopys.Errorf(litopys.EINVALID, "%s: annotation of %s given twice", path, doc.Key())
		}
		gold[doc.Key()] = doc
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read bsnlp gold %s: %w", root, err)
	}
	sort.Slice(raw, func(i, j int) bool { return raw[i].Key() < raw[j].Key() })
	return raw, gold, nil
}

// layout finds the nearest ancestor directory called kind ("raw" or
// "annotated") of path and returns the directory above it as the topic and
// the one below it as the language.
func layout(path, kind string) (topic, lang string, ok bool) {
	parts := strings.Split(filepath.ToSlash(filepath.Dir(path)), "/")
	for i := len(parts) - 1; i >= 1; i-- {
		if parts[i] != kind {
			continue
		}
		topic = parts[i-1]
		if i+1 < len(parts) {
			lang = parts[i+1]
		}
		return topic, lang, true
	}
	return "", "", false
}

// ReadBSNLPResponses reads system response files (*.out, any layout, at
// any depth below root) and keys them like the gold documents they answer.
// A response is paired with the gold document with its first-line id; when
// several gold documents share the id (ids repeat across topics) the topic
// and language directories in the response's path must pick exactly one.
func ReadBSNLPResponses(root string, gold map[string]Doc) (map[string]Doc, error) {
	byID := map[string][]Doc{}
	for _, g := range gold {
		byID[g.ID] = append(byID[g.ID], g)
	}
	out := map[string]Doc{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".out" {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		id, ms, err := ParseOut(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		g, err := pick(byID[id], path)
		if err != nil {
			return err
		}
		if _, dup := out[g.Key()]; dup {
			return litopys.Errorf(litopys.EINVALID, "%s: second response for %s", path, g.Key())
		}
		out[g.Key()] = Doc{Topic: g.Topic, ID: g.ID, Lang: g.Lang, Mentions: ms}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read bsnlp responses %s: %w", root, err)
	}
	return out, nil
}

// pick chooses among gold documents with one id by the directories of path.
func pick(cands []Doc, path string) (Doc, error) {
	if len(cands) == 1 {
		return cands[0], nil
	}
	dirs := map[string]bool{}
	for _, p := range strings.Split(filepath.ToSlash(filepath.Dir(path)), "/") {
		dirs[p] = true
	}
	var hits []Doc
	for _, c := range cands {
		if dirs[c.Topic] && dirs[c.Lang] {
			hits = append(hits, c)
		}
	}
	switch {
	case len(cands) == 0:
		return Doc{}, litopys.Errorf(litopys.ENOTFOUND, "%s: no gold document with this id", path)
	case len(hits) != 1:
		return Doc{}, litopys.Errorf(litopys.EINVALID, "%s: %d gold documents have this id; put the response under <topic>/<lang>/", path, len(cands))
	}
	return hits[0], nil
}
