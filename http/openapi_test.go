package http

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPI checks that the OpenAPI document describes exactly the API
// routes and probes the server has, method by method, and that every
// schema it refers to exists.
func TestOpenAPI(t *testing.T) {
	var doc struct {
		OpenAPI    string                               `json:"openapi"`
		Paths      map[string]map[string]map[string]any `json:"paths"`
		Components struct {
			Schemas map[string]any `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi = %q", doc.OpenAPI)
	}
	var want, got []string
	for _, r := range (&Server{}).routes() {
		method, path, ok := strings.Cut(r.pattern, " ")
		if !ok || !(strings.HasPrefix(path, "/api/") || strings.HasSuffix(path, "z")) {
			continue
		}
		want = append(want, strings.ToLower(method)+" "+path)
	}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			got = append(got, method+" "+path)
			if op["responses"] == nil || op["operationId"] == nil {
				t.Errorf("%s %s lacks responses or operationId", method, path)
			}
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("OpenAPI paths:\n got %v\nwant %v", got, want)
	}
	for _, ref := range refs(openAPIDoc) {
		if _, ok := doc.Components.Schemas[strings.TrimPrefix(ref, "#/components/schemas/")]; !ok {
			t.Errorf("dangling $ref %s", ref)
		}
	}
}

// refs lists every "$ref" value in a JSON document.
func refs(b []byte) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "$ref" {
					out = append(out, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var v any
	json.Unmarshal(b, &v)
	walk(v)
	return out
}
