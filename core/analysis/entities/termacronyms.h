// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"
#include "model/analysis.h"

#include <QSet>
#include <QStringView>

#include <vector>

namespace lector {

/// Acronyms that an article defines as terms: "sea surface salinity (SSS)", "light-emitting
/// diode (LED)". An acronym in brackets right after words in lower case whose initials spell
/// it names a thing or an idea, not a person, place or organization, however the model typed
/// its capitals. A name is spelled out in capitals ("Korean Central News Agency (KCNA)"), so
/// those acronyms are left alone. Reads the tokens and their facts; no word lists.
class TermAcronyms
{
public:
    /// The acronyms the text defines from lower-case words, as written ("SSS").
    static QSet<QString> find(const QString &text, const QList<Token> &tokens,
                              const std::vector<NerTokenFacts> &facts);
    /// Removes every person, place or organization mention whose text is one of those
    /// acronyms, or its plural ("SSSs"). Keeps the order of the other mentions.
    static void dropNames(const QString &text, Analysis &analysis,
                          const std::vector<NerTokenFacts> &facts);
};

} // namespace lector
