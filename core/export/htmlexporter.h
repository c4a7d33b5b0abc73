// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QString>

namespace lector {

/// Renders an analysed article as one self-contained HTML page: inline CSS, no scripts, no
/// external resources. It holds the title and date, the text with people, places,
/// organizations, dates and quotes highlighted (distinct colours and underline styles), a
/// legend, the actors, places and organizations with their forms, roles and mention counts,
/// the quotes grouped by speaker and the timeline of visits (with an inline SVG axis).
/// Every piece of article text is HTML-escaped, so hostile input exports inert.
class HtmlExporter
{
public:
    /// `corrections`: those the user made and that took effect on `analysis` (already applied
    /// to it), listed in a "Corrections" section; none, no section.
    static QString toHtml(const Document &document, const Analysis &analysis,
                          const QList<Correction> &corrections = {});
    /// Writes toHtml() to `path` through QSaveFile (the old file survives a failed write).
    /// Returns an empty string on success, else a whole-sentence error naming the file.
    [[nodiscard]] static QString writeFile(const QString &path, const Document &document,
                                           const Analysis &analysis,
                                           const QList<Correction> &corrections = {});
};

} // namespace lector
