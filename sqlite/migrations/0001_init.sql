-- Documents: one row each, the whole analysed document as gzipped JSON in
-- body, and the columns listings and filters need.
CREATE TABLE documents (
	seq          INTEGER PRIMARY KEY,
	id           TEXT    NOT NULL UNIQUE,
	url          TEXT    NOT NULL DEFAULT '',
	outlet       TEXT    NOT NULL DEFAULT '',
	lang         TEXT    NOT NULL DEFAULT '',
	title        TEXT    NOT NULL DEFAULT '',
	published    TEXT    NOT NULL DEFAULT '', -- ISO 8601 at its precision
	day          INTEGER NOT NULL DEFAULT 0,  -- yyyymmdd of published, 0 unknown
	analyser     TEXT    NOT NULL,
	content_hash TEXT    NOT NULL,
	words        INTEGER NOT NULL,
	text         TEXT    NOT NULL,
	body         BLOB    NOT NULL,
	added_at     TEXT    NOT NULL
);
CREATE INDEX documents_day ON documents (day DESC, seq DESC);
CREATE INDEX documents_lang ON documents (lang, day DESC);
CREATE INDEX documents_outlet ON documents (lower(outlet), day DESC);
CREATE INDEX documents_hash ON documents (content_hash);

-- Entities, the same across documents and languages; entity_names keeps
-- every name met, lang '' for aliases.
CREATE TABLE entities (
	id   TEXT PRIMARY KEY,
	type TEXT NOT NULL,
	name TEXT NOT NULL,
	key  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_key ON entities (key);
CREATE TABLE entity_names (
	entity TEXT NOT NULL,
	lang   TEXT NOT NULL,
	name   TEXT NOT NULL,
	PRIMARY KEY (entity, lang, name)
) WITHOUT ROWID;

CREATE TABLE mentions (
	doc        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	n          INTEGER NOT NULL,
	entity     TEXT    NOT NULL,
	type       TEXT    NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT    NOT NULL,
	base       TEXT    NOT NULL,
	PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity, doc);

CREATE TABLE events (
	doc     INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	n       INTEGER NOT NULL,
	type    TEXT    NOT NULL,
	trigger TEXT    NOT NULL,
	date    TEXT    NOT NULL,
	source  TEXT    NOT NULL,
	text    TEXT    NOT NULL,
	PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX events_type ON events (type, date);

CREATE TABLE attributions (
	doc    INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	n      INTEGER NOT NULL,
	source TEXT    NOT NULL,
	via    TEXT    NOT NULL,
	cue    TEXT    NOT NULL,
	quote  TEXT    NOT NULL,
	text   TEXT    NOT NULL,
	PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX attributions_source ON attributions (source);

-- The search index (package search): terms with their document frequency
-- and postings keyed by (term, doc), carrying what BM25 and the date
-- filter need so that a query reads nothing else.
CREATE TABLE terms (
	id   INTEGER PRIMARY KEY,
	term TEXT    NOT NULL UNIQUE,
	df   INTEGER NOT NULL
);
CREATE TABLE postings (
	term INTEGER NOT NULL,
	doc  INTEGER NOT NULL,
	tf   INTEGER NOT NULL,
	len  INTEGER NOT NULL,
	day  INTEGER NOT NULL,
	PRIMARY KEY (term, doc)
) WITHOUT ROWID;

CREATE TABLE stats (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	docs  INTEGER NOT NULL,
	words INTEGER NOT NULL
);
INSERT INTO stats (id, docs, words) VALUES (1, 0, 0);
