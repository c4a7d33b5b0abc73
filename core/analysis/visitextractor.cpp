// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visitextractor.h"

#include "lexicon/resources.h"

namespace lector {

VisitExtractor::VisitExtractor(const Resources &resources)
{
    Q_UNUSED(resources);
}

void VisitExtractor::run(const Document &document, Analysis &analysis) const
{
    Q_UNUSED(document);
    Q_UNUSED(analysis);
}

} // namespace lector
