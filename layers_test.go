package litopys_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestStoryLayers keeps two rules of the layering: the storage adapters do
// not import the story stage (the command wires it in through
// litopys.StoryWriter), and the story stage imports nothing of the project
// but the root.
func TestStoryLayers(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command: %v", err)
	}
	const mod = "github.com/litopys/litopys"
	for _, c := range []struct {
		pkg   string
		allow func(dep string) bool
	}{
		{"./sqlite", func(d string) bool { return d != mod+"/story" && d != mod+"/eval" && d != mod+"/pipeline" }},
		{"./postgres", func(d string) bool { return d != mod+"/story" && d != mod+"/eval" && d != mod+"/pipeline" }},
		{"./story", func(d string) bool { return d == mod || d == mod+"/story" }},
	} {
		out, err := exec.Command(gobin, "list", "-deps", c.pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", c.pkg, err)
		}
		for _, d := range strings.Fields(string(out)) {
			if (d == mod || strings.HasPrefix(d, mod+"/")) && !c.allow(d) {
				t.Errorf("%s imports %s", c.pkg, d)
			}
		}
	}
}
