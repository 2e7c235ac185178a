package http

import (
	"net/http"
	"testing"

	"github.com/litopys/litopys"
)

// TestStatusOf maps every domain code to its HTTP status: the edge's table
// leaves none to the 500 of an unknown code but internal.
func TestStatusOf(t *testing.T) {
	want := map[string]int{
		litopys.EINTERNAL:     http.StatusInternalServerError,
		litopys.EINVALID:      http.StatusBadRequest,
		litopys.EUNSUPPORTED:  http.StatusBadRequest,
		litopys.ETOOLARGE:     http.StatusRequestEntityTooLarge,
		litopys.ENOTFOUND:     http.StatusNotFound,
		litopys.EUNAVAILABLE:  http.StatusServiceUnavailable,
		litopys.EUNAUTHORIZED: http.StatusUnauthorized,
		litopys.ECONFLICT:     http.StatusConflict,
	}
	for _, code := range litopys.ErrorCodes() {
		w, ok := want[code]
		if !ok {
			t.Errorf("code %q has no HTTP status in this test: add it here and to statusOf", code)
			continue
		}
		if got := statusOf(code); got != w {
			t.Errorf("%s: status %d, want %d", code, got, w)
		}
	}
	if got := statusOf("no_such_code"); got != http.StatusInternalServerError {
		t.Errorf("unknown code: status %d, want 500", got)
	}
}
