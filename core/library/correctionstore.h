// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace lector {

class ArticleLibrary;

/// The user's corrections, kept in the library's `corrections` table (schema version 2).
/// Mention- and Article-scoped corrections belong to one article; Library-scoped ones to every
/// article (article_id NULL). Uses the library's connection, so the same thread rules apply.
/// Every write is one transaction with bound values, which also rewrites the entity and visit
/// rows of the articles the correction reaches (CorrectedRows), so entity search and the
/// library's actors follow the user; errors are sentences in lastError().
class CorrectionStore
{
public:
    explicit CorrectionStore(const ArticleLibrary &library);

    /// The corrections that apply to the article, oldest first: its own and the library-wide.
    QList<Correction> corrections(qint64 articleId) const;
    /// Stores `correction` (its id is ignored) for the article; returns the new row id.
    [[nodiscard]] std::optional<qint64> add(qint64 articleId, const Correction &correction);
    /// Removes one correction (undo): the one add() stored for `articleId` (0 for a
    /// library-wide correction, which belongs to no article); a row of another article is
    /// never removed.
    [[nodiscard]] bool remove(qint64 correctionId, qint64 articleId);
    /// Every library-wide correction, oldest first.
    QList<Correction> libraryCorrections() const;
    /// libraryCorrections() on the connection `connection` (an import batch reads them once for
    /// all its articles); an error leaves a sentence in `*error`.
    static QList<Correction> libraryCorrections(const QString &connection, QString *error);
    /// corrections() on the connection `connection` (AnalysisCache's writes, which have no
    /// ArticleLibrary); an error leaves a sentence in `*error`.
    static QList<Correction> corrections(const QString &connection, qint64 articleId,
                                         QString *error);
    QString lastError() const { return m_error; }

private:
    QList<Correction> select(const QString &sql, const QVariantList &values) const;
    static QList<Correction> select(const QString &connection, const QString &sql,
                                    const QVariantList &values, QString *error);
    /// Rewrites the index rows (CorrectedRows) of `articleId` (0: none) and, for a library-wide
    /// correction of the words `libraryText`, of every article holding them.
    bool rewriteRows(qint64 articleId, const QString &libraryText);

    const ArticleLibrary &m_library;
    mutable QString m_error;
};

} // namespace lector
