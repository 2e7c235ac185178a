// Package corpus reads the annotated named-entity corpora under
// shared/data (BSNLP, ner-uk, factRuEval-2016, Collection5) into one shape:
// a text with typed mentions at byte offsets, in the BSNLP scheme
// PER, ORG, LOC, EVT, PRO.
//
// Every source gives character (rune) offsets; they are converted to byte
// offsets here and checked against the text. Types outside the scheme are
// dropped, the others mapped: ner-uk PERS→PER; factRuEval Person/Org/
// Location/LocOrg → PER/ORG/LOC/LOC; Collection5 GEOPOLIT→LOC, MEDIA→PRO.
//
// Licences: BSNLP none stated; ner-uk CC BY-NC-SA 4.0; factRuEval-2016 MIT;
// Collection5 none stated.
package corpus
