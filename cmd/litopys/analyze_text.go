package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
)

// writeText prints one analysed input for people: analyze --format text.
func writeText(w io.Writer, r ingest.Analyzed) error {
	bw := &errWriter{w: w}
	if r.Err != nil {
		bw.printf("== %s\nerror: %s\n\n", r.Source, errorText(r.Source, r.Err))
		return bw.err
	}
	d := r.Doc
	bw.printf("== %s\nid: %s  lang: %s  outlet: %s  published: %s%s\n", d.Source, d.ID, d.Lang, orDash(d.Outlet), orDash(d.Published.String()), sourceNote(d.PublishedSource))
	if d.Title != "" {
		bw.printf("title: %s\n", d.Title)
	}
	for _, rm := range d.Removed {
		bw.printf("removed (%s): %s\n", rm.Kind, rm.Text)
	}
	ti := 0
	for pi, para := range d.Paragraphs {
		bw.printf("\n¶%d\n", pi+1)
		for _, s := range d.Sentences {
			if s.Start < para.Start || s.End > para.End {
				continue
			}
			bw.printf("  [%s] %s\n     ", s.Lang, d.Text[s.Start:s.End])
			for ti < len(d.Tokens) && d.Tokens[ti].Start < s.Start {
				ti++
			}
			var b strings.Builder
			for ; ti < len(d.Tokens) && d.Tokens[ti].End <= s.End; ti++ {
				t := d.Tokens[ti]
				if t.Kind == litopys.TokenPunct {
					continue
				}
				b.WriteString(" ")
				b.WriteString(t.Text)
				if t.Lemma != "" && t.Lemma != strings.ToLower(t.Text) {
					b.WriteString("/" + t.Lemma)
				}
			}
			bw.printf("%s\n", b.String())
		}
	}
	writeFacts(bw, d)
	bw.printf("\n")
	return bw.err
}

// writeFacts prints the entity, date, event, attribution and quantity
// layers of a document for people.
func writeFacts(bw *errWriter, d *litopys.Document) {
	if len(d.Entities) > 0 {
		bw.printf("\nentities:\n")
		for _, e := range d.Entities {
			aliases := ""
			if len(e.Aliases) > 0 {
				aliases = " (also " + strings.Join(e.Aliases, ", ") + ")"
			}
			bw.printf("  %-4s %-32s %s%s\n", e.Type, e.ID, e.Name, aliases)
		}
	}
	if len(d.Times) > 0 {
		bw.printf("\ndates:\n")
		for _, t := range d.Times {
			extra := ""
			if t.Rule != "" {
				extra = " [" + t.Rule + "]"
			}
			if t.Boilerplate {
				extra += " (in removed " + d.Removed[t.RemovedIndex].Kind + " line)"
			}
			bw.printf("  %-12s %-8s %q%s\n", t.Value, t.Granularity, t.Text, extra)
		}
	}
	if len(d.Events) > 0 {
		bw.printf("\nevents:\n")
		for _, e := range d.Events {
			var who []string
			for _, p := range e.Participants {
				who = append(who, p.Entity+":"+p.Role)
			}
			src := ""
			if e.Source != "" {
				src = "  according to " + e.Source
				if e.Via != "" {
					src += " via " + e.Via
				}
			}
			bw.printf("  %-10s %-9s %-16s %s%s\n", orDash(e.Date.String()), e.Type, e.Trigger, strings.Join(who, " "), src)
		}
	}
	if len(d.Attributions) > 0 {
		bw.printf("\nattributions:\n")
		for _, a := range d.Attributions {
			via := ""
			if a.Via != "" {
				via = " via " + a.Via
			}
			bw.printf("  %s%s: %q\n", orDash(a.Source), via, a.Text)
			if a.Quote != "" {
				bw.printf("      quote: «%s»\n", a.Quote)
			}
		}
	}
	if len(d.Quantities) > 0 {
		bw.printf("\nquantities:\n")
		for _, q := range d.Quantities {
			bw.printf("  %-12g %-8s %-14s %q\n", q.Value, q.Unit, q.Object, q.Text)
		}
	}
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// sourceNote says where the publication date came from, as " (from meta)".
func sourceNote(src string) string {
	if src == "" {
		return ""
	}
	return " (from " + src + ")"
}
