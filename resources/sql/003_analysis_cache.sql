-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 3: the analysis cache (AnalysisCodec blobs, so an article opened
-- from the library is shown without running the pipeline) and every article's visits, so an
-- actor's library-wide timeline is a query.
CREATE TABLE analysis_cache (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    analyser_version TEXT NOT NULL,
    published TEXT NOT NULL DEFAULT '',
    data BLOB NOT NULL
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    visitor TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    precision TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visits_article ON visits(article_id);
CREATE TABLE visit_forms (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    form TEXT NOT NULL COLLATE NOCASE
);
CREATE INDEX visit_forms_form ON visit_forms(form);
CREATE INDEX visit_forms_visit ON visit_forms(visit_id);
