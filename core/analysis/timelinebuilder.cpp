// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timelinebuilder.h"

#include <algorithm>

namespace lector {

void TimelineBuilder::run(const Document &, Analysis &analysis) const
{
    QList<int> dated;
    QList<int> undated;
    for (int i = 0; i < analysis.visits.size(); ++i)
        (analysis.visits[i].date.isEmpty() ? undated : dated).append(i);
    // TIMEX3 dates compare as strings ("2023" < "2023-08" < "2023-08-17"), which puts a
    // coarser date before the finer dates inside it.
    std::stable_sort(dated.begin(), dated.end(), [&](int a, int b) {
        return analysis.visits[a].date < analysis.visits[b].date;
    });
    analysis.timeline = dated + undated;
}

} // namespace lector
