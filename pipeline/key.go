package pipeline

import "strings"

// matchKey is a stand-in until package translit lands.
func matchKey(s string) string { return strings.ToLower(s) }
