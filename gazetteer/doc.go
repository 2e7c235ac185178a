// Package gazetteer knows the names of well-known entities — countries,
// capitals, international organisations and the people, organisations,
// places and events of the annotated news — in Russian, Ukrainian and
// English, under the cross-lingual ids of the BSNLP annotations
// (GPE-Russia, ORG-European-Union, PER-Theresa-May).
//
// Load returns the gazetteer embedded in the binary (data.json.gz, about
// 0.1 MB); Lookup finds the entries a base-form name can refer to, after
// lower-casing and mapping ё to е and every apostrophe to "'".
//
// # Building
//
// Build(dataDir, "gazetteer/data.json.gz") rebuilds the embedded file from
// the project's shared data directory (../shared/data); `go test
// ./gazetteer -update` does the same. The inputs, in the order they are
// merged:
//
//  1. bsnlp/<topic>/annotated/<lang>/*.out: the base forms of each
//     cross-lingual id per language (a form used in one document only is
//     dropped unless it is the id's most frequent one; forms whose first
//     word has no capital letter are dropped), the type from the id prefix
//     (GPE is LOC), and for ids in three or more documents an English name
//     made from the id. BuildOptions.ExcludeTopics leaves topics out, so
//     that an NER model measured on a held-out topic does not see its
//     annotations through the gazetteer (FromData builds such a gazetteer
//     in memory).
//  2. gazetteers/country-list/{ru,uk,en}/country.csv: every ISO 3166-1
//     country, joined to the BSNLP entity with its name or made a new
//     GPE-<English-name> entry.
//  3. curated.tsv (embedded in the package): common aliases (РФ, США, ЄС),
//     international organisations and capitals, written for the project.
//  4. factRuEval-2016/{devset,testset}/*.coref: normalised Russian names of
//     persons, organisations and places named in two or more documents.
//
// # Public lists
//
// Public returns typed names from public lists only — no annotated news —
// for the NER model's features (so a model measured on a held-out topic
// may use all of them): ISO 3166-1 countries and ISO 3166-2 subdivisions
// with their ru and uk names from Debian's iso-codes, CLDR region names
// (golang.org/x/text/language/display), built by BuildPublic into
// public.tsv.gz (`litopys train gazetteer`; needs `apt-get install
// iso-codes`), and the curated lists/*.tsv: news agencies and broadcasters (ORG), media
// outlets, social networks and messengers (PRO, as BSNLP types a medium),
// parties, legislatures and state institutions, electoral bodies and
// international organisations (ORG).
//
// Finally entries of one type that share a canonical name (annotators wrote
// both GPE-Kiev and GPE-Kyiv) are merged, the other id kept in AltIDs.
// Entries are ordered by the number of annotated documents naming them,
// which also orders the result of an ambiguous Lookup. The licences of the
// sources are in LICENSES.
package gazetteer
