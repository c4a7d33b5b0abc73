// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/temporaltagger.h"

#include "lexicon/resources.h"

namespace lector {

TemporalTagger::TemporalTagger(const Resources &resources)
{
    Q_UNUSED(resources);
}

void TemporalTagger::run(const Document &document, Analysis &analysis) const
{
    Q_UNUSED(document);
    Q_UNUSED(analysis);
}

} // namespace lector
