package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// EventsGold is a directory of articles annotated with their dated events
// (eval/testdata/events): timeline.json in the seeds format, one
// <doc>.txt per article (the title line, a blank line, then the body) and
// entities.tsv, which names the forms of the text that stand for each gold
// entity id so that system ids can be translated.
type EventsGold struct {
	Timeline Timeline
	Docs     []EventsDoc
	// Forms maps a document to its gold entity ids and the forms naming
	// each (a form matches where a word starts with it).
	Forms map[string]map[string][]string
}

// EventsDoc is one article of an EventsGold. Lang and Published come from
// the document id: "ru01_ng_2003-11-17_1_stambul" is Russian, published
// 2003-11-17.
type EventsDoc struct {
	ID, Lang, Title, Body string
	Published             litopys.Date
}

// IsEventsGold reports whether dir holds the layout ReadEventsGold reads.
func IsEventsGold(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "entities.tsv"))
	return err == nil
}

var idDate = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// ReadEventsGold reads the gold file and, beside it, the articles and
// entities.tsv. Every document the gold names must have its text, every
// form of entities.tsv must occur in its document.
func ReadEventsGold(goldFile string) (EventsGold, error) {
	f, err := os.Open(goldFile)
	if err != nil {
		return EventsGold{}, litopys.Errorf(litopys.EINVALID, "read events gold: %v", err)
	}
	defer f.Close()
	tl, err := ReadTimeline(f)
	if err != nil {
		return EventsGold{}, err
	}
	dir := filepath.Dir(goldFile)
	g := EventsGold{Timeline: tl}
	ids := map[string]bool{}
	for _, e := range tl.Events {
		ids[e.Doc] = true
	}
	for _, a := range tl.Attributions {
		ids[a.Doc] = true
	}
	names := make([]string, 0, len(ids))
	for id := range ids {
		names = append(names, id)
	}
	sort.Strings(names)
	texts := map[string]string{}
	for _, id := range names {
		d, err := readEventsDoc(dir, id)
		if err != nil {
			return EventsGold{}, err
		}
		g.Docs = append(g.Docs, d)
		texts[id] = d.Title + "\n\n" + d.Body
	}
	if g.Forms, err = readForms(filepath.Join(dir, "entities.tsv"), texts); err != nil {
		return EventsGold{}, err
	}
	return g, nil
}

func readEventsDoc(dir, id string) (EventsDoc, error) {
	b, err := os.ReadFile(filepath.Join(dir, id+".txt"))
	if err != nil {
		return EventsDoc{}, litopys.Errorf(litopys.EINVALID, "read events gold: %v", err)
	}
	title, body, ok := strings.Cut(string(b), "\n\n")
	if !ok {
		return EventsDoc{}, litopys.Errorf(litopys.EINVALID, "read events gold: %s.txt: no blank line after the title", id)
	}
	d := EventsDoc{ID: id, Title: strings.TrimSpace(title), Body: body}
	d.Lang = strings.TrimRightFunc(strings.SplitN(id, "_", 2)[0], unicode.IsDigit)
	if m := idDate.FindString(id); m != "" {
		if d.Published, err = litopys.ParseDate(m); err != nil {
			return EventsDoc{}, fmt.Errorf("read events gold: %s: %w", id, err)
		}
	}
	return d, nil
}

// readForms reads entities.tsv: "doc prefix TAB gold id TAB form|form…";
// the prefix names the one document whose id starts with it.
func readForms(path string, texts map[string]string) (map[string]map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, litopys.Errorf(litopys.EINVALID, "read entity forms: %v", err)
	}
	defer f.Close()
	out := map[string]map[string][]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, litopys.Errorf(litopys.EINVALID, "read entity forms: line %d: want 3 columns", n)
		}
		doc := ""
		for id := range texts {
			if strings.HasPrefix(id, cols[0]) {
				if doc != "" {
					return nil, litopys.Errorf(litopys.EINVALID, "read entity forms: line %d: %q names two documents", n, cols[0])
				}
				doc = id
			}
		}
		if doc == "" {
			return nil, litopys.Errorf(litopys.EINVALID, "read entity forms: line %d: no document %q", n, cols[0])
		}
		for _, form := range strings.Split(cols[2], "|") {
			if len(formSpans(texts[doc], form)) == 0 {
				return nil, litopys.Errorf(litopys.EINVALID, "read entity forms: line %d: %q does not occur in %s", n, form, doc)
			}
		}
		if out[doc] == nil {
			out[doc] = map[string][]string{}
		}
		out[doc][cols[1]] = append(out[doc][cols[1]], strings.Split(cols[2], "|")...)
	}
	if err := sc.Err(); err != nil {
		return nil, litopys.Errorf(litopys.EINVALID, "read entity forms: %v", err)
	}
	return out, nil
}

