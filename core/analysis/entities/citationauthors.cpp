// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/citationauthors.h"

#include "analysis/entities/mentionorder.h"

#include <algorithm>
#include <utility>

namespace lector {

namespace {

// "2010", "1997b": a year of the last five centuries, as citations write it.
bool isYear(QStringView w)
{
    qsizetype digits = 0;
    while (digits < w.size() && w[digits].isDigit())
        ++digits;
    if (digits != 4 || w.size() > 5 || (w.size() == 5 && !w[4].isLower()))
        return false;
    const int year = w.first(4).toInt();
    return year >= 1500 && year <= 2099;
}

bool isCapitalised(const NerTokenFacts &f)
{
    return (f.flags & NerFeatures::InitialCapital) && !(f.flags & NerFeatures::Punctuation);
}

struct Citation
{
    std::vector<std::pair<int, int>> names; ///< first and end token of each surname
    int open = -1;                          ///< the token of the bracket that opens it
};

// Walks back from the year at `k` over "Dye & Bavelier," or "Hein, Reich, Marks, Thuma, &
// Grigorenko," to the bracket or semicolon that opens the citation; lower-case words ("see",
// "e.g.") may stand between that opening and the first name. Returns false when anything else
// comes first.
bool citationBefore(const std::vector<NerTokenFacts> &facts, int k, Citation &out)
{
    const auto word = [&facts](int j) { return facts[size_t(j)].word; };
    int j = k - 1;
    if (j >= 0 && word(j) == u",")
        --j;
    int end = -1; // the end of the surname being read
    const auto flush = [&](int first) {
        if (end > first && end - first <= 3)
            out.names.emplace_back(first, end);
        end = -1;
    };
    while (j >= 0) {
        const QStringView w = word(j);
        if (w == u"(" || w == u";") {
            flush(j + 1);
            break;
        }
        if (w == u"." && j >= 2 && word(j - 1) == u"al" && word(j - 2) == u"et") {
            j -= 3;
            continue;
        }
        if (w == u"al" && j >= 1 && word(j - 1) == u"et") {
            j -= 2;
            continue;
        }
        if (w == u"," || w == u"&" || w == u"and") {
            flush(j + 1);
            --j;
            continue;
        }
        if (isCapitalised(facts[size_t(j)])) {
            if (end < 0)
                end = j + 1;
            --j;
            continue;
        }
        // "(see for example Brieber 2014", "(e.g., Nedwick, 2014)": the lead words.
        flush(j + 1);
        if (out.names.empty())
            return false;
        int lead = 0;
        while (j >= 0 && lead < 4 && word(j) != u"(" && word(j) != u";" &&
               (word(j) == u"." || word(j) == u"," ||
                (!word(j).isEmpty() && word(j).front().isLower())))
            --j, ++lead;
        break;
    }
    if (j < 0 || out.names.empty() || (word(j) != u"(" && word(j) != u";"))
        return false;
    if (word(j) == u"(") {
        out.open = j;
        return true;
    }
    // After a semicolon, the citation must lie inside brackets opened before it.
    for (int b = j - 1; b >= 0 && b > j - 80; --b) {
        if (word(b) == u")")
            return false;
        if (word(b) == u"(") {
            out.open = b;
            return true;
        }
    }
    return false;
}

// "(Price & Fowler, 2014)", "(Hein et al., 2016)": an ampersand or "et al." between the
// bracket at `open` and its end.
bool scholarlyMark(const std::vector<NerTokenFacts> &facts, int open)
{
    for (int j = open + 1; j < int(facts.size()) && j < open + 80; ++j) {
        const QStringView w = facts[size_t(j)].word;
        if (w == u")")
            break;
        if (w == u"&" ||
            (w == u"et" && j + 1 < int(facts.size()) && facts[size_t(j + 1)].word == u"al"))
            return true;
    }
    return false;
}

} // namespace

void CitationAuthors::addAuthors(Analysis &analysis, const std::vector<NerTokenFacts> &facts)
{
    const QList<Token> &tokens = analysis.tokens;
    std::vector<std::pair<int, int>> surnames;
    std::vector<Citation> cited; // dated citations in brackets
    for (int k = 1; k + 1 < tokens.size(); ++k) {
        const QStringView next = facts[size_t(k + 1)].word;
        // "Morgan-Short et al. (2018)": the surname before "et al." of a dated citation.
        if (facts[size_t(k)].word == u"et" && next == u"al") {
            int first = k;
            while (first > 0 && k - first < 3 && isCapitalised(facts[size_t(first - 1)]))
                --first;
            if (first < k && !(first > 0 && isCapitalised(facts[size_t(first - 1)])))
                surnames.emplace_back(first, k);
            continue;
        }
        if (!isYear(facts[size_t(k)].word) || (next != u")" && next != u";" && next != u","))
            continue;
        Citation citation;
        if (citationBefore(facts, k, citation))
            cited.push_back(std::move(citation));
    }
    // "a thriller (Heat, 1995)" names a film and its year: a bracket is a scholarly citation
    // when it has an ampersand or "et al.", two surnames or more, or when the document has two
    // dated brackets or more (review of round 12).
    std::vector<int> opens;
    for (const Citation &c : cited)
        opens.push_back(c.open);
    std::sort(opens.begin(), opens.end());
    const bool manyBrackets = std::unique(opens.begin(), opens.end()) - opens.begin() >= 2;
    for (const Citation &c : cited) {
        qsizetype names = 0;
        for (const Citation &other : cited)
            names += other.open == c.open ? qsizetype(other.names.size()) : 0;
        if (manyBrackets || names >= 2 || scholarlyMark(facts, c.open))
            surnames.insert(surnames.end(), c.names.begin(), c.names.end());
    }
    if (surnames.empty())
        return;
    // In text order, each once: one pointer then walks the mentions (sorted and flat, so the
    // first that does not end before a surname is the only one that may overlap it).
    std::sort(surnames.begin(), surnames.end());
    surnames.erase(std::unique(surnames.begin(), surnames.end()), surnames.end());
    constexpr quint32 noSurname =
        NerFeatures::TimeWord | NerFeatures::OrgWord | NerFeatures::TitleWord;
    QList<Mention> added;
    qsizetype next = 0;
    for (const auto &[first, end] : surnames) {
        bool ok = true;
        for (int t = first; t < end && ok; ++t)
            ok = !(facts[size_t(t)].flags & noSurname);
        if (!ok)
            continue;
        const Span span{tokens[first].span.begin, tokens[end - 1].span.end};
        if (!added.isEmpty() && added.last().span.overlaps(span))
            continue; // "Morgan-Short et al.": a surname of this pass holds the words already
        while (next < analysis.mentions.size() && analysis.mentions[next].span.end <= span.begin)
            ++next;
        if (next == analysis.mentions.size() || !analysis.mentions[next].span.overlaps(span)) {
            Mention mention;
            mention.span = span;
            mention.type = EntityType::Person;
            mention.source = MentionSource::Model;
            added.append(mention);
        } else if (Mention &it = analysis.mentions[next];
                   it.span.begin == span.begin && it.span.end == span.end &&
                   // The model's places and organizations keep their type: "(Hadibo, 2010;
                   // Qalansiyah, 2012)" dates two towns (review of round 12).
                   it.type == EntityType::Other && end - first == 1 &&
                   facts[size_t(first)].matchTokens <= 0) {
            it.type = EntityType::Person;
        }
    }
    addMentions(analysis, added);
}

} // namespace lector
