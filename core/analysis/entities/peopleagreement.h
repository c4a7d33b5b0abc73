// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"
#include "model/analysis.h"

#include <QSet>

#include <utility>
#include <vector>

namespace lector {

class Gazetteer;

/// The EntityRecogniser's agreement on people across one document, after the model tagged
/// every sentence: the words of a person's full name name that person elsewhere in the
/// article too ("Daniel Reyes ... Reyes said", "Li Shangfu ... Li's second visit").
class PeopleAgreement
{
public:
    /// Per model mention of Analysis::mentions, in order: its first and end token.
    using MentionTokens = std::vector<std::pair<int, int>>;

    /// A lone-word mention that ends a person's full name elsewhere in the article becomes
    /// that person, unless the word names a country (`confidentPlace` per gazetteer entry).
    static void agreeOnSurnames(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                                const MentionTokens &mentionTokens, const Gazetteer &gazetteer,
                                const std::vector<bool> &confidentPlace);
    /// A name of two to four capitalised words that the model typed "other" is a person when
    /// its first word is a common given name (givennames.tsv) or its last word names a person
    /// elsewhere in the article ("Donald Trump spoke ... Trump said"); one it typed an
    /// organization, only when both hold ("Mike Pence ... Pence said"). See the .cpp for the
    /// guards. `placeHeads`: NerFeatures::hashLower() of the last words of place names.
    static void fullNamesTypedOther(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                                    const MentionTokens &mentionTokens,
                                    const QSet<quint64> &placeHeads);
    /// Adds capitalised words the model left out that start or end a person's full name, or
    /// are common given names mid-sentence (never a `stopNames` word: NerFeatures::hashLower()).
    static void addNameWords(Analysis &analysis, const std::vector<NerTokenFacts> &facts,
                             const MentionTokens &mentionTokens, const QSet<quint64> &stopNames);
    /// A one-word person with no role that the article writes in lower case twice or more
    /// elsewhere, that the dictionary lists in lower case, and that is no given name and no
    /// last word of a person's full name of the article, becomes "other": a plant, a product
    /// or a thing ("Basil needs warm air" in an article on growing basil). Reads mention spans,
    /// so it may run after mentions were added.
    static void dropCommonWords(Analysis &analysis, const std::vector<NerTokenFacts> &facts);
};

} // namespace lector
