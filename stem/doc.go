// Package stem reduces words to search stems: Snowball Russian and English
// (github.com/kljensen/snowball) and a light Ukrainian suffix stripper
// written in the spirit of the Snowball Russian algorithm (see Ukrainian
// for its rules). Stems are for matching inflected forms in search, not
// words to show anyone. Stem is a plain function; a Stemmer adds a cache of
// recent words for hot loops (Snowball Russian costs microseconds a word).
package stem
