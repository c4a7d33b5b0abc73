-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 8, PostgreSQL form (the SQLite form, ../008_concurrent_import.sql, changes
-- nothing). 1. lector_fts of schema 7 gave the same vector at about twice the cost: its
-- innermost subquery was merged into the next, so the words of the title and body were parsed
-- twice per article (once for the vector, once for its pairs). An OFFSET 0 keeps that subquery
-- apart. The function's result is the same for every text, so the stored vectors and the index
-- stay valid; only new and changed articles are computed the cheaper way. Measured on 1,000
-- articles of 3 KB (docs/performance.md, round 7): 3.7-5.0 s before, 2.4 s after.
CREATE OR REPLACE FUNCTION lector_fts(title text, body text) RETURNS tsvector LANGUAGE sql
    IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT v || CASE WHEN pg_column_size(v) + pg_column_size(p) < 1000000 THEN p
                     ELSE array_to_tsvector('{~*}') END
    FROM (SELECT v, lector_pairs(v) AS p FROM (SELECT
        setweight(to_tsvector('lector'::regconfig, left(title, 10000)), 'A') ||
        setweight(to_tsvector('lector'::regconfig, left(body, 400000)), 'B') AS v OFFSET 0) s
        OFFSET 0) t;
END;
-- 2. Entity ids come from the table's identity sequence, as visit ids already do, instead of the
-- next after the largest: an import's writers then add entities at the same time, without the
-- writers' lock (ServerBatchWriter). Until now every writer gave the ids itself, so the
-- sequence starts after the largest id.
SELECT setval(pg_get_serial_sequence('entities', 'id'), coalesce(max(id), 0) + 1, false)
FROM entities;
