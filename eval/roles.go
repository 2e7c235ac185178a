package eval

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/litopys/litopys"
)

// UDSentence is a sentence of a Universal Dependencies treebank with its
// basic dependency tree.
type UDSentence struct {
	ID     string
	Tokens []UDToken
}

// UDToken is a syntactic word: ID counts from 1, Head is 0 for the root.
type UDToken struct {
	ID, Head                         int
	Form, Lemma, UPOS, Feats, Deprel string
	SpaceAfter                       bool
}

// ReadUDFile reads a CoNLL-U file, gzipped when its name ends in .gz.
func ReadUDFile(path string) ([]UDSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, litopys.Errorf(litopys.EINVALID, "read conllu: %v", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, litopys.Errorf(litopys.EINVALID, "read conllu %s: %v", path, err)
		}
		defer z.Close()
		r = z
	}
	out, err := ReadUD(r)
	if err != nil {
		return nil, fmt.Errorf("read conllu %s: %w", path, err)
	}
	return out, nil
}

// ReadUD reads CoNLL-U sentences with their heads and relations;
// multi-word token lines and empty nodes are skipped. A sentence whose
// heads do not point inside it is an error.
func ReadUD(r io.Reader) ([]UDSentence, error) {
	var out []UDSentence
	var cur UDSentence
	flush := func() error {
		if len(cur.Tokens) > 0 {
			for _, t := range cur.Tokens {
				if t.Head < 0 || t.Head > len(cur.Tokens) {
					return litopys.Errorf(litopys.EINVALID, "sentence %s: head %d out of range", cur.ID, t.Head)
				}
			}
			out = append(out, cur)
		}
		cur = UDSentence{}
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		switch {
		case strings.TrimSpace(s) == "":
			if err := flush(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(s, "#"):
			if k, v, ok := strings.Cut(strings.TrimPrefix(s, "#"), "="); ok && strings.TrimSpace(k) == "sent_id" {
				cur.ID = strings.TrimSpace(v)
			}
		default:
			f := strings.Split(s, "\t")
			if len(f) != 10 {
				return nil, litopys.Errorf(litopys.EINVALID, "line %d: %d fields, want 10", line, len(f))
			}
			if strings.ContainsAny(f[0], "-.") {
				continue
			}
			id, err1 := strconv.Atoi(f[0])
			head, err2 := strconv.Atoi(f[6])
			if err1 != nil || err2 != nil || id != len(cur.Tokens)+1 {
				return nil, litopys.Errorf(litopys.EINVALID, "line %d: bad id %q or head %q", line, f[0], f[6])
			}
			cur.Tokens = append(cur.Tokens, UDToken{ID: id, Head: head, Form: f[1], Lemma: f[2], UPOS: f[3], Feats: f[5],
				Deprel: f[7], SpaceAfter: !strings.Contains(f[9], "SpaceAfter=No")})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, litopys.Errorf(litopys.EINVALID, "read conllu: %v", err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// GoldRole is the role the tree gives the word m (its head word) in the
// predicate p (token ids): "agent" for a subject of an active verb or the
// agent of a passive (obl:agent), "patient" for an object, the subject of
// a passive and an oblique introduced by "с"/"з", "против"/"проти" or "по"
// (whom one meets, acts against or strikes); the owner (nmod without a
// preposition) of the subject or the object shares its role ("власти
// Абхазии заявили", "осудили действия Москвы"); "" for none. A name
// coordinated with an argument (conj) or standing in apposition to it
// ("поэт Андрей Вознесенский") shares its role; a verb coordinated with
// another, a converb ("…, вызвав") or a controlled infinitive ("вынудило
// … отказаться") without a subject of its own shares the subject of the
// verb it depends on.
func GoldRole(s UDSentence, p, m int) string {
	tok := func(id int) UDToken { return s.Tokens[id-1] }
	if m < 1 || m > len(s.Tokens) || p < 1 || p > len(s.Tokens) {
		return ""
	}
	// Climb conj, appos and flat to the word that bears the relation.
	for k := 0; k < len(s.Tokens); k++ {
		t := tok(m)
		if t.Head == 0 || t.Head == p || t.Deprel != "conj" && t.Deprel != "appos" && !strings.HasPrefix(t.Deprel, "flat") {
			break
		}
		m = t.Head
	}
	pred := tok(p)
	switch t := tok(m); {
	case t.Head == p:
		return relRole(s, t)
	case t.Deprel == "nmod" && t.Head != 0 && tok(t.Head).Head == p && !hasCase(s, t.ID):
		// "осудили действия Москвы", "власти Абхазии заявили": the
		// owner of the subject or object acts or is acted on.
		switch r := relRole(s, tok(t.Head)); {
		case r == "agent" && tok(t.Head).Deprel == "nsubj", r == "patient" && tok(t.Head).Deprel == "obj":
			return r
		}
	case controlled(s, pred) && t.Head == pred.Head && subjectRel(t.Deprel) && !hasSubject(s, p):
		if t.Deprel == "nsubj" {
			return "agent"
		}
	}
	return ""
}

// controlled reports whether a verb takes its subject from the verb it
// depends on: a coordinated verb, a converb, an infinitive complement.
func controlled(s UDSentence, pred UDToken) bool {
	if pred.Head == 0 {
		return false
	}
	switch pred.Deprel {
	case "conj", "xcomp":
		return true
	case "advcl":
		return strings.Contains(pred.Feats, "VerbForm=Conv")
	}
	return false
}

// hasCase reports whether word id has a preposition of its own.
func hasCase(s UDSentence, id int) bool {
	for _, c := range s.Tokens {
		if c.Head == id && c.Deprel == "case" {
			return true
		}
	}
	return false
}

func subjectRel(rel string) bool { return rel == "nsubj" || rel == "nsubj:pass" }

func hasSubject(s UDSentence, p int) bool {
	for _, t := range s.Tokens {
		if t.Head == p && subjectRel(t.Deprel) {
			return true
		}
	}
	return false
}

// relRole maps a dependency relation to a role (see GoldRole).
func relRole(s UDSentence, t UDToken) string {
	switch t.Deprel {
	case "nsubj", "obl:agent":
		return "agent"
	case "obj", "iobj", "nsubj:pass":
		return "patient"
	case "obl":
		for _, c := range s.Tokens {
			if c.Head == t.ID && c.Deprel == "case" {
				switch strings.ToLower(c.Form) {
				case "с", "со", "з", "із", "против", "проти", "по":
					return "patient"
				}
			}
		}
	}
	return ""
}

// RolePair is one mention in one predicate: the role the tree gives it
// and the one the system gave ("" for none, or not a participant).
type RolePair struct {
	Gold, System string
}

// RolesReport scores agent and patient labels over pairs.
type RolesReport struct {
	Sentences  int `json:"sentences"`
	Predicates int `json:"predicates"`
	Agent      PRF `json:"agent"`
	Patient    PRF `json:"patient"`
	// Both counts a pair right when the system's role among agent, patient
	// and none is the gold one, over the pairs where either gives a role.
	Both PRF `json:"agent_or_patient"`
}

// ScoreRoles scores pairs: for a role, precision is the share of the
// system's labels the tree confirms, recall the share of the tree's it
// finds.
func ScoreRoles(pairs []RolePair) RolesReport {
	var r RolesReport
	for _, role := range []string{"agent", "patient"} {
		g, s, m := 0, 0, 0
		for _, p := range pairs {
			if p.Gold == role {
				g++
			}
			if p.System == role {
				s++
			}
			if p.Gold == role && p.System == role {
				m++
			}
		}
		if role == "agent" {
			r.Agent = NewPRF(g, s, m, m)
		} else {
			r.Patient = NewPRF(g, s, m, m)
		}
	}
	r.Both = r.Agent.Add(r.Patient)
	return r
}
