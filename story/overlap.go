package story

import (
	"strings"

	"github.com/litopys/litopys"
)

// Participant weights in the overlap test: people identify an event best,
// then organisations and named things, then places and countries, which
// many distinct events share.
const (
	weightPerson = 3
	weightOrg    = 2
	weightPlace  = 1
	// minShared is the least shared weight for two reports to be one
	// event: one person or organisation, or two places.
	minShared   = 2
	strongBonus = 4
)

// weight returns the weight of a participant of the given entity type.
func weight(typ string, p litopys.Participant) int {
	if typ == "" {
		typ, _, _ = strings.Cut(p.Entity, "-")
	}
	if p.Role == "place" {
		return weightPlace
	}
	switch typ {
	case "PER":
		return weightPerson
	case "ORG", "EVT", "PRO":
		return weightOrg
	}
	return weightPlace
}

// overlap scores how much two reports' participants agree, 0 when they
// cannot be one event. They must share a person or an organisation, unless
// neither names one, in which case they must share places of weight
// minShared; the shared weight must also be a third of the smaller
// report's. Shared people and organisations count strongBonus times over,
// so a report that shares two people with one row and one person and two
// countries with another joins the first.
func overlap(a, b []participant) int {
	strong, weak, wa, wb := 0, 0, 0, 0
	aStrong, bStrong := false, false
	for _, p := range a {
		wa += p.w
		aStrong = aStrong || p.w > weightPlace
	}
	for _, q := range b {
		wb += q.w
		bStrong = bStrong || q.w > weightPlace
		for _, p := range a {
			if p.id != q.id {
				continue
			}
			if w := min(p.w, q.w); w > weightPlace {
				strong += w
			} else {
				weak += w
			}
			break
		}
	}
	switch {
	case strong == 0 && (aStrong || bStrong), strong+weak < minShared, 3*(strong+weak) < min(wa, wb):
		return 0
	}
	return strongBonus*strong + weak
}
