-- The search index becomes blocks of postings: one row per term and batch
-- of documents (blk, at most the seq of the batch's first document; n, the
-- number of postings; data, their encoding by package search). A term's
-- document frequency is the sum of its n. The index is rebuilt from the
-- stored documents by a step in Go after this script, which also moves
-- each document's text out of its body into textz (compressed) and drops
-- the text column.
DROP TABLE postings;
DROP TABLE terms;
CREATE TABLE postings (
	term TEXT    NOT NULL,
	blk  INTEGER NOT NULL,
	n    INTEGER NOT NULL,
	data BLOB    NOT NULL,
	PRIMARY KEY (term, blk)
) WITHOUT ROWID;
ALTER TABLE documents ADD COLUMN blk INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN textz BLOB;

-- The story log: the story each added document joined, in the order the
-- documents were assigned (package story replays it).
CREATE TABLE story_log (
	seq       INTEGER PRIMARY KEY,
	doc       TEXT NOT NULL,
	story     TEXT NOT NULL,
	dup_of    TEXT NOT NULL DEFAULT '',
	lang      TEXT NOT NULL DEFAULT '',
	outlet    TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	features  BLOB
);
