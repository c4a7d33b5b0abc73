-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 6: who made each correction (the user's login name on an
-- SQLite library, the server's user name on a team library; `created` already says when).
-- Corrections of older libraries keep an empty author.
ALTER TABLE corrections ADD COLUMN author TEXT NOT NULL DEFAULT '';
