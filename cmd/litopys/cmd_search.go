package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/litopys/litopys"
)

func runSearchCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "search", "[flags] QUERY")
	db := dbFlag(fs)
	var q litopys.Query
	var from, to, format string
	fs.StringVar(&q.Lang, "lang", "", "only documents in this language: "+strings.Join(litopys.LangCodes(), ", "))
	fs.StringVar(&q.Outlet, "outlet", "", "only documents of this outlet (zn.ua)")
	fs.StringVar(&from, "from", "", "only documents published on or after this date (YYYY[-MM[-DD]])")
	fs.StringVar(&to, "to", "", "only documents published on or before this date (YYYY[-MM[-DD]])")
	fs.StringVar(&q.Entity, "entity", "", "only documents that mention the entity with this ID")
	fs.StringVar(&q.Type, "type", "", "only documents that name an entity of this type: "+strings.Join(litopys.EntityTypeCodes(), ", "))
	fs.IntVar(&q.Limit, "limit", litopys.DefaultLimit, "results per page")
	fs.IntVar(&q.Offset, "offset", 0, "results to skip")
	fs.StringVar(&format, "format", "text", "output: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q.Text = strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q.Text) == "" && q.Entity == "" {
		fs.Usage()
		return usagef("no query: give words to search for, or --entity")
	}
	if format != "text" && format != "json" {
		return usagef("--format: want text or json, not %q", format)
	}
	if q.Type = strings.ToUpper(q.Type); q.Type != "" && !litopys.IsEntityType(q.Type) {
		return usagef("--type: want one of %s, not %q", strings.Join(litopys.EntityTypeCodes(), ", "), q.Type)
	}
	if q.Lang != "" && !litopys.IsLang(q.Lang) {
		return usagef("--lang: want one of %s, not %q", strings.Join(litopys.LangCodes(), ", "), q.Lang)
	}
	if q.Limit < 1 || q.Limit > litopys.MaxLimit || q.Offset < 0 {
		return usagef("--limit must be 1…%d and --offset not negative", litopys.MaxLimit)
	}
	for _, d := range []struct {
		flag, s string
		dst     *litopys.Date
	}{{"--from", from, &q.From}, {"--to", to, &q.To}} {
		if d.s == "" {
			continue
		}
		v, err := litopys.ParseDate(d.s)
		if err != nil {
			return usagef("%s: %v", d.flag, err)
		}
		*d.dst = v
	}
	s, err := openStore(ctx, *db, storeRead)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.Search(ctx, q)
	if err != nil {
		if litopys.ErrorCode(err) == litopys.EINVALID {
			return usagef("%s", litopys.ErrorMessage(err))
		}
		return err
	}
	if format == "json" {
		b, err := json.Marshal(res)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(e.stdout, "%s\n", b)
		return err
	}
	return writeHits(e, q, res)
}

// writeHits prints search results for people: one block per document.
func writeHits(e *env, q litopys.Query, res litopys.SearchResult) error {
	w := &errWriter{w: e.stdout}
	if res.Total == 0 {
		w.printf("no documents found\n")
		return w.err
	}
	w.printf("%d document(s) found", res.Total)
	if len(res.Results) < res.Total {
		w.printf(", showing %d–%d", q.Offset+1, q.Offset+len(res.Results))
	}
	w.printf("\n")
	for i, h := range res.Results {
		w.printf("\n%d. %s\n   %s · %s · %s · score %.2f\n   %s\n", q.Offset+i+1, orDash(h.Title), h.ID, orDash(h.Lang),
			orDash(strings.TrimSpace(h.Outlet+" "+h.Published.String())), h.Score, h.Snippet)
	}
	return w.err
}
