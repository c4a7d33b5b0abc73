-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 4: indexes for the library's searches. searchEntity() finds an
-- entity by a whole form or by the words at either end of one ("Okafor" or "Maria" finds "Maria
-- Okafor"); a LIKE '% Okafor' over entity_forms cannot use an index and read every form of the
-- library. entity_words holds, for each form of several words, its parts before and after each
-- space ("Maria", "Maria Ana", "Ana Okafor", "Okafor" for "Maria Ana Okafor"), so that search is
-- two index lookups. Rows of existing libraries are made here from entity_forms.
-- The library panel searches as the user types ("b*", "bu*", "bud*"): the full-text index is
-- made again with prefix indexes of one and two characters, so a short prefix is one index
-- lookup instead of a merge of every term it begins (about three times faster on 10,000
-- articles, for a third more index).
CREATE TABLE entity_words (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    word TEXT NOT NULL COLLATE NOCASE
);
WITH RECURSIVE spaces(entity_id, form, pos) AS (
    SELECT entity_id, form, instr(form, ' ') FROM entity_forms WHERE instr(form, ' ') > 0
    UNION ALL
    SELECT entity_id, form, pos + instr(substr(form, pos + 1), ' ') FROM spaces
        WHERE instr(substr(form, pos + 1), ' ') > 0
)
INSERT INTO entity_words (entity_id, word)
    SELECT DISTINCT entity_id, substr(form, 1, pos - 1) FROM spaces
    UNION SELECT entity_id, substr(form, pos + 1) FROM spaces;
CREATE INDEX entity_words_word ON entity_words(word);
CREATE INDEX entity_words_entity ON entity_words(entity_id);
-- An import no longer indexes each article for full-text search as it is inserted (trigger
-- articles_ai) but all articles of a batch at its end (ArticleWriter::finish()): FTS5 writes
-- its pending terms to disk whenever a later statement of the transaction opens a savepoint,
-- so per-article indexing made one small FTS segment per article, and merging them cost more
-- than the rest of the write. Deletions and updates keep their triggers.
DROP TRIGGER articles_ai;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2'
);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
