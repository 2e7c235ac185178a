// Package seeds embeds the two seed articles (ru and uk, one story) in the
// BSNLP raw layout, so that "litopys demo" and tests run on a fresh clone
// with nothing beside it.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the seed articles as a file system of *.txt files.
func FS() fs.FS { return files }

// Names lists the seed files in order.
func Names() []string {
	ents, _ := fs.ReadDir(files, ".")
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}
