// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/quotes/speechlexicon.h"
#include "model/analysis.h"

#include <QStringView>

#include <functional>
#include <vector>

namespace lector {

/// Reads the words naming a speaker next to a speech cue, and resolves pronouns. A helper of
/// SpeakerAttributor, made for one run over one document: it borrows the text, the analysis and
/// the lexicon, which must outlive it.
class SpeakerPhrase
{
public:
    struct Candidate
    {
        Span span;        ///< the words as written ("he", "a campaign spokesman"); empty if none
        int mention = -1; ///< the mention those words are, or the pronoun resolves to
        bool pronoun = false;
        bool isValid() const { return !span.isEmpty(); }
    };

    /// `quoted[i]` is true for tokens inside quotation marks: speakers are never read there.
    /// `genderOf(e)` is the gender pronouns must agree with for entity e (Entity::gender, or
    /// what the attributor learns of it when asked: PersonGenders in speakerattributor.cpp).
    SpeakerPhrase(QStringView text, const Analysis &analysis, const SpeechLexicon &lexicon,
                  const std::vector<bool> &quoted, std::function<Gender(int)> genderOf);

    /// The subject of the cue at token `cue`, read leftwards but not before token `limit`:
    /// "the mayor said", "Li, a general, said", "X visited Minsk and said".
    Candidate before(int cue, int limit) const;
    /// The speaker after a cue ending before token `from`: "said Tom Hale, a spokesman".
    Candidate after(int from, int limit) const;
    /// Links a pronoun candidate to the person it most likely names: the nearest person before it
    /// in its sentence, else the subject (first person) of one of the three sentences before.
    /// The entity's gender (`genders`), when known, must agree with the pronoun's.
    void resolve(Candidate &candidate) const;
    /// The resolved name: the entity's canonical name, else the words as written.
    QString nameOf(const Candidate &candidate) const;
    /// The entity a candidate stands for, or -1.
    int entityOf(const Candidate &candidate) const;

    QStringView word(int i) const;
    bool isPunct(int i, char16_t c) const;

private:
    Candidate phraseEndingAt(int last, int limit) const;
    Candidate phraseStartingAt(int first, int limit) const;
    Candidate clauseSubject(int conjunction, int limit) const;
    /// The subject of the clause that ends at the comma before a participle cue ("Odinga
    /// criticised the trip, saying ..."), or an invalid candidate.
    Candidate participleSubject(int comma, int limit) const;
    bool opensWithVerb(int i) const;
    Candidate locatedPhrase(Span placeSpan, int limit) const;
    Candidate appositionSubject(int open, int close, int limit) const;
    int personBefore(int sentence, qsizetype pos, Gender gender, bool nearest) const;

    QStringView m_text;
    const Analysis &m_analysis;
    const SpeechLexicon &m_lexicon;
    const std::vector<bool> &m_quoted;
    std::function<Gender(int)> m_genderOf;
};

} // namespace lector
