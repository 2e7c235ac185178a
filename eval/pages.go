package eval

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/litopys/litopys"
)

// Page is a web page with the reference extraction of its article, in the
// layout of the Readability.js test suite: <dir>/<name>/source.html(.gz),
// expected.html(.gz) and expected-metadata.json.
type Page struct {
	Name string
	// Split is "tune" or "held-out", fixed by a hash of Name (SplitOf).
	Split string
	// Source is the page as served.
	Source string
	// Reference is the text of the reference extraction, one block a line.
	Reference string
	Meta      PageMeta
	// Keep and Drop are the page's must-keep and must-drop snippets
	// (DeriveSnippets derives them).
	Keep, Drop []string
}

// PageMeta is the reference metadata of a page.
type PageMeta struct {
	Title         string `json:"title"`
	Byline        string `json:"byline"`
	Lang          string `json:"lang"`
	SiteName      string `json:"siteName"`
	PublishedTime string `json:"publishedTime"`
}

// SplitOf assigns a page to the tuning half or the held-out half by the
// FNV-1a hash of its name: even hashes tune, odd ones are held out. The rule
// was fixed before any tuning on the pages.
func SplitOf(name string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	if h.Sum32()%2 == 0 {
		return "tune"
	}
	return "held-out"
}

// ReadPages reads every page directory under dir, in name order. A
// directory without a source or a reference is skipped.
func ReadPages(dir string) ([]Page, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, litopys.Errorf(litopys.EINVALID, "read pages: %v", err)
	}
	var pages []Page
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		p, err := readPage(filepath.Join(dir, e.Name()))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		return nil, litopys.Errorf(litopys.EINVALID, "read pages: no <page>/source.html and expected.html under %s", dir)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Name < pages[j].Name })
	return pages, nil
}

func readPage(dir string) (Page, error) {
	name := filepath.Base(dir)
	src, err := readMaybeGz(filepath.Join(dir, "source.html"))
	if err != nil {
		return Page{}, err
	}
	exp, err := readMaybeGz(filepath.Join(dir, "expected.html"))
	if err != nil {
		return Page{}, err
	}
	p := Page{Name: name, Split: SplitOf(name), Source: src}
	if b, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json")); err == nil {
		if err := json.Unmarshal(b, &p.Meta); err != nil {
			return Page{}, fmt.Errorf("read page %s: metadata: %w", name, err)
		}
	}
	ref, err := html.Parse(strings.NewReader(exp))
	if err != nil {
		return Page{}, fmt.Errorf("read page %s: reference: %w", name, err)
	}
	refBlocks := HTMLBlocks(ref)
	p.Reference = strings.Join(refBlocks, "\n")
	if root, err := html.Parse(strings.NewReader(src)); err == nil {
		var blocks []string
		title := strings.Join(ExtractTokens(p.Meta.Title), " ")
		for _, b := range HTMLBlocks(root) {
			// The headline is neutral: neither to keep nor to drop.
			if title == "" || strings.Join(ExtractTokens(b), " ") != title {
				blocks = append(blocks, b)
			}
		}
		p.Keep, p.Drop = DeriveSnippets(refBlocks, blocks)
	}
	return p, nil
}

// readMaybeGz reads path.gz, or path when there is no .gz.
func readMaybeGz(path string) (string, error) {
	f, err := os.Open(path + ".gz")
	if errors.Is(err, os.ErrNotExist) {
		b, err := os.ReadFile(path)
		return string(b), err
	}
	if err != nil {
		return "", err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("read %s.gz: %w", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		return "", fmt.Errorf("read %s.gz: %w", path, err)
	}
	return string(b), nil
}

// minSnippet is the number of tokens a block needs to be a snippet.
const minSnippet = 10

// DeriveSnippets derives a page's snippets. Must-keep: the first, the longest
// and the last reference block of at least minSnippet tokens. Must-drop:
// every block of the page of at least minSnippet tokens that shares no
// ShingleN-shingle with the reference — page furniture beyond doubt.
func DeriveSnippets(reference, page []string) (keep, drop []string) {
	var long []string
	for _, b := range reference {
		if len(ExtractTokens(b)) >= minSnippet {
			long = append(long, b)
		}
	}
	if len(long) > 0 {
		longest := long[0]
		for _, b := range long {
			if len(b) > len(longest) {
				longest = b
			}
		}
		for _, b := range []string{long[0], longest, long[len(long)-1]} {
			if !contains(keep, b) {
				keep = append(keep, b)
			}
		}
	}
	ref := map[string]bool{}
	for _, b := range reference {
		for _, s := range shingles(ExtractTokens(b), ShingleN) {
			ref[s] = true
		}
	}
	for _, b := range page {
		toks := ExtractTokens(b)
		if len(toks) < minSnippet || contains(drop, b) {
			continue
		}
		shared := false
		for _, s := range shingles(toks, ShingleN) {
			if ref[s] {
				shared = true
				break
			}
		}
		if !shared {
			drop = append(drop, b)
		}
	}
	return keep, drop
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// noText are elements whose content is not visible text.
var noText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Select: true, atom.Textarea: true,
}

// inline are the elements that do not break a block of text.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true,
	atom.Span: true, atom.Strike: true, atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true,
	atom.U: true, atom.Var: true, atom.Wbr: true, atom.Img: true, atom.Big: true, atom.Tt: true,
	atom.Del: true, atom.Ins: true, atom.Label: true, atom.Output: true, atom.Nobr: true,
}

// HTMLBlocks returns the visible text of an HTML tree as blocks: every
// element that is not inline ends the text before it and starts a new
// block; white space is collapsed.
func HTMLBlocks(n *html.Node) []string {
	var blocks []string
	var b strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(b.String()), " "); s != "" {
			blocks = append(blocks, s)
		}
		b.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.CommentNode, html.DoctypeNode:
			return
		case html.ElementNode:
			if noText[n.DataAtom] {
				return
			}
		}
		block := n.Type == html.ElementNode && !inline[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return blocks
}
