// Package pipeline composes the analysis stages into one explicit chain:
// extract → segment → language → lemmas (and, as they land, entities, dates,
// events, attributions). Each stage is a plain function of its package; this
// package only calls them in order and owns the models they share.
package pipeline
