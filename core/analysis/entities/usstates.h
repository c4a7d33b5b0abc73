// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"
#include "model/analysis.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace lector {

class Gazetteer;
class Resources;

/// The EntityRecogniser's last pass (round 14): the states of the United States that US news
/// writes after a city, in their AP abbreviation ("Grand Rapids, Mich.", "Sen. Rand Paul (Ky.)",
/// gazetteer/subdivisions.tsv) or their postal code ("Rhinelander, WI.", the iso column US-WI).
///
/// Reads the tokens, their facts and the mentions (sorted, non-overlapping). After a
/// capitalised word and a comma, or alone in brackets, the abbreviation becomes a place
/// mention (a postal code's with source Gazetteer, by which the AliasResolver finds its state),
/// and the city before the comma a place (cityBeforeState()). Round 15: a postal code the model
/// typed a place after such a city is the state whatever follows ("Flint, MI have waited").
/// These are no place: an abbreviation that is also an ordinary word ("see Pa."), one written
/// right before a person's name ("Del. Eleanor Holmes Norton": a title), a party label alone in
/// brackets ("(Ind.)", lexicon/partylabels.tsv) and the end of a longer string of letters and
/// periods ("Va." of "(D-W.Va.)"). Ensures: the mentions stay sorted and non-overlapping; a
/// state mention ends before its abbreviation's last period.
class UsStates
{
public:
    explicit UsStates(const Resources &resources);

    void markStates(const QString &text, Analysis &analysis,
                    const std::vector<NerTokenFacts> &facts) const;

private:
    /// An abbreviation or postal code at a token: its tokens [first, end) and the span of its
    /// mention (without the final period).
    struct StateWord
    {
        int first = 0;
        int end = 0;
        Span span;
        bool postal = false;
    };

    bool stateWordAt(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts, int i,
                     bool typedPlace, StateWord &state) const;
    bool isPostalCode(const QList<Token> &tokens, const std::vector<NerTokenFacts> &facts, int i,
                      bool typedPlace) const;
    bool isNoPlace(const QString &text, const Analysis &analysis,
                   const std::vector<NerTokenFacts> &facts, qsizetype next,
                   const StateWord &state) const;
    bool postalAfterPlace(const QString &text, const QList<Mention> &mentions,
                          const QList<Token> &tokens, qsizetype next, int i) const;
    bool abroad(const QString &text, const Mention &city) const;
    void cityBeforeState(Mention &city, const QList<Token> &tokens,
                         const std::vector<NerTokenFacts> &facts) const;
    static void markState(QList<Mention> &mentions, qsizetype next, const StateWord &state,
                          QList<Mention> &added);

    const Gazetteer &m_gazetteer;
    QSet<QString> m_partyLabels;       ///< lexicon/partylabels.tsv, lower case ("ind.")
    QSet<QString> m_placePrepositions; ///< lexicon/placepreps.tsv, lower case ("in", "near")
    /// Per gazetteer entry: a state of the United States (iso "US-...").
    std::vector<bool> m_usState;
    QHash<QString, int> m_postalCodes; ///< those states by postal code ("MI" of US-MI)
};

} // namespace lector
