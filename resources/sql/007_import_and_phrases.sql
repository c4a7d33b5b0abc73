-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 7. It changes only team libraries (postgresql/007_import_and_phrases.sql:
-- the form tables' foreign keys dropped for a faster import, pairs of adjacent words in the
-- full-text index for phrases); the number moves here too, so both backends share their
-- versions. Nothing changes in an SQLite library: its foreign-key checks cost little, and FTS5
-- answers phrases from its positional index.
SELECT 1;
