package search

import "strings"

// NameReadings returns the spellings a name typed into a search box may
// stand for: as written, and with every word in its base form read as
// Russian, then as Ukrainian ("Зеленського" → "зеленського", "зеленський"),
// all lower-cased. Entity lookups match them against the
// names entities were mentioned by.
func (a *Analyzer) NameReadings(text string) []string {
	words := queryWords(text)
	if len(words) == 0 {
		return nil
	}
	if len(words) > maxNameWords {
		words = words[:maxNameWords]
	}
	out := []string{strings.ToLower(strings.Join(words, " "))}
	for _, lang := range []string{"ru", "uk"} {
		parts := make([]string, len(words))
		for i, w := range words {
			l, _ := a.morph.Lemma(w, lang)
			parts[i] = strings.ToLower(l)
		}
		out = append(out, strings.Join(parts, " "))
	}
	return uniq(out)
}

// Entity makes the plan's filter on the entity id match any of ids, the
// ids documents use for that entity (an entity registry's members).
func (p *Plan) Entity(id string, ids []string) {
	for i, g := range p.Groups {
		if g.Filter && g.Word == "entity:"+id {
			p.Groups[i].Terms = p.Groups[i].Terms[:0]
			for _, m := range ids {
				p.Groups[i].Terms = append(p.Groups[i].Terms, EntityTerm(m))
			}
		}
	}
}
