// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QDate>
#include <QString>

namespace lector {

/// The timeline section of the exported page, for HtmlExporter: an inline SVG axis with one
/// dot per dated visit (no script, no external resource) and a table of all visits in
/// Analysis::timeline order (dated by date, then undated), each with its evidence sentence.
/// Dates known only to the month or year are placed at their first day and shown as written
/// ("2023-08"), so the page does not claim more precision than the text gives.
class HtmlTimeline
{
public:
    HtmlTimeline(const Document &document, const Analysis &analysis);

    QString render() const;
    /// The first day a TIMEX3 date value can mean ("2023-08" gives 2023-08-01); invalid for
    /// values that are not a year, month or day.
    static QDate startOf(const QString &value);

private:
    QList<int> visitOrder() const;
    QString axis(const QList<int> &order) const;
    QString table(const QList<int> &order) const;
    QString nameOf(int entity) const;
    QString label(const Visit &visit) const;

    const Document &m_document;
    const Analysis &m_analysis;
};

} // namespace lector
