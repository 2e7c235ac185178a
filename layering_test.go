package litopys_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// module is the import path of the project.
const module = "github.com/litopys/litopys"

// A layer says what a package is for, and so what it may import.
type layer int

const (
	layerRoot     layer = iota // the domain: the standard library only
	layerStage                 // an analysis stage or a library under the adapters
	layerPipeline              // composes the stages
	layerInternal              // code the adapters share (codecs, read models)
	layerAdapter               // named after a dependency: a store, a queue, a web server
	layerTool                  // evaluation, benchmarks, test suites
	layerCmd                   // the binary: wires everything
)

var layerNames = [...]string{"root", "stage", "pipeline", "adapter internal", "adapter", "tool", "cmd"}

func (l layer) String() string { return layerNames[l] }

// layers classifies every package of the module by its path below the
// module ("" is the root). A new package must be added here, so that
// somebody decides what it may import. Some entries name packages that
// exist on branches not yet merged; they cost nothing until they do.
var layers = map[string]layer{
	"": layerRoot,

	"attrib": layerStage, "entity": layerStage, "event": layerStage, "extract": layerStage,
	"gazetteer": layerStage, "ingest": layerStage, "input": layerStage, "langid": layerStage,
	"morph": layerStage, "morph/gold": layerStage, "ner": layerStage, "ner/cluster": layerStage,
	"ner/corpus": layerStage, "ner/model": layerStage, "quantity": layerStage, "search": layerStage,
	"segment": layerStage, "stem": layerStage, "story": layerStage, "temporal": layerStage,
	"translit": layerStage,

	"pipeline": layerPipeline,

	"internal/body": layerInternal, "internal/registry": layerInternal, "internal/storyrm": layerInternal, "internal/schema": layerInternal,
	"internal/sqlstore": layerInternal,
	"internal/textcase": layerInternal, "internal/memo": layerInternal,

	"sqlite": layerAdapter, "postgres": layerAdapter, "natsq": layerAdapter, "http": layerAdapter,

	"eval": layerTool, "internal/evalrun": layerTool, "benchrun": layerTool, "internal/obs": layerTool,
	"internal/seeds": layerTool, "storetest": layerTool, "ingest/ingesttest": layerTool, "bench/compare": layerTool,
	"bench/peers": layerTool, "bench/scaleout": layerTool, "internal/rusage": layerTool,

	"cmd/litopys": layerCmd,
}

// onlyImports lists, for the packages held to a closer rule than their
// layer's, every package of the module they may import directly.
var onlyImports = map[string][]string{
	// The stores: the index format, match keys and their shared internals.
	// The stages they run (stories, identities) are wired in by the command
	// or live in an internal package.
	"sqlite":   {"", "internal/body", "internal/registry", "internal/schema", "internal/sqlstore", "internal/storyrm", "search", "translit"},
	"postgres": {"", "internal/body", "internal/registry", "internal/schema", "internal/sqlstore", "internal/storyrm", "search", "translit"},
	// The queue carries input records and commits through ingest.
	"natsq": {"", "input", "ingest"},
	// The web server reads requests into records and analyses them with an
	// ingest.Analyzer.
	"http": {"", "input", "ingest"},
	// Stories are built from documents alone.
	"story": {""},
}

// knownExceptions are imports that break the rules today and are being
// removed; the test fails on any other violation, and on an exception that
// no longer happens (delete it then).
var knownExceptions = map[[2]string]string{
	// The web server defaults its chronology to story.Chronology; the
	// command could pass it in Options.
	{"http", "story"}: "http defaults to story's chronology",
}

// pkg is what `go list -json` says of a package.
type pkg struct {
	ImportPath string
	Standard   bool
	Imports    []string
	Deps       []string
}

