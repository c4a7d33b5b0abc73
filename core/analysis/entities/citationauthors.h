// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"
#include "model/analysis.h"

#include <vector>

namespace lector {

/// Authors cited by name and year, as scholarly text does: "(Dye & Bavelier, 2010; Feng,
/// 2007)", "(see Brieber 2014)", "Morgan-Short et al. (2018)". The capitalised words of such a
/// citation are surnames, however ordinary the word ("Cross", "Marks", "Boot"): the model,
/// which learnt from news, leaves them out or reads them as places. Reads the tokens and
/// their facts; no word lists.
class CitationAuthors
{
public:
    /// Adds a person for every cited surname that no mention covers, and makes a one-word
    /// mention of another type that the gazetteer does not list, and that is exactly such a
    /// surname, a person. Not a word of a time expression ("(June 2007)"), an
    /// organization's head word ("(Open Science Foundation, 2015)") or a title. Keeps
    /// Analysis::mentions sorted.
    static void addAuthors(Analysis &analysis, const std::vector<NerTokenFacts> &facts);
};

} // namespace lector
