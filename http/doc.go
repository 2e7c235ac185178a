// Package http serves the store over HTTP: a JSON API under /api/ (described
// by the OpenAPI document at /api/openapi.json) and server-rendered HTML
// pages for people — the latest stories, a story with its chronology drawn
// as an SVG timeline, an entity with its names and co-occurrences, a
// document with its entities, dates, events and attributions highlighted,
// and search.
//
// Pages and API share one data layer (data.go): a handler builds a view
// value once and writes it either as JSON or through an html/template. The
// templates and the CSS are embedded from ui/ and parsed when the server is
// made, so a broken template fails at start-up. Article text is untrusted:
// it reaches HTML only through html/template's escaping, split into
// highlighted segments in Go, never as template.HTML. No page needs
// JavaScript.
//
// Stories and threads are the store's read model (litopys.StoryReader),
// which its writers keep as they assign stories: Index reads it, and the
// store's tables for entities and document summaries, so a server loads
// nothing at start and shows what any writer committed at once.
package http
