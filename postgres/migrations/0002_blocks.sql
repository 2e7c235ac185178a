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
	blk  BIGINT  NOT NULL,
	n    INTEGER NOT NULL,
	data BYTEA   NOT NULL,
	PRIMARY KEY (term, blk)
);
ALTER TABLE documents ADD COLUMN blk BIGINT NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN textz BYTEA;

-- The story log: the story each added document joined, in the order the
-- documents were assigned (package story replays it). seq is numbered by
-- the writers under an advisory lock, without gaps.
CREATE TABLE story_log (
	seq       BIGINT PRIMARY KEY,
	doc       TEXT NOT NULL,
	story     TEXT NOT NULL,
	dup_of    TEXT NOT NULL DEFAULT '',
	lang      TEXT NOT NULL DEFAULT '',
	outlet    TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	features  BYTEA
);
