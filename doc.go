// Package litopys holds the domain of the litopys news chronicle: the
// documents it reads and the layers its analysis stages add to them
// (segments, tokens, entities, dates, events, attributions, stories),
// together with the small interfaces the adapters implement.
//
// It imports nothing else of the project. Analysis stages live in their own
// packages (extract, langid, segment, morph, …) and are composed explicitly
// by package pipeline; storage and transport adapters are named after their
// dependency (sqlite, postgres, natsq, http).
package litopys
