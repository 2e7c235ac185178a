package evalrun

import (
	"fmt"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/event"
	"github.com/litopys/litopys/morph"
)

func TestRolesDbg(t *testing.T) {
	an, _ := morph.Load()
	ss, _ := eval.ReadUDFile("../../../shared/data/ud/ru_gsd-ud-dev.conllu.gz")
	n := 0
	for _, s := range ss {
		doc, heads := udDocument(s, "ru", an)
		for p, tk := range s.Tokens {
			if tk.UPOS != "VERB" || len(doc.Mentions) == 0 {
				continue
			}
			role := map[string]string{}
			for _, pt := range event.RolesAt(doc, 0, p) {
				if pt.Role == litopys.RoleAgent || pt.Role == litopys.RolePatient {
					role[pt.Entity] = pt.Role
				}
			}
			for i, m := range doc.Mentions {
				g := eval.GoldRole(s, p+1, heads[i]+1)
				sys := role[m.Entity]
				if g != sys && n < 70 && (g == "patient" || sys == "patient") {
					n++
					h := s.Tokens[heads[i]]
					fmt.Printf("%-8s sys=%-8s %q [%s of %q] verb %q | %s\n", g, sys, m.Text, h.Deprel, s.Tokens[max(0, h.Head-1)].Form, tk.Form, doc.Text[:min(120, len(doc.Text))])
				}
			}
		}
	}
}
