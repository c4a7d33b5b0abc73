// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleLibrary: opening a file library and writing articles (the reading side is in
// articlelibraryqueries.cpp, what only a team library does in articlelibraryserver.cpp).
#include "library/articlelibrary.h"

#include "export/jsonexporter.h"
#include "library/analysiscache.h"
#include "library/articlewriter.h"
#include "library/correctedrows.h"
#include "library/correctionstore.h"
#include "library/libraryerror.h"
#include "library/librarylocation.h"
#include "library/schemamigrator.h"
#include "library/serverbatchwriter.h"
#include "library/writetransaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace lector {

namespace {

QAtomicInt connectionCounter;

} // namespace

ArticleLibrary::ArticleLibrary()
    : m_connection(QStringLiteral("lector-library-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

ArticleLibrary::~ArticleLibrary()
{
    close();
}

QString ArticleLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/library.sqlite"_qs;
}

bool ArticleLibrary::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool ArticleLibrary::open(const QString &path, Access access)
{
    close();
    m_error.clear();
    m_needsPassword = false;
    m_passwordRefused = false;
    if (LibraryLocation::isServer(path))
        return openServer(path, access);
    // Who writes to a file library: the login name (corrections record it, schema 6).
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        if (m_user = qEnvironmentVariable(variable); !m_user.isEmpty())
            break;
    if (m_user.isEmpty())
        m_user = QDir::home().dirName();
    const QFileInfo info(path);
    // A file the user cannot write is opened read-only up front (as root, see the migration
    // fallback below): listing and searching still work.
    const bool readOnly = access == Access::ReadOnly || (info.exists() && !info.isWritable());
    if (info.exists() && info.isDir())
        return fail(
            QStringLiteral("The library path %1 is a folder, not a database file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("Cannot create the folder for the library %1.").arg(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY"_qs
                                      : u"QSQLITE_BUSY_TIMEOUT=3000"_qs);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return fail(QStringLiteral("Cannot open the library %1: %2.").arg(path, error));
        }
        QSqlQuery query(db);
        // A corrupt or foreign file fails here, before anything is written to it.
        if (!query.exec(u"PRAGMA schema_version"_qs)) {
            const QString error = query.lastError().text();
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            if (LibraryError::kindOf(error) == LibraryError::Kind::Locked)
                return fail(LibraryError::explained(error + u" ("_qs + path + u')'));
            return fail(
                QStringLiteral("The library %1 is not a usable database: %2.").arg(path, error));
        }
        // A newer schema is refused by the migrator; switching it to WAL first would already
        // change its header.
        const bool newer = query.exec(u"PRAGMA user_version"_qs) && query.next() &&
                           query.value(0).toInt() > SchemaMigrator::latestVersion();
        if (!readOnly && !newer)
            query.exec(u"PRAGMA journal_mode=WAL"_qs);
        query.exec(u"PRAGMA foreign_keys=ON"_qs);
        query.exec(u"PRAGMA synchronous=NORMAL"_qs);
    }
    m_path = path;
    m_readOnly = readOnly;
    if (readOnly)
        return openedReadOnly();
    if (const QString error = SchemaMigrator::migrate(m_connection); !error.isEmpty()) {
        close();
        // SQLITE_READONLY: a read-only mount, or a file only root could have written.
        if (LibraryError::kindOf(error) == LibraryError::Kind::ReadOnly)
            return open(path, Access::ReadOnly);
        return fail(LibraryError::explained(QStringLiteral("%1 (%2)").arg(error, path)));
    }
    return true;
}

// A read-only library cannot be migrated: one of a newer schema is refused as when writable,
// an older one is listed as it is (what the newer tables hold is then simply missing).
bool ArticleLibrary::openedReadOnly()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const int version =
        query.exec(u"PRAGMA user_version"_qs) && query.next() ? query.value(0).toInt() : 0;
    if (version > SchemaMigrator::latestVersion()) {
        const QString path = m_path;
        close();
        return fail(QStringLiteral("The library %1 was written by a newer Lector (schema %2); "
                                   "Lector leaves it untouched.")
                        .arg(path)
                        .arg(version));
    }
    m_error = QStringLiteral("The library %1 is read-only: Lector lists and searches it but "
                             "adds nothing to it.")
                  .arg(m_path);
    return true;
}

void ArticleLibrary::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
    m_readOnly = false;
    m_server = false;
}

bool ArticleLibrary::isOpen() const
{
    // A team library stays open while its server is away: the next statement connects again.
    return QSqlDatabase::contains(m_connection) &&
           (m_server || QSqlDatabase::database(m_connection, false).isOpen());
}

QString ArticleLibrary::contentHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ArticleLibrary::analyserVersion()
{
    return QStringLiteral(LECTOR_VERSION);
}

bool ArticleLibrary::writeArticle(ArticleWriter &writer, const PreparedArticle &article, qint64 *id,
                                  bool *added, bool lookForCorrections)
{
    if (!writer.write(article, id, added)) // the article, its entities and its cache entry
        return fail(writer.lastError());
    if (!*added)
        return true;
    // The visits (schema 3) and corrected rows, in the same transaction as the article, through
    // the same writer (its statements prepared once).
    return AnalysisCache::writeRows(m_connection, *id, article.document, article.analysis,
                                    lookForCorrections, &m_error, &writer);
}

