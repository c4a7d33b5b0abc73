// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"
#include "model/document.h"

#include <QString>

namespace lector {

/// The status bar's line about an analysis: "3 people, 2 places, ... (analysed in 12 ms)", and
/// a hint when relative dates stay unresolved for want of a publication date. `milliseconds` < 0
/// leaves the time out.
QString analysisSummary(const Document &document, const Analysis &analysis, qint64 milliseconds);

} // namespace lector
