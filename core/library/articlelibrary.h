// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lector {

class ArticleWriter;
struct PreparedArticle;

/// One article as the library lists it.
struct LibraryArticle
{
    qint64 id = 0;
    QString title;
    QString source;
    QDate published;
    QString snippet; ///< for search results: the matching words in context, [marked]
};

/// An entity across the library: how many articles mention it.
struct LibraryEntity
{
    QString name;
    EntityType type = EntityType::Other;
    int articles = 0;
    int mentions = 0;
};

/// Every article Lector opens, kept through Qt Sql in an SQLite file (the default) or, for a
/// team, in a PostgreSQL database (a location postgresql://USER@HOST[:PORT]/DB, see
/// LibraryLocation): one row per distinct text (the same text added twice is one article),
/// full-text search over titles and bodies (FTS5, or a tsvector with a GIN index), and the
/// entities of each article's analysis so entity search is a query. Both backends have the
/// same schema versions and the same query syntax.
///
/// SQLite runs in WAL mode with foreign keys on; every write is one transaction with prepared
/// statements (bound values on both backends). The object keeps only the connection *name*;
/// use it from one thread. Errors are returned as whole sentences (lastError()), never throw.
class ArticleLibrary
{
public:
    ArticleLibrary();
    ~ArticleLibrary();
    ArticleLibrary(const ArticleLibrary &) = delete;
    ArticleLibrary &operator=(const ArticleLibrary &) = delete;

    /// The default location: QStandardPaths::AppDataLocation/library.sqlite.
    static QString defaultPath();

    enum class Access { ReadWrite, ReadOnly };
    /// Opens (creating if needed) and migrates the database at `path`, a file path or a server
    /// address (postgresql://...; its tables are created when the database is empty). On
    /// failure the library
    /// stays closed and lastError() says why (locked, corrupt, newer schema...). A library that
    /// cannot be written (Access::ReadOnly, a read-only file or mount) opens read-only without
    /// migrating: isReadOnly() is true and lastError() says so.
    [[nodiscard]] bool open(const QString &path, Access access = Access::ReadWrite);
    bool isReadOnly() const { return m_readOnly; }
    /// How many import batches this library wrote again after the server broke a deadlock or a
    /// serialization failure (a team library's concurrent writers; for tests and benches).
    int writeRetries() const { return m_retries; }
    /// The password for the next open() of a server library (asked by the window); it is kept
    /// only in memory. Without it libpq looks in ~/.pgpass or the file PGPASSFILE names.
    void setPassword(const QString &password) { m_password = password; }
    /// That password, for a second connection of the same window (its import thread).
    QString password() const { return m_password; }
    /// Whether the last open() failed because the server asked for a password that libpq did
    /// not find or refused the one given: the window then asks for it (setPassword()).
    bool needsPassword() const { return m_needsPassword; }
    /// Whether, when needsPassword(), the server refused the password given (from the password
    /// file or setPassword()) rather than finding none.
    bool passwordRefused() const { return m_passwordRefused; }
    /// A team library: the server process of this library's connection (pg_backend_pid(), read
    /// when it was opened or opened again), which schema 7's notifications name; else 0.
    qint64 serverProcessId() const { return m_serverPid; }
    /// Whether the open library is on a PostgreSQL server (a team library).
    bool isServer() const { return m_server; }
    /// Who writes through this library: the server's user name, or the login name on a file.
    /// Corrections record it (schema 6).
    QString userName() const { return m_user; }
    /// Opens the server connection again after it was lost (a restarted server); false with
    /// lastError() when the server is still away. A file library just says whether it is open.
    bool reconnect() const;
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    /// The Qt Sql connection name, for classes that keep their own tables in this database
    /// (CorrectionStore). Use it from the thread that opened the library.
    QString connectionName() const { return m_connection; }

    /// A second connection to the team library `library` is open (its address, user and
    /// password), for one more writer thread of an import (ArticleImporter): call it on the
    /// thread that will use this library. False with lastError() (a file library has one
    /// writer: false, and nothing is opened).
    [[nodiscard]] bool openAlongside(const ArticleLibrary &library);

    /// Adds the article with its analysis, or finds it when the same text is already there.
    /// Returns its id, or nullopt on error. `added` tells whether a new row was written.
    [[nodiscard]] std::optional<qint64> addArticle(const Document &document,
                                                   const Analysis &analysis, bool *added = nullptr);
    /// Adds many articles in one transaction (import); returns how many were new, -1 on error.
    [[nodiscard]] int addArticles(const QList<std::pair<Document, Analysis>> &articles);
    /// The same for articles whose hash and JSON were computed beforehand (import workers),
    /// so the writer thread only binds values.
    [[nodiscard]] int addArticles(const QList<PreparedArticle> &articles);
    bool containsText(const QString &text) const;
    /// The id of the article with exactly this text, or nullopt (CorrectionStore, exports).
    std::optional<qint64> articleIdForText(const QString &text) const;
    /// The id of the article fetched from this web address (Document::url), or nullopt.
    std::optional<qint64> articleIdForUrl(const QString &url) const;

    QList<LibraryArticle> articles() const;
    int articleCount() const;
    std::optional<Document> document(qint64 id) const;
    [[nodiscard]] bool removeArticle(qint64 id);

    /// Full-text search (FTS5 syntax: words, "phrases", prefix*, NEAR(a b)), best first, with
    /// snippets. A query FTS5 cannot parse is retried as plain words.
    QList<LibraryArticle> search(const QString &query, int limit = 50) const;
    /// Articles where an entity appears under any of its forms ("Okafor" finds
    /// "Maria Okafor").
    QList<LibraryArticle> searchEntity(const QString &name, int limit = 50) const;
    /// Entities across the library, most widespread first.
    QList<LibraryEntity> entities(int limit = 1000) const;

    /// A hash of the text, the article's identity in the library.
    static QString contentHash(const QString &text);
    /// The version of the analysis stored with each article (re-analysed when it changes).
    static QString analyserVersion();

private:
    bool writeArticle(ArticleWriter &writer, const PreparedArticle &article, qint64 *id,
                      bool *added, bool lookForCorrections = true);
    bool correctionsCanReachNewArticles();
    int addArticlesToServer(const QList<PreparedArticle> &articles);
    QList<LibraryArticle> runListQuery(const QString &sql, const QVariantList &values) const;
    bool fail(const QString &message) const;
    bool openedReadOnly();
    bool openServer(const QString &location, Access access);
    bool finishServerOpen(Access access);
    void readServerProcessId() const;
    QList<LibraryArticle> searchServer(const QString &query, int limit) const;

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    QString m_password;
    QString m_user;
    bool m_readOnly = false;
    bool m_server = false;
    int m_serverSchema = 0; ///< a team library's schema version when opened
    bool m_needsPassword = false;
    bool m_passwordRefused = false;
    mutable qint64 m_serverPid = 0;
    int m_retries = 0;
};

} // namespace lector
