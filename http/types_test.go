package http

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestEveryTypeHasAColour: pages colour mentions by type (class t-PER, …);
// a type added to litopys.EntityTypes needs its colour in style.css.
func TestEveryTypeHasAColour(t *testing.T) {
	css, err := uiFS.ReadFile("ui/static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range litopys.EntityTypeCodes() {
		if !strings.Contains(string(css), ".t-"+ty) {
			t.Errorf("style.css has no colour for %s (.t-%s)", ty, ty)
		}
	}
}
