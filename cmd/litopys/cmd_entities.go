package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/litopys/litopys"
)

// runEntitiesCmd looks entities up in a store's registry by any spelling,
// shows one with its members, spellings and history, and records an
// analyst's merges and splits.
func runEntitiesCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "entities", "[flags] [QUERY | ID]")
	db := dbFlag(fs)
	var q litopys.EntityQuery
	var format, split string
	var merge, show bool
	fs.StringVar(&q.Type, "type", "", "only entities of this type (PER, ORG, LOC, EVT, PRO)")
	fs.StringVar(&q.Lang, "lang", "", "only entities with a name in this language (ru, uk, en)")
	fs.IntVar(&q.Limit, "limit", 20, "entities per page")
	fs.IntVar(&q.Offset, "offset", 0, "entities to skip")
	fs.BoolVar(&show, "show", false, "show the one entity named by ID (or the best match of QUERY): members, spellings, history")
	fs.BoolVar(&merge, "merge", false, "record that the entities A and B (the two arguments, any id they are known by) are one")
	fs.StringVar(&split, "split", "", "record that these members (ids documents use, comma-separated) of the entity ID are another entity")
	fs.StringVar(&format, "format", "text", "output: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if format != "text" && format != "json" {
		return usagef("--format: want text or json, not %q", format)
	}
	if q.Limit < 1 || q.Limit > litopys.MaxLimit || q.Offset < 0 {
		return usagef("--limit must be 1…%d and --offset not negative", litopys.MaxLimit)
	}
	q.Type, q.Lang = strings.ToUpper(q.Type), strings.ToLower(q.Lang)
	q.Text = strings.TrimSpace(strings.Join(fs.Args(), " "))
	if merge && len(fs.Args()) != 2 {
		return usagef("--merge takes two entity ids: entities --merge A B")
	}
	if split != "" && len(fs.Args()) != 1 {
		return usagef("--split takes the entity's id: entities --split MEMBER,… ID")
	}
	access := storeRead
	if merge || split != "" {
		access = storeWrite
	}
	s, err := openStore(ctx, *db, access)
	if err != nil {
		return err
	}
	defer s.Close()
	dir, ok := s.(litopys.EntityDirectory)
	if !ok {
		return litopys.Errorf(litopys.EUNSUPPORTED, "the store keeps no entity registry")
	}
	out := func(v any, text func(w *errWriter)) error {
		if format == "json" {
			b, err := json.Marshal(v)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(e.stdout, "%s\n", b)
			return err
		}
		w := &errWriter{w: e.stdout}
		text(w)
		return w.err
	}
	switch {
	case merge:
		id, err := dir.MergeEntities(ctx, fs.Arg(0), fs.Arg(1))
		if err != nil {
			return err
		}
		return out(map[string]string{"merged": id}, func(w *errWriter) { w.printf("merged into %s\n", id) })
	case split != "":
		var members []string
		for _, m := range strings.Split(split, ",") {
			if m = strings.TrimSpace(m); m != "" {
				members = append(members, m)
			}
		}
		id, err := dir.SplitEntity(ctx, fs.Arg(0), members)
		if err != nil {
			return err
		}
		return out(map[string]string{"split": id}, func(w *errWriter) { w.printf("split off as %s\n", id) })
	case show:
		return showEntity(ctx, s, dir, q.Text, out)
	}
	l, err := dir.Entities(ctx, q)
	if err != nil {
		if litopys.ErrorCode(err) == litopys.EINVALID {
			return usagef("%s", litopys.ErrorMessage(err))
		}
		return err
	}
	return out(l, func(w *errWriter) {
		if l.Total == 0 {
			w.printf("no entities found\n")
			return
		}
		w.printf("%d entit%s found", l.Total, map[bool]string{true: "y", false: "ies"}[l.Total == 1])
		if len(l.Entities) < l.Total {
			w.printf(", showing %d–%d", q.Offset+1, q.Offset+len(l.Entities))
		}
		w.printf("\n")
		for i, en := range l.Entities {
			w.printf("%4d. %-40s %s  %6d mentions  %s\n", q.Offset+i+1, en.ID, en.Type, en.Mentions, names(en.Entity))
		}
	})
}

// showEntity prints one entity: the one known by the id, else the best
// match of the query.
func showEntity(ctx context.Context, s litopys.Store, dir litopys.EntityDirectory, q string, out func(any, func(*errWriter)) error) error {
	if q == "" {
		return usagef("--show needs an ID or a name")
	}
	id, err := dir.CanonicalEntity(ctx, q)
	if litopys.ErrorCode(err) == litopys.ENOTFOUND {
		l, lerr := dir.Entities(ctx, litopys.EntityQuery{Text: q, Limit: 1})
		if lerr != nil {
			return lerr
		}
		if len(l.Entities) == 0 {
			return err
		}
		id, err = l.Entities[0].ID, nil
	}
	if err != nil {
		return err
	}
	info, err := s.Entity(ctx, id)
	if err != nil {
		return err
	}
	changes, err := dir.EntityChanges(ctx, id)
	if err != nil {
		return err
	}
	v := struct {
		*litopys.EntityInfo
		Changes []litopys.EntityChange `json:"changes"`
	}{info, changes}
	return out(v, func(w *errWriter) {
		w.printf("%s  %s  %d mentions  seen %s … %s\n%s\n", info.ID, info.Type, info.Mentions, orDash(info.FirstSeen), orDash(info.LastSeen), names(info.Entity))
		w.printf("types: %v\nmembers: %s\n", info.Types, strings.Join(info.Members, ", "))
		for _, sp := range info.Spellings {
			w.printf("  %-3s %6d  %s\n", sp.Lang, sp.N, sp.Name)
		}
		for _, c := range changes {
			by := ""
			if c.Manual {
				by = " (by hand)"
			}
			w.printf("%s %s: %s → %s%s\n", c.At, c.Kind, c.Old, c.New, by)
		}
	})
}

// names lists an entity's names per language.
func names(e litopys.Entity) string {
	var parts []string
	for _, l := range []string{"uk", "ru", "en"} {
		if n := e.Names[l]; n != "" {
			parts = append(parts, l+": "+n)
		}
	}
	if len(parts) == 0 {
		return e.Name
	}
	return strings.Join(parts, " · ")
}
