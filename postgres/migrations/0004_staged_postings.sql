-- SQLite stages new postings in a small table before moving them into
-- postings (its 0004_staged_postings.sql); PostgreSQL writes postings
-- straight into their table, so this version changes nothing here. It
-- exists so that both stores have one list of migrations and one schema
-- version. Databases numbered before this script are renumbered by
-- renumber (migrate.go).
SELECT 1;
