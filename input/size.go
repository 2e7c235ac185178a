package input

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Size returns how many bytes Read would read of args — the files named
// and the files a walk of the directories reads, compressed files by their
// compressed size — and whether that is all of it: standard input and
// anything that is not a file or directory make it unknown. Commands use
// it, with Options.OnRead, to say how far a long run is.
func Size(args []string) (int64, bool) {
	var n int64
	known := true
	for _, a := range args {
		if a == "-" {
			known = false
			continue
		}
		info, err := os.Stat(a)
		switch {
		case err != nil:
		case info.IsDir():
			filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
				switch {
				case err != nil:
				case p != a && strings.HasPrefix(d.Name(), "."):
					if d.IsDir() {
						return filepath.SkipDir
					}
				case !d.IsDir() && readable(d.Name()):
					if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
						n += fi.Size()
					}
				}
				return nil
			})
		case info.Mode().IsRegular():
			n += info.Size()
		default:
			known = false
		}
	}
	return n, known
}

// countingReader tells onRead of every byte read.
type countingReader struct {
	r      io.Reader
	onRead func(n int)
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.onRead(n)
	}
	return n, err
}