// Whether a stored correction can apply to an article added now: a library-wide one, or one of
// an article id not yet taken (new articles get ids above the largest). One query per import
// batch instead of one per article; inside the batch's transaction, so no correction can be
// added between this look-up and the writes.
bool ArticleLibrary::correctionsCanReachNewArticles()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // On an error, look per article as before.
    return !query.exec(u"SELECT EXISTS (SELECT 1 FROM corrections WHERE article_id IS NULL "
                       "OR article_id > (SELECT coalesce(max(id), 0) FROM articles))"_qs) ||
           !query.next() || query.value(0).toBool();
}

namespace {

// Whether a correction is stored for an article id not yet taken (a new article gets the id
// after the largest): only a connection without foreign keys can leave one behind. Then the
// corrections are looked up per article, as for any article; else a new article can be reached
// by the library-wide corrections alone, read once for a batch. True on an error.
bool correctionWaitsForNewId(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    return !query.exec(u"SELECT EXISTS (SELECT 1 FROM corrections WHERE article_id > "
                       "(SELECT coalesce(max(id), 0) FROM articles))"_qs) ||
           !query.next() || query.value(0).toBool();
}

// `article` with the analysis its rows are written from (corrected); the cache entry stays the
// automatic analysis.
PreparedArticle withRowsOf(const PreparedArticle &article, Analysis corrected)
{
    PreparedArticle copy = article;
    copy.analysis = std::move(corrected);
    copy.entities = PreparedArticle::entityRows(copy.analysis);
    return copy;
}

} // namespace

std::optional<qint64> ArticleLibrary::addArticle(const Document &document, const Analysis &analysis,
                                                 bool *added)
{
    m_error.clear(); // a failure below is explained from m_error when set, else from SQLite
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!isOpen()) {
        fail(QStringLiteral("The library is not open."));
        return std::nullopt;
    }
    const PreparedArticle article = PreparedArticle::make(document, analysis);
    QSqlError beginError;
    // On a server, the article's keys before the writers' lock, as an import's writers take them
    // (ServerBatchWriter), so this write and theirs never wait for each other in a cycle.
    if (m_server && WriteTransaction::beginUnlocked(db, &beginError)) {
        QString keyError;
        if (!ServerBatchWriter::lockKeys(m_connection, {article}, &keyError) ||
            !WriteTransaction::lockWriters(db, &beginError)) {
            db.rollback();
            fail(keyError.isEmpty() ? LibraryError::sentence(beginError) : keyError);
            return std::nullopt;
        }
    } else if (m_server || !WriteTransaction::begin(db, &beginError)) {
        // waits for another writer (busy timeout)
        fail(LibraryError::sentence(beginError));
        return std::nullopt;
    }
    qint64 id = 0;
    bool isNew = false;
    ArticleWriter writer(m_connection);
    if (!writeArticle(writer, article, &id, &isNew) ||
        !(writer.finish() || fail(writer.lastError())) || !db.commit()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("Cannot save to the library: %1.").arg(db.lastError().text());
        db.rollback();
        m_error = LibraryError::explained(m_error); // "Disk full: ...", "... is locked ..."
        return std::nullopt;
    }
    if (added)
        *added = isNew;
    return id;
}

int ArticleLibrary::addArticles(const QList<std::pair<Document, Analysis>> &articles)
{
    QList<PreparedArticle> prepared;
    prepared.reserve(articles.size());
    for (const auto &[document, analysis] : articles)
        prepared.append(PreparedArticle::make(document, analysis));
    return addArticles(prepared);
}

int ArticleLibrary::addArticles(const QList<PreparedArticle> &articles)
{
    if (m_server)
        return addArticlesToServer(articles);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // An import inserts into indexes keyed by names and words, in no order: with SQLite's
    // default 2 MB page cache most inserts missed it and re-read pages from the file.
    if (db.isOpen())
        QSqlQuery(db).exec(u"PRAGMA cache_size = -65536"_qs); // 64 MiB, this connection only
    QSqlError beginError;
    if (!WriteTransaction::begin(db, &beginError)) {
        fail(QStringLiteral("The library is not open or is busy: %1.").arg(beginError.text()));
        return -1;
    }
    int count = 0;
    ArticleWriter writer(m_connection); // its statements are prepared once for the batch
    // The corrections that reach the new articles (library-wide ones) are read once and applied
    // before each article is written, so its rows are written once, corrected, instead of
    // written, deleted and written again (that cost an import about seven times its time).
    // The transaction holds the file's write lock: no correction comes between.
    QList<Correction> libraryWide;
    bool lookPerArticle = false;
    if (correctionsCanReachNewArticles()) {
        lookPerArticle = correctionWaitsForNewId(m_connection);
        QString readError;
        if (!lookPerArticle)
            libraryWide = CorrectionStore::libraryCorrections(m_connection, &readError);
        if (!readError.isEmpty()) {
            fail(readError);
            db.rollback();
            return -1;
        }
    }
    for (const PreparedArticle &article : articles) {
        qint64 id = 0;
        bool isNew = false;
        std::optional<Analysis> corrected;
        if (!libraryWide.isEmpty())
            corrected =
                CorrectedRows::forNewArticle(article.document, article.analysis, libraryWide);
        if (!writeArticle(writer, corrected ? withRowsOf(article, std::move(*corrected)) : article,
                          &id, &isNew, lookPerArticle)) {
            db.rollback();
            return -1;
        }
        count += isNew ? 1 : 0;
    }
    if (!writer.finish()) {
        fail(writer.lastError());
        db.rollback();
        return -1;
    }
    if (!db.commit()) {
        fail(QStringLiteral("Cannot save to the library: %1.").arg(db.lastError().text()));
        db.rollback();
        return -1;
    }
    return count;
}

} // namespace lector
