-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 6, PostgreSQL form of ../006_correction_authors.sql: who made
-- each correction (the server's user name; `created` already says when), and the notification
-- that tells every other window on the library about a new or removed correction within a
-- second (LISTEN lector_corrections; the payload is JSON: article, author, action, text).
ALTER TABLE corrections ADD COLUMN author TEXT NOT NULL DEFAULT '';
CREATE FUNCTION lector_correction_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r corrections;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('lector_corrections', json_build_object(
        'article', coalesce(r.article_id, 0), 'id', r.id, 'author', r.author,
        'action', lower(TG_OP), 'kind', r.kind, 'text', left(r.text, 200))::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER corrections_notify AFTER INSERT OR DELETE ON corrections
    FOR EACH ROW EXECUTE FUNCTION lector_correction_notify();
