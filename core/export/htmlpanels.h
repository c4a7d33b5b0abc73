// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QString>

namespace lector {

/// The side panels of the exported page, for HtmlExporter: the legend, the actors, places and
/// organizations (name, other forms, roles, number of mentions) and the quotes grouped by
/// speaker, and the user's corrections. Each section has a fixed id ("legend", "actors",
/// "places", "organizations", "quotes", "corrections") so other pages can link to it; entity rows
/// carry the entity's id, the target of the links in the highlighted text. All article text is
/// HTML-escaped.
class HtmlPanels
{
public:
    HtmlPanels(const Document &document, const Analysis &analysis);

    static QString legend();
    QString entities(EntityType type) const;
    QString quotes() const;
    /// The corrections applied to the analysis, one describeCorrection() sentence each, oldest
    /// first; empty (no section) when there are none.
    static QString corrections(const QList<Correction> &corrections);

private:
    QString quoteText(const Quote &quote) const;
    QString speakerOf(const Quote &quote) const;

    const Document &m_document;
    const Analysis &m_analysis;
};

} // namespace lector
