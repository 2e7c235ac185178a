package event

import (
	"sort"
	"strings"

	"github.com/litopys/litopys"
)

// placePreps introduce the place of an event ("в Сеуле", "до КНДР", "на
// космодромі").
var placePreps = map[string]bool{"в": true, "во": true, "у": true, "на": true, "до": true, "к": true, "из": true, "з": true, "із": true, "in": true, "to": true, "at": true}

// participants are the mentions of the sentence with a role: the nearest
// mention before the trigger that no preposition governs is the agent, a
// place after a preposition is the place, other mentions after the trigger
// are patients, and the rest take part without a known role.
func participants(doc *litopys.Document, preps []string, s litopys.Sentence, tr trigger) []litopys.Participant {
	trStart := doc.Tokens[tr.tok].Start
	var out []litopys.Participant
	seen := map[string]int{}
	agent := -1
	first := sort.Search(len(doc.Mentions), func(i int) bool { return doc.Mentions[i].Start >= s.Start })
	for i := first; i < len(doc.Mentions) && doc.Mentions[i].Start < s.End; i++ {
		m := doc.Mentions[i]
		if m.End > s.End || m.Entity == "" {
			continue
		}
		role := litopys.RoleOther
		prep := preps[i]
		switch {
		case m.Type == litopys.LOC && placePreps[prep]:
			role = litopys.RolePlace
		case m.End <= trStart && prep == "":
			agent = i
		case m.Start >= trStart && prep == "":
			role = litopys.RolePatient
		case m.Start >= trStart && (prep == "с" || prep == "з" || prep == "із" || prep == "with" || prep == "против" || prep == "проти" || prep == "against"):
			role = litopys.RolePatient
		}
		if k, ok := seen[m.Entity]; ok {
			if out[k].Role == litopys.RoleOther && role != litopys.RoleOther {
				out[k].Role = role
			}
			continue
		}
		seen[m.Entity] = len(out)
		out = append(out, litopys.Participant{Entity: m.Entity, Role: role, Text: m.Text, Start: m.Start, End: m.End})
	}
	// Only the nearest subject before the trigger is its agent.
	if agent >= 0 {
		if k, ok := seen[doc.Mentions[agent].Entity]; ok {
			out[k].Role = litopys.RoleAgent
		}
	}
	return out
}

// prepBefore returns the lower-cased preposition right before offset, or "".
func prepBefore(doc *litopys.Document, off int) string {
	t := strings.TrimRight(doc.Text[:off], " \"(«„“")
	end := len(t)
	start := end
	for start > 0 && t[start-1] != ' ' && t[start-1] != '\n' && end-start < 16 {
		start--
	}
	if end-start >= 16 || start == end {
		return "" // prepositions are short
	}
	w := strings.ToLower(t[start:end])
	if placePreps[w] || otherPreps[w] {
		return w
	}
	return ""
}

// otherPreps are prepositions that make a mention an adjunct of another kind.
var otherPreps = map[string]bool{"с": true, "with": true, "против": true, "проти": true, "against": true, "от": true, "від": true,
	"для": true, "о": true, "об": true, "про": true, "по": true, "между": true, "між": true}
