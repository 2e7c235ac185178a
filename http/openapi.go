package http

import (
	_ "embed"
	"net/http"
)

// openAPIDoc is the OpenAPI 3 description of every route; a test checks
// that it lists exactly the routes Handler serves.
//
//go:embed openapi.json
var openAPIDoc []byte

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPIDoc)
}
