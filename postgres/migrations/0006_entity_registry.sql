-- The entity registry (package internal/registry): one identity per real
-- entity across documents, languages and scripts. Documents keep the ids
-- the analyser gave their mentions ("locals": a gazetteer id or a type and
-- match key); the registry maps each to its entity, which any id it was
-- ever known by redirects to. A step in Go after this script registers
-- the documents already stored.
CREATE TABLE entity_locals (
	id         TEXT    PRIMARY KEY,
	entity     TEXT    NOT NULL DEFAULT '',
	type       TEXT    NOT NULL,
	key        TEXT    NOT NULL DEFAULT '',
	mentions   INTEGER NOT NULL DEFAULT 0,
	first_seen TEXT    NOT NULL DEFAULT '',
	last_seen  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX entity_locals_entity ON entity_locals (entity);
CREATE TABLE entity_aliases (
	local TEXT    NOT NULL,
	lang  TEXT    NOT NULL,
	name  TEXT    NOT NULL,
	n     INTEGER NOT NULL,
	term  TEXT    NOT NULL, -- name lower-cased, for lookups
	mkey  TEXT    NOT NULL, -- match key of the name
	PRIMARY KEY (local, lang, name)
);
CREATE INDEX entity_aliases_term ON entity_aliases (term);
CREATE INDEX entity_aliases_mkey ON entity_aliases (mkey);
CREATE TABLE entity_keys (
	key   TEXT NOT NULL,
	local TEXT NOT NULL,
	PRIMARY KEY (key, local)
);
CREATE TABLE entity_registry (
	id         TEXT    PRIMARY KEY,
	type       TEXT    NOT NULL,
	name       TEXT    NOT NULL,
	name_ru    TEXT    NOT NULL DEFAULT '',
	name_uk    TEXT    NOT NULL DEFAULT '',
	name_en    TEXT    NOT NULL DEFAULT '',
	mentions   INTEGER NOT NULL,
	types      TEXT    NOT NULL DEFAULT '{}', -- mentions by the analyser's type, JSON
	first_seen TEXT    NOT NULL DEFAULT '',
	last_seen  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX entity_registry_mentions ON entity_registry (mentions DESC, id);
CREATE TABLE entity_redirects (
	id     TEXT PRIMARY KEY,
	target TEXT NOT NULL
);
CREATE INDEX entity_redirects_target ON entity_redirects (target);
CREATE TABLE entity_changes (
	seq    BIGSERIAL PRIMARY KEY,
	at     TEXT    NOT NULL,
	kind   TEXT    NOT NULL, -- merge, rename, split
	old_id TEXT    NOT NULL,
	new_id TEXT    NOT NULL,
	manual INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entity_changes_old ON entity_changes (old_id);
CREATE INDEX entity_changes_new ON entity_changes (new_id);
CREATE TABLE entity_rules (
	seq  BIGSERIAL PRIMARY KEY,
	kind TEXT    NOT NULL, -- merge (two ids) or split (the ids split off)
	ids  TEXT    NOT NULL, -- newline-separated
	at   TEXT    NOT NULL
);
