// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/analysiscache.h"

#include "library/actorindex.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"
#include "library/correctedrows.h"
#include "library/correctionstore.h"
#include "library/libraryerror.h"
#include "library/writetransaction.h"
#include "model/analysiscodec.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <zlib.h>

namespace lector {

QString AnalysisCache::dateKey(const Document &document)
{
    return document.published.isValid() ? document.published.toString(Qt::ISODate)
                                        : QStringLiteral("");
}

AnalysisCache::AnalysisCache(const ArticleLibrary &library)
    : m_library(library)
{}

// Names, sizes and dates only: reading the 6 MB of tables and model would cost more than the
// cache saves on one article.
QString AnalysisCache::analysisVersion()
{
    static const QString version = []() -> QString {
        QStringList entries;
        for (const QString &folder : {u"lexicon"_qs, u"gazetteer"_qs, u"model"_qs}) {
            QDirIterator it(u":/lector/"_qs + folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo info(it.next());
                entries.append(QStringLiteral("%1 %2 %3")
                                   .arg(info.filePath())
                                   .arg(info.size())
                                   .arg(info.lastModified().toMSecsSinceEpoch()));
            }
        }
        entries.sort();
        const QByteArray bytes = entries.join(u'\n').toUtf8();
        const auto crc =
            crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size()));
        return ArticleLibrary::analyserVersion() + u'+' + QString::number(quint32(crc), 16);
    }();
    return version;
}

std::optional<Analysis> AnalysisCache::find(const Document &document) const
{
    const std::optional<qint64> id = m_library.articleIdForText(document.text);
    return id ? find(*id, document) : std::nullopt;
}

std::optional<Analysis> AnalysisCache::find(qint64 articleId, const Document &document) const
{
    QSqlQuery query(QSqlDatabase::database(m_library.connectionName(), false));
    query.prepare(u"SELECT data FROM analysis_cache "
                  "WHERE article_id = ? AND analyser_version = ? AND published = ?"_qs);
    query.addBindValue(articleId);
    query.addBindValue(analysisVersion());
    query.addBindValue(dateKey(document));
    if (!query.exec()) {
        m_error = LibraryError::sentence(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    // A blob that does not decode (a damaged page, an older codec) is a cache miss.
    return AnalysisCodec::decode(query.value(0).toByteArray(), document.text.size());
}

bool AnalysisCache::isCurrent(qint64 articleId, const Document &document) const
{
    // Decoded, not only looked up: a damaged or outdated blob is a miss for find(), so it must
    // not count as current either, or the fresh analysis would never replace it.
    return find(articleId, document).has_value();
}

bool AnalysisCache::store(qint64 articleId, const Document &document, const Analysis &analysis)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_library.connectionName(), false);
    if (!db.isOpen()) {
        m_error = QStringLiteral("The library is not open.");
        return false;
    }
    QSqlError beginError;
    if (!WriteTransaction::begin(db, &beginError)) { // waits for another writer (busy timeout)
        m_error = LibraryError::sentence(beginError);
        return false;
    }
    // The entity and visit rows follow the new analysis, with the user's corrections on top
    // (write() rewrites them only when corrections apply; rows of an uncorrected article would
    // otherwise keep the analysis it was added with).
    if (!write(m_library.connectionName(), articleId, document, analysis, &m_error) ||
        !CorrectedRows::rewrite(m_library, articleId, &m_error) || !db.commit()) {
        if (m_error.isEmpty())
            m_error = LibraryError::sentence(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

QString AnalysisCache::upsertSql()
{
    return u"INSERT INTO analysis_cache (article_id, analyser_version, published, data) "
           "VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
           "analyser_version = excluded.analyser_version, published = excluded.published, "
           "data = excluded.data"_qs;
}

bool AnalysisCache::write(const QString &connection, qint64 articleId, const Document &document,
                          const Analysis &analysis, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(upsertSql());
    query.addBindValue(articleId);
    query.addBindValue(analysisVersion());
    query.addBindValue(dateKey(document));
    query.addBindValue(AnalysisCodec::encode(analysis));
    if (!query.exec()) {
        *error = LibraryError::sentence(query.lastError());
        return false;
    }
    return writeRows(connection, articleId, document, analysis, true, error);
}

bool AnalysisCache::writeRows(const QString &connection, qint64 articleId, const Document &document,
                              const Analysis &analysis, bool lookForCorrections, QString *error,
                              ArticleWriter *writer)
{
    if (!ArticleWriter::writesOn(writer, connection, error) ||
        !ActorIndex::writeVisits(connection, articleId, document, analysis, error))
        return false;
    return !lookForCorrections ||
           writeCorrectedRows(connection, articleId, document, analysis, error, writer);
}

bool AnalysisCache::writeCorrectedRows(const QString &connection, qint64 articleId,
                                       const Document &document, const Analysis &analysis,
                                       QString *error, ArticleWriter *writer)
{
    // A library-wide correction reaches articles added after it too ("Oslo" is no name).
    QString readError; // `*error` may hold an earlier, unrelated sentence
    const QList<Correction> corrections = CorrectedRows::reaching(
        document, CorrectionStore::corrections(connection, articleId, &readError));
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    return corrections.isEmpty() || CorrectedRows::write(connection, articleId, document, analysis,
                                                         corrections, error, writer);
}

} // namespace lector
