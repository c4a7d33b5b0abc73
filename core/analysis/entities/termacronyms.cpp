// SPDX-License-Identifier: GPL-3.0-or-later
#include "termacronyms.h"

#include <algorithm>

namespace lector {

namespace {

// Two to six capital letters: "SSS", "LED", "SMOS".
bool isAcronym(QStringView word)
{
    return word.size() >= 2 && word.size() <= 6 &&
           std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

// Whether the words before the bracket at `open` spell `acronym` by their initials, read
// backwards, all in lower case: "global sea surface salinity (SSS)". Short lower-case words
// inside the phrase may be skipped ("soil moisture and ocean salinity (SMOS)"); the parts of a
// hyphenated word count as words ("other-initiated repair (OIR)", whether or not the tokenizer
// splits them).
bool spelledInLowerCase(const std::vector<NerTokenFacts> &facts, int open, QStringView acronym)
{
    qsizetype letter = acronym.size() - 1;
    for (int t = open - 1; t >= 0 && letter >= 0; --t) {
        const QList<QStringView> parts = facts[size_t(t)].word.split(u'-', Qt::SkipEmptyParts);
        if (parts.isEmpty() && facts[size_t(t)].word == u"-")
            continue;
        if (parts.isEmpty())
            return false;
        for (qsizetype p = parts.size() - 1; p >= 0 && letter >= 0; --p) {
            const QStringView word = parts[p];
            if (!word[0].isLetter() || !word[0].isLower())
                return false;
            if (word[0] == acronym[letter].toLower())
                --letter;
            else if (letter == acronym.size() - 1 || word.size() > 3)
                return false; // the phrase ends on the last letter; only short words skip
        }
    }
    return letter < 0;
}

} // namespace

QSet<QString> TermAcronyms::find(const QString &text, const QList<Token> &tokens,
                                 const std::vector<NerTokenFacts> &facts)
{
    QSet<QString> terms;
    const int n = int(facts.size());
    for (int t = 1; t + 2 < n; ++t) {
        if (facts[size_t(t)].word != u"(" || facts[size_t(t + 2)].word != u")")
            continue;
        const QStringView acronym = facts[size_t(t + 1)].word;
        // An organization's name written in lower case still ends on its head word
        // ("the national rifle association (NRA)", lexicon/orgwords.tsv): not a term.
        if ((facts[size_t(t - 1)].flags & NerFeatures::OrgWord) != 0)
            continue;
        if (isAcronym(acronym) && spelledInLowerCase(facts, t, acronym))
            terms.insert(text.mid(tokens[t + 1].span.begin, tokens[t + 1].span.length()));
    }
    return terms;
}

// "The satellite measures sea surface salinity (SSS) ... SSS rose in the north": the model
// reads the capitals of "SSS" as an organization's.
void TermAcronyms::dropNames(const QString &text, Analysis &analysis,
                             const std::vector<NerTokenFacts> &facts)
{
    const QSet<QString> terms = find(text, analysis.tokens, facts);
    if (terms.isEmpty())
        return;
    const auto isTerm = [&](const Mention &m) {
        if (m.type == EntityType::Other)
            return false;
        QString written = text.mid(m.span.begin, m.span.length());
        if (terms.contains(written))
            return true;
        if (written.endsWith(u's')) {
            written.chop(1);
            return terms.contains(written);
        }
        return false;
    };
    analysis.mentions.erase(
        std::remove_if(analysis.mentions.begin(), analysis.mentions.end(), isTerm),
        analysis.mentions.end());
}

} // namespace lector
