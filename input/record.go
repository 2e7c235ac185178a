package input

import (
	"context"
	"io"
	"iter"

	"github.com/litopys/litopys"
)

// Record is one article as read from the input, or the reason an item of
// the input could not be read.
type Record struct {
	// Source names the item: a path, "-" for standard input, "path#line 12"
	// for a line of a JSONL file or the row of a CSV file starting on that
	// line, "path#item 3" for an object of a JSON file.
	Source string
	// Format is the format the item was read as: FormatText, FormatHTML,
	// FormatJSONL, FormatJSON, FormatCSV or FormatBSNLP.
	Format string
	// Encoding is the character encoding Body was decoded from ("utf-8",
	// "windows-1251", "koi8-r", …).
	Encoding string
	// ID, URL, Title, Outlet and Lang are as the input gives them (JSON
	// fields, CSV columns, the BSNLP header), else empty. Outlet falls back to the host
	// of URL without "www.".
	ID, URL, Title, Outlet, Lang string
	// Published is Options.Published when set, else the date the input's
	// own field gives (JSON "published" or "date", a CSV date column), else
	// zero; PublishedSource says which: "flag", "record" or "".
	Published       litopys.Date
	PublishedSource string
	// URLDate is the day a structured item's URL states (/2018-03-22/,
	// /2018/03/22/), which many news sites put in every article's path;
	// the pipeline takes it when neither the record nor the page's
	// metadata nor a dateline gives a date.
	URLDate litopys.Date
	// HeaderDate is a date a header line of the input format gives (the
	// BSNLP date line). It is a crawl date, not a publication date: the
	// pipeline takes it only when neither the record nor the page gives
	// one.
	HeaderDate litopys.Date
	// Warnings tell what decoding had to repair (invalid UTF-8 bytes
	// replaced, NUL bytes dropped).
	Warnings []string
	// Body is the decoded UTF-8 text, or the HTML page when HTML is set.
	Body string
	HTML bool
	// Err is non-nil when the item could not be read; it wraps a
	// *litopys.Error whose code and message say why.
	Err error
}

// DefaultMaxBytes is the largest item Read accepts unless told otherwise.
const DefaultMaxBytes = 16 << 20

// Options tune Read.
type Options struct {
	// MaxBytes is the size limit of one item — a file, standard input, one
	// JSONL line, JSON object or CSV row — in bytes; larger items give an ETOOLARGE error
	// record. Zero or less means DefaultMaxBytes.
	MaxBytes int64
	// Published, when set, is the publication date of every input: it wins
	// over any date an input or its page gives.
	Published litopys.Date
	// OnRead, when set, is told of the bytes read from files and standard
	// input as they are read (compressed bytes for .gz), on the goroutine
	// that reads; with Size it says how far a run is.
	OnRead func(n int)
}

// Read reads args — files, directories and "-" for stdin; none means stdin
// — and yields one Record per article, in order: an error record for each
// item that cannot be read, after which it goes on with the next.
// Directories are walked recursively in lexical order, skipping hidden
// files and directories and symbolic links to directories; in them, files
// whose extension is not a text, HTML, JSON, JSONL or CSV one (optionally .gz)
// give an EUNSUPPORTED record instead of being read; a file named in args is
// read whatever its name. Read stops early when ctx is
// done; the caller checks ctx.Err().
func Read(ctx context.Context, args []string, stdin io.Reader, opt Options) iter.Seq[Record] {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	return func(yield func(Record) bool) {
		r := &reader{ctx: ctx, stdin: stdin, opt: opt, yield: yield}
		for _, a := range args {
			if !r.arg(a) {
				return
			}
		}
	}
}

// reader carries the state of one Read.
type reader struct {
	ctx   context.Context
	stdin io.Reader
	opt   Options
	yield func(Record) bool
	// utf16 names the encoding of the input being read when it is UTF-16,
	// which stream transcodes before anything else sees it.
	utf16 string
}

// emit yields rec and reports whether reading should go on.
func (r *reader) emit(rec Record) bool {
	if r.ctx.Err() != nil {
		return false
	}
	if rec.Err == nil && rec.Outlet == "" {
		rec.Outlet = litopys.OutletOfURL(rec.URL)
	}
	if rec.Err == nil && r.utf16 != "" {
		rec.Encoding = r.utf16
	}
	return r.yield(rec) && r.ctx.Err() == nil
}

// fail yields an error record for source.
func (r *reader) fail(source string, err error) bool {
	return r.emit(Record{Source: source, Err: err})
}

// setPublished sets the publication date: the flag's when set, else the
// record's own.
func (rec *Record) setPublished(own, flag litopys.Date) {
	switch {
	case !flag.IsZero():
		rec.Published, rec.PublishedSource = flag, "flag"
	case !own.IsZero():
		rec.Published, rec.PublishedSource = own, "record"
	}
}
