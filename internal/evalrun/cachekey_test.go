package evalrun

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCacheKeyOfAnotherBuild: --models-of keys the model cache by the
// named executable, so a build that asserts an unchanged tagger reuses
// another build's models; an unreadable executable is an error.
func TestCacheKeyOfAnotherBuild(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.WriteFile(a, []byte("build a"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("build b"), 0o755); err != nil {
		t.Fatal(err)
	}
	ka, err := cacheKey(a, "data", "brexit")
	if err != nil {
		t.Fatal(err)
	}
	ka2, _ := cacheKey(a, "data", "brexit")
	kb, _ := cacheKey(b, "data", "brexit")
	own, _ := cacheKey("", "data", "brexit")
	if ka != ka2 || ka == kb || ka == own {
		t.Errorf("keys: a %s, a again %s, b %s, running %s", ka, ka2, kb, own)
	}
	if _, err := cacheKey(filepath.Join(dir, "missing"), "data", "brexit"); err == nil {
		t.Error("a missing executable gave a key")
	}
}
