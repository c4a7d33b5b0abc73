-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lector library schema, version 5: articles from the web and the feeds the user follows.
-- articles.url is the address a page was fetched from (after redirects), or the page's own
-- canonical address for a saved page; '' when there is none. The library recognises an article
-- it already holds by its text (hash) and by this address.
ALTER TABLE articles ADD COLUMN url TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_url ON articles(url);
-- A feed (RSS 2.0 or Atom) the user subscribed to. etag and last_modified are the validators of
-- the last successful answer, sent back as If-None-Match / If-Modified-Since so an unchanged
-- feed is not transferred again. Times are ISO 8601 UTC text, '' when never.
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    site_url TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL,
    checked TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT ''
);
-- One entry of a feed, known by its guid (RSS) or id (Atom), else its link. unread is 1 until the
-- user opens it; article_id is the library's article made from the item's page, NULL until that
-- page was fetched and analysed (error says why it could not be).
CREATE TABLE feed_items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    seen TEXT NOT NULL,
    unread INTEGER NOT NULL DEFAULT 1,
    article_id INTEGER NULL REFERENCES articles(id) ON DELETE SET NULL,
    error TEXT NOT NULL DEFAULT '',
    UNIQUE (feed_id, guid)
);
CREATE INDEX feed_items_feed ON feed_items(feed_id);
CREATE INDEX feed_items_article ON feed_items(article_id);
CREATE INDEX feed_items_url ON feed_items(url);
