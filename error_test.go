package litopys_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestErrorCodesComplete checks that ErrorCodes lists every E* constant
// of error.go once, so that the edges' tables over it miss none.
func TestErrorCodesComplete(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "error.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var consts []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, sp := range g.Specs {
			vs := sp.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if !strings.HasPrefix(n.Name, "E") || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					v, _ := strconv.Unquote(lit.Value)
					consts = append(consts, v)
				}
			}
		}
	}
	got := litopys.ErrorCodes()
	slices.Sort(consts)
	slices.Sort(got)
	if len(consts) == 0 || !slices.Equal(got, consts) {
		t.Errorf("ErrorCodes() = %v, error.go declares %v", got, consts)
	}
}

func TestErrorCode(t *testing.T) {
	coded := litopys.Errorf(litopys.ENOTFOUND, "document %q not found", "x")
	for _, tt := range []struct {
		name      string
		err       error
		code, msg string
	}{
		{"nil", nil, "", ""},
		{"domain", coded, litopys.ENOTFOUND, `document "x" not found`},
		{"wrapped", fmt.Errorf("search: %w", coded), litopys.ENOTFOUND, `document "x" not found`},
		{"other", fmt.Errorf("disk on fire"), litopys.EINTERNAL, "internal error"},
	} {
		if code, msg := litopys.ErrorCode(tt.err), litopys.ErrorMessage(tt.err); code != tt.code || msg != tt.msg {
			t.Errorf("%s: code %q message %q, want %q %q", tt.name, code, msg, tt.code, tt.msg)
		}
	}
}
