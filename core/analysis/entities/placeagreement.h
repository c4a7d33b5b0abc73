// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"
#include "model/analysis.h"

#include <vector>

namespace lector {

/// The EntityRecogniser's agreement on places across one document, after the model tagged
/// every sentence: a name the article uses as a place names that place wherever it stands
/// ("hotels in Hadibo ... Hadibo has a market", "York is a walled city" after "trains to York").
class PlaceAgreement
{
public:
    /// Adds the capitalised words the model left out that spell, token for token, a place
    /// mention of the model elsewhere in the article, when the article gives that written
    /// name no other type (no person, organization or other mention of it). Not inside a
    /// longer capitalised phrase, a headline in capitals or a time expression.
    /// Keeps Analysis::mentions sorted; run after the model's mentions are final.
    static void addPlaceNames(Analysis &analysis, const std::vector<NerTokenFacts> &facts);
};

} // namespace lector
