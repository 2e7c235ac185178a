package ner

import (
	"slices"
	"testing"

	"github.com/litopys/litopys"
)

// TestTypesAreTheRootList: the tagger's labels are litopys.EntityTypes in
// their order (a type added there needs a label here and a model trained
// with it; see ARCHITECTURE.md).
func TestTypesAreTheRootList(t *testing.T) {
	if !slices.Equal(typeNames[:], litopys.EntityTypeCodes()) {
		t.Errorf("tagger types %v, want litopys.EntityTypes %v", typeNames, litopys.EntityTypeCodes())
	}
}