// TestLayers keeps the layering true: the root imports only the standard
// library; stages, the pipeline and the adapters' internals import no
// adapter, tool or command; adapters import only what onlyImports lists
// of the module and no other adapter, tool or pipeline; nothing imports
// the command.
func TestLayers(t *testing.T) {
	pkgs := listPackages(t)
	rel := func(path string) (string, bool) {
		if path == module {
			return "", true
		}
		r, ok := strings.CutPrefix(path, module+"/")
		return r, ok
	}
	// The module's import graph, without the known exceptions.
	imports := map[string][]string{}
	seen := map[[2]string]bool{}
	for _, p := range pkgs {
		from, ok := rel(p.ImportPath)
		if !ok {
			continue
		}
		imports[from] = nil
		for _, imp := range p.Imports {
			to, ok := rel(imp)
			if !ok {
				continue
			}
			if _, known := knownExceptions[[2]string{from, to}]; known {
				seen[[2]string{from, to}] = true
				continue
			}
			imports[from] = append(imports[from], to)
		}
	}
	for e, why := range knownExceptions {
		if !seen[e] {
			t.Errorf("%s no longer imports %s (%s): remove the exception from knownExceptions", e[0], e[1], why)
		}
	}
	for _, p := range pkgs {
		from, ok := rel(p.ImportPath)
		if !ok {
			continue
		}
		l, ok := layers[from]
		if !ok {
			t.Errorf("package %q has no layer: add it to layers in layering_test.go", from)
			continue
		}
		if l == layerRoot {
			for _, d := range p.Deps {
				if !standard(pkgs, d) {
					t.Errorf("the root package imports %s: it may import only the standard library", d)
				}
			}
			continue
		}
		if allowed, ok := onlyImports[from]; ok {
			for _, to := range imports[from] {
				if !slices.Contains(allowed, to) {
					t.Errorf("%s imports %s: it may import only %q of the module", from, show(to), allowed)
				}
			}
		}
		for _, to := range reach(imports, from) {
			if tl, ok := layers[to]; ok && forbidden(l, tl) {
				t.Errorf("%s (%s) depends on %s (%s), through %s", from, l, show(to), tl, strings.Join(path(imports, from, to), " → "))
			}
		}
	}
}

// forbidden reports whether a package of layer from may not depend,
// directly or not, on one of layer to.
func forbidden(from, to layer) bool {
	switch from {
	case layerStage, layerInternal:
		return to == layerPipeline || to == layerAdapter || to == layerTool || to == layerCmd
	case layerPipeline:
		return to == layerAdapter || to == layerTool || to == layerCmd
	case layerAdapter:
		return to == layerPipeline || to == layerAdapter || to == layerTool || to == layerCmd
	case layerTool:
		return to == layerCmd
	}
	return false
}

// reach returns the packages from depends on, directly or not.
func reach(imports map[string][]string, from string) []string {
	seen := map[string]bool{from: true}
	var out []string
	stack := []string{from}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, q := range imports[p] {
			if !seen[q] {
				seen[q] = true
				out = append(out, q)
				stack = append(stack, q)
			}
		}
	}
	slices.Sort(out)
	return out
}

// path returns a shortest chain of imports from one package to another.
func path(imports map[string][]string, from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == to {
			var out []string
			for ; p != from; p = prev[p] {
				out = append(out, show(p))
			}
			out = append(out, show(from))
			slices.Reverse(out)
			return out
		}
		for _, q := range imports[p] {
			if _, ok := prev[q]; !ok {
				prev[q] = p
				queue = append(queue, q)
			}
		}
	}
	return nil
}

func show(rel string) string {
	if rel == "" {
		return "the root"
	}
	return rel
}

// standard reports whether the package at path is of the standard library.
func standard(pkgs []pkg, path string) bool {
	for _, p := range pkgs {
		if p.ImportPath == path {
			return p.Standard
		}
	}
	return false
}

// listPackages runs `go list -deps -json ./...` at the module's root.
func listPackages(tb testing.TB) []pkg {
	tb.Helper()
	// go test caches a result by the files the test itself opened, and
	// go list's reads are not among them: reading every folder and Go file
	// here makes an edit that changes an import run the test again.
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata"):
			return filepath.SkipDir
		case !d.IsDir() && strings.HasSuffix(path, ".go"):
			_, err = os.ReadFile(path)
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("no go command: %v", err)
		}
		tb.Skipf("no go command: %v", err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(gobin, "list", "-deps", "-json", "./...")
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			tb.Fatalf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) == 0 {
		tb.Fatal("go list found no packages")
	}
	return pkgs
}
