-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 7, PostgreSQL form (the SQLite form, ../007_import_and_phrases.sql,
-- changes nothing). Two changes for speed, both measured on 10,000 articles (docs/performance.md):
-- 1. The rows of entity_forms, entity_words and visit_forms lose their foreign keys: checking
--    them cost one query per inserted row, about a fifth of an import's server time. Integrity is
--    kept by the writers (an article and all its rows are written in one transaction, entity and
--    visit ids given in the same statement as their forms) and, for deletions, by two
--    statement-level triggers that remove the forms and words of deleted entities and visits, as
--    the foreign keys' ON DELETE CASCADE did.
-- 2. Phrases are answered by the GIN index: besides its words, `fts` holds every pair of adjacent
--    words as one lexeme without position, written '~first second' (a lexeme of the parser never
--    holds a space, so no word or prefix query can meet one). A phrase search first asks the
--    index for the articles holding all its pairs, then checks the phrase's positions on those
--    few (ArticleLibrary::searchServer). The pairs are made from the positions of `fts` itself,
--    so every article the phrase matches holds them (or '~*', below): no match can be lost.
ALTER TABLE entity_forms DROP CONSTRAINT IF EXISTS entity_forms_entity_id_fkey;
ALTER TABLE entity_words DROP CONSTRAINT IF EXISTS entity_words_entity_id_fkey;
ALTER TABLE visit_forms DROP CONSTRAINT IF EXISTS visit_forms_visit_id_fkey;
CREATE FUNCTION lector_entities_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM entity_forms WHERE entity_id IN (SELECT id FROM gone);
    DELETE FROM entity_words WHERE entity_id IN (SELECT id FROM gone);
    RETURN NULL;
END;
$$;
CREATE TRIGGER entities_deleted AFTER DELETE ON entities REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION lector_entities_deleted();
CREATE FUNCTION lector_visits_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM visit_forms WHERE visit_id IN (SELECT id FROM gone);
    RETURN NULL;
END;
$$;
CREATE TRIGGER visits_deleted AFTER DELETE ON visits REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION lector_visits_deleted();
-- The pairs of adjacent words of a vector, from its positions.
CREATE FUNCTION lector_pairs(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT array_to_tsvector(coalesce(array_agg(pair), '{}')) FROM (
        SELECT '~' || lexeme || ' ' || lead(lexeme) OVER w AS pair, pos, lead(pos) OVER w AS next
        FROM (SELECT u.lexeme, pos FROM unnest(v) u, unnest(u.positions) pos) x
        WINDOW w AS (ORDER BY pos)) y
    WHERE next = pos + 1;
END;
-- What version 1 indexed (the title, weight A, and the body, weight B), and its pairs. A
-- tsvector holds at most 1 MB: when the pairs of a long article of many different words would
-- not fit, the article gets the lexeme '~*' instead ("pairs not indexed"), which every pair of a
-- query accepts, so its phrases are still found, by checking their positions.
CREATE FUNCTION lector_fts(title text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE
    PARALLEL SAFE
BEGIN ATOMIC
    SELECT v || CASE WHEN pg_column_size(v) + pg_column_size(p) < 1000000 THEN p
                     ELSE array_to_tsvector('{~*}') END
    FROM (SELECT v, lector_pairs(v) AS p FROM (SELECT
        setweight(to_tsvector('lector'::regconfig, left(title, 10000)), 'A') ||
        setweight(to_tsvector('lector'::regconfig, left(body, 400000)), 'B') AS v) s OFFSET 0) t;
END;
ALTER TABLE articles DROP COLUMN fts;
ALTER TABLE articles ADD COLUMN fts TSVECTOR GENERATED ALWAYS AS (lector_fts(title, body)) STORED;
CREATE INDEX articles_fts ON articles USING gin (fts);
-- 3. A correction's notification names the server process that made it ('pid'), so a window
--    hears its own commits as its own although it LISTENs on a connection of its own
--    (LibraryWatcher).
CREATE OR REPLACE FUNCTION lector_correction_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r corrections;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('lector_corrections', json_build_object(
        'article', coalesce(r.article_id, 0), 'id', r.id, 'author', r.author,
        'action', lower(TG_OP), 'kind', r.kind, 'text', left(r.text, 200),
        'pid', pg_backend_pid())::text);
    RETURN NULL;
END;
$$;
