-- Stories live in the store: a read model of stories, threads and the
-- entities of each story, kept by the writers in the transaction that
-- assigns the stories (package internal/storyrm), so that a process opening
-- the store serves stories at once instead of replaying the log. The log
-- gains each story's thread, the story a story continues, and the day the
-- assigner placed the document on; its entries are now the articles'
-- vectors as decided, which the entries of schema 3 are not, so the log is
-- emptied and litopys migrate assigns every document again, oldest first.
DELETE FROM story_log;
ALTER TABLE story_log ADD COLUMN thread TEXT NOT NULL DEFAULT '';
ALTER TABLE story_log ADD COLUMN continues TEXT NOT NULL DEFAULT '';
ALTER TABLE story_log ADD COLUMN day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE story_log ADD COLUMN events BYTEA; -- what the story's chronology reads of the document (internal/storyrm)
CREATE INDEX story_log_story ON story_log (story, seq);
CREATE INDEX story_log_doc ON story_log (doc);
CREATE INDEX doc_entities_doc ON doc_entities (doc);

CREATE TABLE stories (
	id        TEXT    PRIMARY KEY,
	thread    TEXT    NOT NULL,
	continues TEXT    NOT NULL DEFAULT '',
	title     TEXT    NOT NULL DEFAULT '',
	first     TEXT    NOT NULL DEFAULT '', -- publication dates, ISO 8601
	last      TEXT    NOT NULL DEFAULT '',
	first_day INTEGER NOT NULL,            -- days since 1970 the assigner placed documents on
	last_day  INTEGER NOT NULL,
	docs      INTEGER NOT NULL,
	dups      INTEGER NOT NULL,
	langs     TEXT    NOT NULL,            -- JSON counts
	outlets   TEXT    NOT NULL
);
CREATE INDEX stories_latest ON stories (last_day DESC, docs DESC, id);
CREATE INDEX stories_thread ON stories (thread, last_day DESC);
CREATE INDEX stories_continues ON stories (continues);

CREATE TABLE threads (
	id        TEXT    PRIMARY KEY,
	title     TEXT    NOT NULL DEFAULT '',
	stories   INTEGER NOT NULL,
	docs      INTEGER NOT NULL,
	first     TEXT    NOT NULL DEFAULT '',
	last      TEXT    NOT NULL DEFAULT '',
	first_day INTEGER NOT NULL,
	last_day  INTEGER NOT NULL
);
CREATE INDEX threads_latest ON threads (last_day DESC, docs DESC, id);

CREATE TABLE story_entities (
	story  TEXT    NOT NULL,
	entity TEXT    NOT NULL,
	docs   INTEGER NOT NULL,
	PRIMARY KEY (story, entity)
);
CREATE INDEX story_entities_entity ON story_entities (entity);
