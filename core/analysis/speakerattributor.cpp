// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/speakerattributor.h"

#include "lexicon/resources.h"

namespace lector {

SpeakerAttributor::SpeakerAttributor(const Resources &resources)
{
    Q_UNUSED(resources);
}

void SpeakerAttributor::run(const Document &document, Analysis &analysis) const
{
    Q_UNUSED(document);
    Q_UNUSED(analysis);
}

} // namespace lector
