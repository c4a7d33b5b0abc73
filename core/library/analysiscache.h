// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QString>

#include <optional>

namespace lector {

class ArticleLibrary;
class ArticleWriter;

/// The library's cache of analyses (table `analysis_cache`, schema version 3): one AnalysisCodec
/// blob per article, keyed by the article id, analysisVersion() and the publication date the
/// relative dates were resolved against. An article whose cached entry matches all three is
/// shown without running the pipeline; any other analysis is re-analysed and stored again.
/// Uses the library's connection, so the same thread rules apply; errors are sentences.
class AnalysisCache
{
public:
    explicit AnalysisCache(const ArticleLibrary &library);

    /// The cached analysis of the library's copy of `document`'s text, when it was made by this
    /// analyser version for the same publication date and decodes cleanly; else nullopt.
    std::optional<Analysis> find(const Document &document) const;
    /// The cached analysis of article `articleId` (see find()).
    std::optional<Analysis> find(qint64 articleId, const Document &document) const;
    /// Whether article `articleId` has an entry of this analyser version for `document`'s date
    /// that decodes (as find() would return it): a damaged entry is not current.
    bool isCurrent(qint64 articleId, const Document &document) const;
    /// Replaces the article's cached analysis, and its entity and visit rows (from `analysis`
    /// with the user's corrections, CorrectedRows), in one transaction.
    [[nodiscard]] bool store(qint64 articleId, const Document &document, const Analysis &analysis);
    QString lastError() const { return m_error; }

    /// The version a cached analysis must have: Lector's version and a fingerprint of the
    /// compiled-in lexicons, gazetteers and model (names, sizes, dates), so new tables or a
    /// retrained model re-analyse. A change to an analyser's code needs a new LECTOR_VERSION.
    static QString analysisVersion();

    /// Writes the cache entry and the rows of writeRows() inside the caller's transaction.
    /// Returns false with a sentence in `error`.
    [[nodiscard]] static bool write(const QString &connection, qint64 articleId,
                                    const Document &document, const Analysis &analysis,
                                    QString *error);
    /// The rest of write() when the cache entry is written already (ArticleWriter, from the blob
    /// encoded on an import's worker thread): the visits, and when corrections apply to the
    /// article (a library-wide one, for a new article), its entity and visit rows from the
    /// corrected analysis (CorrectedRows). `lookForCorrections` false skips that look-up: the
    /// caller knows that none can apply (an import batch when the library has no library-wide
    /// correction). Inside the caller's transaction; false with a sentence in `error`.
    /// `writer`: as in writeCorrectedRows(); one of another connection is refused with a
    /// sentence in `error` before anything is written (ArticleWriter::writesOn()).
    [[nodiscard]] static bool writeRows(const QString &connection, qint64 articleId,
                                        const Document &document, const Analysis &analysis,
                                        bool lookForCorrections, QString *error,
                                        ArticleWriter *writer = nullptr);
    /// The corrections part of writeRows(): when corrections apply to the article, its entity
    /// and visit rows from the corrected analysis.
    /// `writer`: as in CorrectedRows::write() (a batch's writer, prepared once). It is checked
    /// (ArticleWriter::writesOn()) only when corrections apply: with none, nothing is written
    /// and a writer of another connection passes unnoticed. Callers that need the check
    /// whatever the corrections (writeRows()) make it themselves first.
    [[nodiscard]] static bool writeCorrectedRows(const QString &connection, qint64 articleId,
                                                 const Document &document, const Analysis &analysis,
                                                 QString *error, ArticleWriter *writer = nullptr);
    /// The publication-date part of the cache key: an analysis made without a date, or for
    /// another date, is not the analysis of this document ("on Tuesday" resolves differently).
    static QString dateKey(const Document &document);
    /// The statement that stores one cache row (article_id, analyser_version, published, data),
    /// replacing the article's earlier one; the same SQL on SQLite and PostgreSQL.
    static QString upsertSql();

private:
    const ArticleLibrary &m_library;
    mutable QString m_error;
};

} // namespace lector
