// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entityrecogniser.h"

#include "lexicon/resources.h"

namespace lector {

EntityRecogniser::EntityRecogniser(const Resources &resources)
{
    Q_UNUSED(resources);
}

void EntityRecogniser::run(const Document &document, Analysis &analysis) const
{
    Q_UNUSED(document);
    Q_UNUSED(analysis);
}

} // namespace lector
