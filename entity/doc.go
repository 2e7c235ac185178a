// Package entity turns recognised mention spans into mentions with base forms
// and links them into entities: within a document, short forms join their
// full form (Паком → Пак Чжин, Госдеп → Государственный департамент, an
// acronym → its expansion); across documents and languages, mentions meet
// through the gazetteer and through match keys of their base forms, so that
// every entity ID is derived from what the entity is, not from the order the
// documents came in.
package entity
