// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysissummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace lector {

QString analysisSummary(const Document &document, const Analysis &analysis, qint64 milliseconds)
{
    const auto tr = [](const char *text, int n = -1) {
        return QCoreApplication::translate("lector::MainWindow", text, nullptr, n);
    };
    int counts[4] = {};
    for (const Entity &e : std::as_const(analysis.entities))
        ++counts[int(e.type)];
    QString text = tr("%n people, ", counts[int(EntityType::Person)]) +
                   tr("%n places, ", counts[int(EntityType::Place)]) +
                   tr("%n organizations, ", counts[int(EntityType::Organization)]) +
                   tr("%n quotations, ", int(analysis.quotes.size())) +
                   tr("%n visits", int(analysis.visits.size()));
    if (milliseconds >= 0)
        text += tr(" (analysed in %1 ms)").arg(milliseconds);
    // Without a publication date, "on Tuesday" or "last year" cannot be resolved: say so
    // rather than leave the reader to wonder why those dates have no value.
    const bool unresolved =
        std::any_of(analysis.times.cbegin(), analysis.times.cend(),
                    [](const TimeExpression &t) { return t.relative && t.value.isEmpty(); });
    if (!document.published.isValid() && unresolved)
        text += tr(
            " — no publication date: relative dates are not resolved; set the date in the toolbar");
    return text;
}

} // namespace lector
