-- Lean layer tables. Mentions are read only as "which documents mention
-- entity X, and how often": one row per distinct entity and document takes
-- their place. Events and attributions lose their text, which the body keeps
-- with every layer whole; the tables stay an index of type, date, source,
-- via and cue.
CREATE TABLE doc_entities (
	entity TEXT    NOT NULL,
	doc    BIGINT  NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	n      INTEGER NOT NULL, -- mentions of the entity in the document
	PRIMARY KEY (entity, doc)
);
INSERT INTO doc_entities (entity, doc, n)
	SELECT entity, doc, count(*) FROM mentions WHERE entity <> '' GROUP BY entity, doc;
DROP TABLE mentions;
ALTER TABLE events DROP COLUMN text;
ALTER TABLE attributions DROP COLUMN text;
