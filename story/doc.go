// Package story groups articles about the same thing, across languages and
// outlets, into stories bounded in time and meaning, groups related stories
// into threads, and builds one merged, deduplicated chronology per story.
//
// # Stories (Clusterer)
//
// Clusterer.Add places one analysed article at a time, in the order given;
// nothing is ever re-clustered. An article is described by
//
//   - its entities: the cross-lingual entity ids of its mentions, each
//     mention counting 1, 2 in the lead (title and first paragraph), and
//     3 more when a mention of the entity is written in the title, which
//     many inputs keep apart from the analysed text; countries and places
//     count half, since many distinct stories share them;
//   - its lemmas: content words (three letters or more, no digits, not a
//     function word), weighted the same way, the title's words taking the
//     lemma of the same word form in the text, or of a text word sharing
//     its stem (all but its last two letters, five or more), else kept as
//     written (the 150 heaviest kept);
//   - its day: the publication day, or, for an undated article, the latest
//     day seen (it is taken to be news when it comes).
//
// Counts are damped (1+ln n) and weighted by specificity, an IDF ln(1+N/df)
// over the articles remembered, and each vector is made a unit vector; the
// vectors as weighted when the article was placed are what its story keeps
// (and what the story log records). A story keeps the sum of its articles'
// entity vectors and, per language, of their lemma vectors (pruned to the
// 600 heaviest features when they pass 1200), and the days of its first
// and last article.
//
// The similarity of an article to a story is the cosine with the story's
// entity centroid, blended (EntityShare 0.3 : 0.7) with the cosine of the
// lemma centroid of the article's language when the story has one:
// languages meet through entity ids. The article joins the most similar
// story it may join at or above Threshold (0.30), raised twice: by
// (1+Growth*ln(n/GrowFrom)) for a story of n articles, n more than
// GrowFrom (4) — the threshold grows with a large story, whose broad
// centroid resembles much, so that it does not absorb its neighbours,
// while the small stories most developments make are left alone; and by
// (1+Later*g) (Later 0.2) for an article g days after the story's last (g
// at most Quiet): the reports of one development come close together,
// and a later day's report that resembles a story is often the next
// edition of a daily series (losses, exchange rates, a forecast). An
// undated article counts as Quiet days later: nothing bounds it in time,
// so only a close resemblance places it in a story. A story may take an article of day d when it is not quiet (its last
// article at most Quiet, 3, days before d) and its span stays within Span
// (7) days; an article beyond doubt the same development (similarity
// Rejoin, 0.5, or more) may join it up to Keep (60) days from its first.
// Otherwise the article starts a story, which continues (Story.Continues)
// the most similar story above the threshold, if any: a story that went
// quiet and resumes is a new story linked to the old one.
//
// Threads group related stories for browsing: a new story joins the thread
// of the story it continues, else of the most similar story at or above
// Thread (0.12), else starts a thread; a thread's id is its first story's.
//
// Only candidate stories are compared: an inverted index maps each of the
// 10 heaviest entities and 10 heaviest lemmas of every article to its
// story; an article looks up its 15+15 heaviest (skipping features of more
// than 256 stories, which tell nothing apart), and the 40 candidates with
// the most shared weight are scored in full.
//
// Near-duplicates (reprints, syndicated copies) are found first: a MinHash
// signature of 64 hashes over the article's lemma 3-shingles, bucketed by
// LSH in 16 bands of 4 rows; a remembered article whose estimated Jaccard
// similarity is at least Duplicate (0.7), and whose story may still take
// the new one (within Keep days), makes it its duplicate. A duplicate
// joins the original's story, flagged, and changes neither the centroids
// nor the document frequencies. Articles shorter than 8 shingles are never
// duplicates.
//
// # Bounded memory, and the story log (Log)
//
// The clusterer remembers only the stories whose last article is at most
// Keep days before the latest day seen: older ones are forgotten with their
// articles' signatures, index entries and document frequencies (New keeps
// their members for Stories; the story log's Log does not). Its state is
// therefore a function of the recent articles alone, and memory does not
// grow with the corpus. Log keeps such a clusterer in step with a store's
// story log: a writer that starts loads the log's window (the entries of
// the stories within Keep days of the latest, litopys.StoryWindow) and
// reaches exactly, bit for bit, the state of a writer that saw the whole
// log (TestLogWriters), because every entry carries the article's vectors
// as decided.
//
// Story ids are "story-" plus the first article's id ("~2", "~3" when that
// id started a story before). Given the same articles in the same order the
// result is the same: ties are broken by order, never by map iteration.
//
// # How the options were chosen
//
// On the hand-made story gold (story/testdata/gold, docs/EVAL.md "Story
// gold"): Threshold, Growth, GrowFrom, Later, EntityShare and the title
// weight were chosen on the uk file (595 articles of two days; B-cubed F1
// 0.853 at the defaults when chosen in session 25), the ru file (413
// articles of four days) held out (docs/EVAL.md has the figures of the
// code as it is). Growth was set to 0.2 rather than 0 because without it
// the largest story of the whole ru corpus, undated Russia Today articles
// with no time bound, held 171 articles on one interview format; GrowFrom
// and Later were added in session 25 (uk 0.842 → 0.853 with Threshold
// 0.26 → 0.30; 0.28 gives 0.862 on uk, but larger stories on the ru
// corpus). Undated articles counting as Quiet days later took the largest
// story of the whole ru corpus from 125 to 28 articles.
// Quiet, Span, Keep and Rejoin were not tuned on a gold (the gold's windows
// are two and four days): Span keeps a story within a week, Keep (60) and
// Rejoin (0.5) keep the two seed articles, 47 days apart and similar at
// 0.535, one story. Duplicate (0.7) was set by reading the pairs it flags
// on BSNLP: reprints with edited titles or a changed paragraph. The BSNLP
// topics, months long, are threads rather than stories: there stories keep
// precision above 0.99 and threads gather the topics (EVAL.md).
//
// # Chronology
//
// Chronology lists the dated events of a story's articles in date order.
// The most precise reports found rows; a report joins a row of the same
// type whose date its own contains (a "2023-09" report joins a 2023-09-12
// row, never a 2023-10 one) and whose participants agree: they must share
// a person or organisation (or, when neither names one, two places), and
// the shared weight (person 3, organisation 2, place 1) must be at least a
// third of the smaller report's. Among several rows the one sharing the
// most people and organisations wins. Two events of one statement (same
// article and evidence) always merge. ForEntity filters the rows to those
// an entity takes part in.
package story
