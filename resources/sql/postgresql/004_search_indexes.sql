-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 4, PostgreSQL form of ../004_search_indexes.sql: entity_words,
-- the parts of each entity form before and after each space, so searchEntity() is two index
-- lookups; rows of existing libraries are made here from entity_forms. The full-text index
-- needs no change: GIN finds prefixes (to_tsquery's :*) without extra prefix indexes, and the
-- tsvector column is generated per row by the server, so an import has nothing to batch.
CREATE TABLE entity_words (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    word TEXT NOT NULL COLLATE nocase
);
INSERT INTO entity_words (entity_id, word)
    SELECT DISTINCT f.entity_id, part FROM entity_forms f,
        LATERAL (SELECT generate_series(1, length(f.form)) AS pos) p,
        LATERAL (SELECT unnest(ARRAY[left(f.form, p.pos - 1), substr(f.form, p.pos + 1)]) AS part) x
    WHERE substr(f.form, p.pos, 1) = ' ' AND part <> '';
CREATE INDEX entity_words_word ON entity_words(word);
CREATE INDEX entity_words_entity ON entity_words(entity_id);