// formSpans returns where form occurs in text at the start of a word.
func formSpans(text, form string) []litopys.Span {
	var out []litopys.Span
	if form == "" {
		return nil
	}
	for off := 0; ; {
		i := strings.Index(text[off:], form)
		if i < 0 {
			return out
		}
		s := off + i
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if s == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			out = append(out, litopys.Span{Start: s, End: s + len(form)})
		}
		off = s + len(form)
	}
}

// SpanMention is a system mention with its entity id and byte span.
type SpanMention struct {
	Start, End int
	ID         string
}

// FormIDMap translates system entity ids into gold ids through the forms
// of an EventsGold: each system mention votes for the gold id whose form
// occurrence overlaps it most (on a tie, the shorter form: "США" inside
// "Министерство … США" is the country), and each system id takes the gold
// id most of its mentions voted for. texts and mentions are the system's,
// by document.
func FormIDMap(forms map[string]map[string][]string, texts map[string]string, mentions map[string][]SpanMention) map[string]string {
	votes := map[string]map[string]int{}
	for doc, byID := range forms {
		type occ struct {
			litopys.Span
			id string
		}
		var occs []occ
		for gid, fs := range byID {
			for _, f := range fs {
				for _, sp := range formSpans(texts[doc], f) {
					occs = append(occs, occ{sp, gid})
				}
			}
		}
		for _, m := range mentions[doc] {
			best, bestOv, bestLen := "", 0, 0
			for _, o := range occs {
				ov := min(o.End, m.End) - max(o.Start, m.Start)
				l := o.End - o.Start
				if ov > bestOv || ov == bestOv && ov > 0 && (l < bestLen || l == bestLen && o.id < best) {
					best, bestOv, bestLen = o.id, ov, l
				}
			}
			if best == "" || m.ID == "" {
				continue
			}
			if votes[m.ID] == nil {
				votes[m.ID] = map[string]int{}
			}
			votes[m.ID][best]++
		}
	}
	out := make(map[string]string, len(votes))
	for s, vs := range votes {
		best, bestN := "", 0
		for g, n := range vs {
			if n > bestN || n == bestN && g < best {
				best, bestN = g, n
			}
		}
		out[s] = best
	}
	return out
}

// Reasons ParticipantReach gives for a gold participant the system's event
// lacks.
const (
	ReachUnnamed    = "not named in the event's sentence"
	ReachUnrecog    = "named there, not recognised"
	ReachMislinked  = "recognised there, linked to another id"
	ReachNotChosen  = "recognised and linked there, not chosen by the role rules"
	reachNoEvidence = "no evidence span"
)

// ParticipantReach returns the function SystemTimeline.Reach takes: why a
// gold participant is missing from a system event resting on a span of a
// document — not named there by any form entities.tsv gives it; named, but
// no system mention overlaps the form; a mention overlaps it but its
// entity translates (mapID) to another gold id; or a mention there is
// that participant and the role rules left it out.
func ParticipantReach(forms map[string]map[string][]string, texts map[string]string, mentions map[string][]SpanMention, mapID func(string) string) func(doc string, ev litopys.Span, gold string) string {
	return func(doc string, ev litopys.Span, gold string) string {
		text := texts[doc]
		if ev.End <= ev.Start || ev.End > len(text) {
			return reachNoEvidence
		}
		var occ []litopys.Span
		for _, f := range forms[doc][gold] {
			for _, sp := range formSpans(text, f) {
				if sp.Start >= ev.Start && sp.End <= ev.End {
					occ = append(occ, sp)
				}
			}
		}
		if len(occ) == 0 {
			return ReachUnnamed
		}
		reason := ReachUnrecog
		for _, m := range mentions[doc] {
			for _, o := range occ {
				if m.Start >= o.End || o.Start >= m.End {
					continue
				}
				if mapID(m.ID) == gold {
					return ReachNotChosen
				}
				reason = ReachMislinked
			}
		}
		return reason
	}
}
