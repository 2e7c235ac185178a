// Package eval scores litopys output against gold files: named entities the
// BSNLP shared-task way, dated events and attributions against a timeline
// gold file, and story clusters with B-cubed. It holds pure functions and the
// readers of the gold formats; `litopys eval ner|timeline|clusters` wires
// them to files.
//
// # Named entities (ScoreNER)
//
// Gold and system documents are sets of distinct mention forms, as in BSNLP
// .out files, paired by Doc.Key ("topic/lang/id": BSNLP document ids repeat
// across topics). Forms and base forms are compared after lower-casing,
// collapsing white space and mapping typographic apostrophes to "'";
// types are upper-cased and GPE counts as LOC. In a topic whose gold uses
// MISC (BSNLP 2017: EVT or PRO, not told apart) the system's EVT and PRO
// count as MISC. Counts are summed over documents (micro average) per
// language, per topic and language (topics.{topic}.{lang}) and for "all".
//
// The definitions follow the BSNLP 2019 shared-task report, whose
// evaluator (a Java tool, ner-evaluator 19.0.4) is not available as a
// library to any registry this project can use; this is our reading of its
// text, applied per type and summed over types:
//
//   - relaxed_partial and relaxed_exact: "an entity mentioned in a document
//     counts as extracted correctly if the system response includes at
//     least one annotation of a named mention of it" — exactly the same
//     form (exact) or one form containing the other (partial, plain
//     substring after lower-casing). The unit is the gold entity of the
//     document (its cross-lingual id, else its base form, else its form):
//     it is a true positive once found, however many system forms match
//     it; a system form that matches no gold form of its type is a false
//     positive. P = found / (found + unmatched system forms),
//     R = found / gold entities. per_type is relaxed_partial per type.
//   - strict: "exactly one annotation for each unique form of each
//     entity's mentions": the unit is the distinct (form, type) pair and
//     must be equal on both sides, so a system form listed under two types
//     counts one wrong pair. strict_per_type is strict per type.
//   - base_form_accuracy: over gold units the system found under strict
//     matching, the share whose system base form equals the gold one.
//
// worst.{lang} names the topic with the lowest relaxed_partial and strict
// F1, and per type the lowest relaxed_partial F1 among topics with at
// least MinTypeGold gold entities of the type: the headline of a
// leave-one-topic-out evaluation.
//
// Linking is LEA (Moosavi & Strube 2016), the metric BSNLP used for
// cross-lingual entity matching, over all documents of all languages (and
// per language in each LangReport). A mention is (document, form, type); the
// key entity is the gold id, the response entity the system id (an empty id
// is a singleton). "linking" scores only the mentions the system recognised
// (strict match), so it measures linking apart from recognition;
// "linking_end_to_end" scores all gold against all system mentions.
// false_merges counts system-linked pairs whose gold ids differ.
//
// # Timeline (ScoreTimeline)
//
// Gold is the timeline.json format of seeds/gold. A system event matches a
// gold event of the same document when their evidence overlaps: the gold
// evidence string is located in the system's text of the document (all
// occurrences) and the system evidence span, given or located from its
// evidence text, overlaps one of them by at least one byte. Without a text
// the evidence strings must share a run of words at least half as long as
// the shorter one and at least two words long. The matching is one-to-one and
// maximum, preferring pairs with the right date (Hungarian algorithm).
// events P/R/F1 counts matched events; events_dated counts only those with
// the right date value and granularity; dates.accuracy is that share of the
// matched events. Attributions match on document, source id and evidence
// overlap, and on the via id when the gold gives one. System entity ids are
// translated to gold ids by SystemTimeline.MapID (GoldIDMap builds one from
// mention overlap); without it ids are compared as they are.
//
// # Clusters (ScoreClusters)
//
// B-cubed precision and recall of system document clusters against gold ones
// (each BSNLP topic is one story): per gold document, the share of its system
// cluster that is in its gold cluster and vice versa, averaged over gold
// documents. A gold document the system did not cluster is a singleton.
//
// # Extracted text (ScoreExtraction, ScoreSnippets)
//
// Pages in the Readability.js test layout (ReadPages) with a reference
// extraction. Tokens are the maximal runs of letters, digits, marks and "_"
// (Python's \w+), compared as written. ScoreExtraction counts the multiset
// overlap of tokens (bag of words) and of 4-token shingles (scrapinghub's
// article-extraction-benchmark): P = matched/system, R = matched/gold;
// summing the counts over pages gives the pooled (micro) score. Snippets:
// must-keep are the first, longest and last reference blocks of 10+
// tokens, found when their tokens run adjacent in the output; must-drop are
// the page's blocks of 10+ tokens that share no shingle with the reference.
// SplitOf puts a page in the tune or held-out half by the FNV-1a hash of its
// name.
package eval
