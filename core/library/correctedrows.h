// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QList>
#include <QString>

#include <optional>

namespace lector {

class ArticleLibrary;
class ArticleWriter;

/// The library's index rows of an article as the user corrected it: `entities`, `entity_forms`,
/// `entity_words` (entity search, `lector entities`, "In N other articles") and `visits` (an
/// actor's library-wide timeline). ArticleWriter fills them from the automatic analysis; after a
/// correction is stored or undone (CorrectionStore), they are written again from the article's
/// cached automatic analysis (AnalysisCache, which stays uncorrected) with every correction that
/// applies to the article (CorrectionApplier).
///
/// Contract: called inside the caller's transaction, on the thread that owns the library's
/// connection; writes with bound values only; errors are sentences in `*error`.
class CorrectedRows
{
public:
    /// Rewrites the rows of article `articleId`. An article without a current cached analysis
    /// (analysed by an older Lector) keeps its rows until it is opened and analysed again; that
    /// is not an error. `writer`, when given, is an ArticleWriter of the library's connection
    /// that a loop over many articles keeps (its statements prepared once); else one is made.
    [[nodiscard]] static bool rewrite(const ArticleLibrary &library, qint64 articleId,
                                      QString *error, ArticleWriter *writer = nullptr);
    /// Rewrites the rows of article `articleId` from `automatic`, its automatic analysis, with
    /// `corrections` (those that apply to it, oldest first) on top (`writer` as in rewrite()).
    [[nodiscard]] static bool write(const QString &connection, qint64 articleId,
                                    const Document &document, const Analysis &automatic,
                                    const QList<Correction> &corrections, QString *error,
                                    ArticleWriter *writer = nullptr);
    /// The corrections of `corrections` (those stored for an article, oldest first) that can
    /// change `document`'s analysis: a library-wide one only when the text holds its words.
    static QList<Correction> reaching(const Document &document, QList<Correction> corrections);
    /// The analysis whose rows an article added now gets: `automatic` with those of
    /// `libraryWide` (every library-wide correction, oldest first, read once for an import
    /// batch) that reach it, as write() would make it; nullopt when none does (the automatic
    /// rows are the right ones). A new article has no corrections of its own.
    static std::optional<Analysis> forNewArticle(const Document &document,
                                                 const Analysis &automatic,
                                                 const QList<Correction> &libraryWide);
    /// The articles a library-wide correction of the words `text` can reach: those whose body
    /// holds them exactly (a Library-scoped correction is matched by its words, see
    /// CorrectionScope).
    static QList<qint64> articlesContaining(const ArticleLibrary &library, const QString &text,
                                            QString *error);
};

} // namespace lector
