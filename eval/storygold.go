package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// StoryLabel is one line of a hand-made story gold (story/testdata/gold):
// an article, joined to its source by URL, with the story and the thread
// an editor put it in.
type StoryLabel struct {
	URL    string `json:"url"`
	Title  string `json:"title"`
	Story  string `json:"story"`
	Thread string `json:"thread"`
	Lang   string `json:"lang"`
}

// ReadStoryGold reads a story gold file (JSONL of StoryLabel). Every line
// needs a URL and a story, and a URL may occur once.
func ReadStoryGold(path string) ([]StoryLabel, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read story gold: %w", err)
	}
	defer f.Close()
	var out []StoryLabel
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var l StoryLabel
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			return nil, fmt.Errorf("read story gold %s:%d: %w", path, n, err)
		}
		if l.URL == "" || l.Story == "" {
			return nil, fmt.Errorf("read story gold %s:%d: url and story are required", path, n)
		}
		if seen[l.URL] {
			return nil, fmt.Errorf("read story gold %s:%d: url %s occurs twice", path, n, l.URL)
		}
		seen[l.URL] = true
		if l.Thread == "" {
			l.Thread = l.Story
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read story gold %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read story gold %s: no labels", path)
	}
	return out, nil
}

// IsStoryGold reports whether path names a story gold file (JSONL) rather
// than a BSNLP tree.
func IsStoryGold(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir() && strings.HasSuffix(path, ".jsonl")
}
