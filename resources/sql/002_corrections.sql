-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 2: the user's corrections, applied on top of the automatic
-- analysis (CorrectionApplier). Spans are UTF-16 offsets into the article's body; the words at
-- them (text, target_text) are kept too, so a correction survives re-analysis. A NULL article_id
-- is a library-wide correction. Names (kind, scope, type, precision) are those of correction.h.
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    span_begin INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    target_begin INTEGER NOT NULL DEFAULT 0,
    target_end INTEGER NOT NULL DEFAULT 0,
    target_text TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    precision TEXT NOT NULL DEFAULT 'none',
    created TEXT NOT NULL
);
CREATE INDEX corrections_article ON corrections(article_id);
