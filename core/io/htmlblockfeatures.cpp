// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/htmlblockfeatures.h"

#include "io/htmlhints.h"

#include <gumbo.h>

#include <QSet>

#include <algorithm>
#include <cmath>

namespace lector {

namespace {

// How far up the tree class/id hints and tags are read.
constexpr int AncestorLevels = 6;
constexpr int TagLevels = 12;

QString tagName(const HtmlTree::Node *node)
{
    const int t = HtmlTree::tag(node);
    if (t < 0 || t == GUMBO_TAG_UNKNOWN)
        return u"x"_qs;
    return QString::fromLatin1(gumbo_normalized_tagname(GumboTag(t)));
}

QString lengthBucket(qsizetype chars)
{
    return chars < 25    ? u"0"_qs
           : chars < 80  ? u"1"_qs
           : chars < 200 ? u"2"_qs
           : chars < 500 ? u"3"_qs
                         : u"4"_qs;
}

QString distanceBucket(int d)
{
    return d == 0 ? u"0"_qs : d == 1 ? u"1"_qs : d <= 3 ? u"2"_qs : d <= 10 ? u"3"_qs : u"4"_qs;
}

bool endsSentence(const QString &text)
{
    static const QString ends = u".!?\"\u201d\u2019:)"_qs;
    return !text.isEmpty() && ends.contains(text.back());
}

int wordCount(const QString &text)
{
    return int(text.count(u' ')) + 1;
}

class Builder
{
public:
    explicit Builder(BlockFeatureVector &out)
        : m_out(out)
    {}
    void add(const QString &name, float value = 1.0f)
    {
        if (value != 0.0f)
            m_out.append({name, value});
    }
    void flag(const QString &name, bool on)
    {
        if (on)
            m_out.append({name, 1.0f});
    }

private:
    BlockFeatureVector &m_out;
};

void describeBlock(const HtmlBlock &block, const BlockVerdict &v, const HtmlHints &hints,
                   Builder &f)
{
    f.add(u"bias"_qs);
    f.flag(u"rb"_qs, v.keep());
    f.flag(u"rb_in"_qs, v.inside);
    f.flag(u"rb_clutter"_qs, v.inside && v.clutter);
    f.flag(u"rb_teaser"_qs, v.teaser);
    f.flag(u"rb_dup_heading"_qs, v.dupHeading);

    const qsizetype chars = block.text.size();
    const double links = chars ? double(block.linkChars) / double(chars) : 0.0;
    f.add(u"len:"_qs + lengthBucket(chars));
    f.add(u"loglen"_qs, float(std::log1p(double(chars)) / 8.0));
    f.add(u"ld"_qs, float(links));
    f.flag(u"ld_zero"_qs, links == 0.0);
    f.flag(u"ld_high"_qs, links > 0.5);
    f.flag(u"ends_sentence"_qs, endsSentence(block.text));
    const int commas = int(block.text.count(u','));
    f.add(u"commas"_qs, float(std::min(commas, 10)) / 10.0f);
    const int words = wordCount(block.text);
    f.flag(u"words_few"_qs, words < 5);
    qsizetype digits = 0, upper = 0, letters = 0;
    for (const QChar c : block.text) {
        digits += c.isDigit();
        letters += c.isLetter();
        upper += c.isUpper();
    }
    f.flag(u"digits_many"_qs, chars > 0 && digits * 10 > chars * 3);
    f.flag(u"all_caps"_qs, letters > 3 && upper * 10 > letters * 8);
    f.add(u"tag:"_qs + tagName(block.owner));

    QSet<QString> ancestorTags;
    int positive = 0;
    int negative = 0;
    int level = 0;
    for (const HtmlTree::Node *n = block.owner; HtmlTree::isElement(n) && level < TagLevels;
         n = n->parent, ++level) {
        const int t = HtmlTree::tag(n);
        if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML)
            break;
        if (level > 0)
            ancestorTags.insert(tagName(n));
        if (level >= AncestorLevels)
            continue;
        const QString hint = HtmlHints::classAndId(n);
        if (hint.isEmpty())
            continue;
        const int weight = hints.classWeight(hint);
        positive += weight > 0;
        negative += weight < 0;
        if (hints.isBoilerplate(hint))
            f.add(u"hint_boilerplate"_qs);
    }
    for (const QString &t : std::as_const(ancestorTags))
        f.add(u"in:"_qs + t);
    f.add(u"hint_pos"_qs, float(std::min(positive, 3)) / 3.0f);
    f.add(u"hint_neg"_qs, float(std::min(negative, 3)) / 3.0f);
}

} // namespace

QList<BlockFeatureVector> HtmlBlockFeatures::compute(const QList<HtmlBlock> &blocks,
                                                     const QList<BlockVerdict> &verdicts,
                                                     const HtmlHints &hints)
{
    const qsizetype n = blocks.size();
    QList<BlockFeatureVector> out(n);
    // Where the rules' text begins and ends, and each block's distance from its nearest line.
    qsizetype firstKept = -1;
    qsizetype lastKept = -1;
    QList<int> distance(n, 1 << 20);
    for (qsizetype i = 0; i < n; ++i) {
        if (verdicts[i].keep()) {
            if (firstKept < 0)
                firstKept = i;
            lastKept = i;
            distance[i] = 0;
        } else if (i > 0) {
            distance[i] = std::min(distance[i], distance[i - 1] + 1);
        }
    }
    for (qsizetype i = n - 2; i >= 0; --i)
        distance[i] = std::min(distance[i], distance[i + 1] + 1);

    for (qsizetype i = 0; i < n; ++i) {
        Builder f(out[i]);
        describeBlock(blocks[i], verdicts[i], hints, f);
        const double position = n > 1 ? double(i) / double(n - 1) : 0.0;
        f.add(u"pos"_qs, float(position));
        f.add(u"dist:"_qs + distanceBucket(distance[i]));
        f.flag(u"before_text"_qs, firstKept >= 0 && i < firstKept);
        f.flag(u"after_text"_qs, lastKept >= 0 && i > lastKept);
        f.flag(u"no_text"_qs, firstKept < 0);
        for (const int d : {-1, 1}) {
            const qsizetype j = i + d;
            const QString side = d < 0 ? u"prev_"_qs : u"next_"_qs;
            if (j < 0 || j >= n) {
                f.add(side + u"none"_qs);
                continue;
            }
            f.flag(side + u"rb"_qs, verdicts[j].keep());
            f.flag(side + u"heading"_qs, blocks[j].headingLevel > 0);
            f.add(side + u"len:"_qs + lengthBucket(blocks[j].text.size()));
            f.flag(side + u"same_owner_parent"_qs,
                   blocks[j].owner && blocks[i].owner &&
                       blocks[j].owner->parent == blocks[i].owner->parent);
        }
    }
    return out;
}

} // namespace lector
