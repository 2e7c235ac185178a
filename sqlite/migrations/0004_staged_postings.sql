-- New postings are staged: each batch writes its blocks here, a small table
-- whose pages stay in the writer's cache, and the writer moves them into
-- postings every few batches, a term's staged blocks combined and in term
-- order (see stage.go). Writing straight into postings, whose rows are
-- ordered by term, dirtied one page of that large index per distinct term
-- of every batch. A term's staged blocks are all newer than its blocks in
-- postings: readers read both, postings first.
CREATE TABLE postings_new (
	term TEXT    NOT NULL,
	blk  INTEGER NOT NULL,
	n    INTEGER NOT NULL,
	data BLOB    NOT NULL,
	PRIMARY KEY (term, blk)
) WITHOUT ROWID;
