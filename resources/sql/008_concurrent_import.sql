-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 8. It changes only team libraries
-- (postgresql/008_concurrent_import.sql: the search vector computed once per article instead of
-- twice, entity ids from the table's sequence so that several writers add entities at once);
-- the number moves here too, so both backends share their versions. Nothing changes in an
-- SQLite library, which has one writer.
SELECT 1;
