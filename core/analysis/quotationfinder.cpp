// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotationfinder.h"

#include "lexicon/resources.h"

namespace lector {

QuotationFinder::QuotationFinder(const Resources &resources)
{
    Q_UNUSED(resources);
}

void QuotationFinder::run(const Document &document, Analysis &analysis) const
{
    Q_UNUSED(document);
    Q_UNUSED(analysis);
}

} // namespace lector
