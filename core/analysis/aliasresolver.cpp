// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/aliasresolver.h"

#include "lexicon/resources.h"

namespace lector {

AliasResolver::AliasResolver(const Resources &resources)
{
    Q_UNUSED(resources);
}

void AliasResolver::run(const Document &document, Analysis &analysis) const
{
    Q_UNUSED(document);
    Q_UNUSED(analysis);
}

} // namespace lector
