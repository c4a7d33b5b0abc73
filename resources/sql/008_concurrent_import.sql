-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 8. It changes only team libraries
-- (postgresql/008_cheaper_search_vector.sql: the search vector computed once per article instead
-- of twice); the number moves here too, so both backends share their versions. Nothing changes
-- in an SQLite library.
SELECT 1;
