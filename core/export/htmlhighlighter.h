// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QString>

namespace lector {

/// Renders Document::text as HTML paragraphs with the analysis marked up, for HtmlExporter.
/// Reads mentions (with their entities), time expressions and quotes. Each line of the text
/// becomes a <p> (an <h2 class="subhead"> for Document::headings); annotations nest as
/// quote > mention > date and are closed and reopened at paragraph ends, so the markup is
/// always well-formed even when the analysis has overlapping or cross-paragraph spans.
/// All text, including attribute values, is HTML-escaped.
class HtmlHighlighter
{
public:
    HtmlHighlighter(const Document &document, const Analysis &analysis);

    QString render() const;

private:
    struct State
    {
        int quote = -1;
        int mention = -1;
        int time = -1;
    };

    void renderLine(qsizetype begin, qsizetype end, QString &out) const;
    State stateAt(qsizetype pos) const;
    qsizetype nextBoundary(qsizetype pos, qsizetype lineEnd) const;
    void open(const State &s, bool outer, QString &out) const;
    void close(const State &s, bool outer, QString &out) const;
    bool hasEntity(int mention) const;
    bool isHeading(qsizetype begin, qsizetype end) const;

    const Document &m_document;
    const Analysis &m_analysis;
    QList<qsizetype> m_boundaries; ///< every begin and end of an annotation, sorted, unique
};

} // namespace lector
