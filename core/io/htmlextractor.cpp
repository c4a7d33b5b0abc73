// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/htmlextractor.h"

#include "io/contentscorer.h"
#include "io/extractionmodel.h"
#include "io/htmlblockcollector.h"
#include "io/htmlhints.h"
#include "io/htmlmetadata.h"
#include "io/htmltree.h"
#include "io/plaintextreader.h"

#include <gumbo.h>

#include <QHash>

namespace lector {

namespace {

struct TagCounts
{
    int paragraphs = 0;
    int images = 0;
    int inputs = 0;
    int embeds = 0;
};

void countTags(const HtmlTree::Node *node, TagCounts &c, int depth)
{
    if (!HtmlTree::isElement(node) || depth > HtmlBlockCollector::MaxDepth)
        return;
    switch (node->v.element.tag) {
    case GUMBO_TAG_P:
        ++c.paragraphs;
        break;
    case GUMBO_TAG_IMG:
        ++c.images;
        break;
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        ++c.inputs;
        break;
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
        ++c.embeds;
        break;
    default:
        break;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        countTags(static_cast<const HtmlTree::Node *>(children.data[i]), c, depth + 1);
}

// Readability's conditional cleaning: inside the article, a container with few commas goes
// when it is mostly links ("More stories: ..."), images, form fields or an embed, or when its
// class says it is not content.
class Cleaner
{
public:
    Cleaner(const ContentScorer &scorer, const HtmlHints &hints)
        : m_scorer(scorer)
        , m_hints(hints)
    {}

    bool isClutter(const HtmlTree::Node *node)
    {
        const auto it = m_memo.constFind(node);
        if (it != m_memo.cend())
            return *it;
        const bool clutter = decide(node);
        m_memo.insert(node, clutter);
        return clutter;
    }

private:
    bool decide(const HtmlTree::Node *node) const
    {
        const int t = HtmlTree::tag(node);
        if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_UL &&
            t != GUMBO_TAG_OL && t != GUMBO_TAG_TABLE && t != GUMBO_TAG_FORM &&
            t != GUMBO_TAG_FIELDSET && t != GUMBO_TAG_DL)
            return false;
        const ContentScorer::Stats s = m_scorer.stats(node);
        const int weight = m_hints.classWeight(HtmlHints::classAndId(node));
        if (weight + (s.isCandidate ? s.score : 0) < 0)
            return true;
        if (s.commas >= 10)
            return false;
        TagCounts c;
        countTags(node, c, 0);
        const bool isList = t == GUMBO_TAG_UL || t == GUMBO_TAG_OL;
        const double links = s.linkDensity();
        return (c.images > 1 && c.paragraphs * 2 < c.images) || (c.inputs > c.paragraphs / 3) ||
               (!isList && s.chars < 25 && (c.images == 0 || c.images > 2)) ||
               (!isList && weight < 25 && links > 0.2) || (weight >= 25 && links > 0.5) ||
               (c.embeds == 1 && s.chars < 75);
    }

    const ContentScorer &m_scorer;
    const HtmlHints &m_hints;
    QHash<const HtmlTree::Node *, bool> m_memo;
};

bool sameText(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

const HtmlTree::Node *bodyOf(const HtmlTree &tree)
{
    const HtmlTree::Node *root = tree.root();
    if (!HtmlTree::isElement(root))
        return root;
    const GumboVector &children = root->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const HtmlTree::Node *>(children.data[i]);
        if (HtmlTree::tag(child) == GUMBO_TAG_BODY)
            return child;
    }
    return root;
}

// The rules' verdict on every block: inside the selected elements and not cleaned away.
QList<BlockVerdict> judge(const QList<HtmlBlock> &blocks, const ContentScorer &scorer,
                          const HtmlHints &hints, const HtmlMetadata &meta)
{
    const QList<const HtmlTree::Node *> selection = scorer.selection();
    Cleaner cleaner(scorer, hints);
    QList<BlockVerdict> verdicts;
    verdicts.reserve(blocks.size());
    for (const HtmlBlock &block : blocks) {
        BlockVerdict v;
        for (const HtmlTree::Node *n = block.owner; HtmlTree::isElement(n); n = n->parent) {
            if (selection.contains(n)) {
                v.inside = true;
                break;
            }
            v.clutter = v.clutter || cleaner.isClutter(n);
        }
        // "MORE: Ten other stories you may like" - a line that is all link is a teaser.
        v.teaser = block.headingLevel == 0 && HtmlTree::tag(block.owner) != GUMBO_TAG_LI &&
                   block.linkChars * 10 > block.text.size() * 8;
        // The headline repeated above the text, or a heading styled as furniture.
        v.dupHeading = block.headingLevel > 0 &&
                       (sameText(block.text, meta.title) || sameText(block.text, meta.h1) ||
                        hints.classWeight(HtmlHints::classAndId(block.owner)) < 0);
        verdicts.append(v);
    }
    return verdicts;
}

// One pass over the page: blocks, the rules' verdicts, the model's features and its choice.
struct Pass
{
    QList<HtmlBlock> blocks;
    QList<BlockFeatureVector> features;
    QList<bool> kept;
};

Pass runPass(const HtmlTree::Node *body, const HtmlMetadata &meta, bool stripUnlikely)
{
    const HtmlHints &hints = HtmlHints::shared();
    const ExtractionModel &model = ExtractionModel::shared();
    Pass pass;
    HtmlBlockCollector collector(hints, stripUnlikely);
    pass.blocks = collector.collect(body);
    const ContentScorer scorer(pass.blocks, hints);
    const QList<BlockVerdict> verdicts = judge(pass.blocks, scorer, hints, meta);
    pass.features = HtmlBlockFeatures::compute(pass.blocks, verdicts, hints);
    pass.kept.reserve(pass.blocks.size());
    for (qsizetype i = 0; i < pass.blocks.size(); ++i)
        pass.kept.append(model.isEmpty() ? verdicts[i].keep() : model.keeps(pass.features[i]));
    return pass;
}

qsizetype keptLength(const Pass &pass)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < pass.blocks.size(); ++i)
        n += pass.kept[i] ? pass.blocks[i].text.size() + 1 : 0;
    return n;
}

// The first pass, or the one without dropping class-hinted furniture when the first kept too
// little.
Pass bestPass(const HtmlTree &tree, const HtmlMetadata &meta)
{
    Pass pass = runPass(bodyOf(tree), meta, true);
    if (keptLength(pass) < HtmlExtractor::MinArticleLength) {
        Pass retry = runPass(bodyOf(tree), meta, false);
        if (keptLength(retry) > keptLength(pass))
            return retry;
    }
    return pass;
}

void assemble(const Pass &pass, Document &document)
{
    document.text.clear();
    document.headings.clear();
    for (qsizetype i = 0; i < pass.blocks.size(); ++i) {
        if (!pass.kept[i])
            continue;
        const HtmlBlock &block = pass.blocks[i];
        if (!document.text.isEmpty())
            document.text += u'\n';
        if (block.headingLevel > 0)
            document.headings.append(
                {document.text.size(), document.text.size() + block.text.size()});
        document.text += block.text;
    }
}

} // namespace

QString HtmlExtractor::read(const QString &html, Document &document)
{
    const QByteArray utf8 = html.toUtf8();
    if (const int depth = HtmlTree::estimatedDepth(utf8); depth > MaxNesting)
        return QStringLiteral("its markup nests %1 elements deep (at most %2 are read)")
            .arg(depth)
            .arg(MaxNesting);
    const HtmlTree tree(utf8);
    const HtmlMetadata meta = HtmlMetadata::read(tree);
    assemble(bestPass(tree, meta), document);
    document.title = meta.title;
    document.author = meta.author;
    document.siteName = meta.siteName;
    document.published = meta.published;
    document.publishedOrigin = meta.publishedOrigin;
    if (!document.published.isValid()) {
        document.published = PlainTextReader::dateline(document.text);
        if (document.published.isValid())
            document.publishedOrigin = DateOrigin::Dateline;
    }
    return {};
}

QList<HtmlExtractor::TrainingBlock> HtmlExtractor::blocksForTraining(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    if (HtmlTree::estimatedDepth(utf8) > MaxNesting)
        return {};
    const HtmlTree tree(utf8);
    const Pass pass = bestPass(tree, HtmlMetadata::read(tree));
    QList<TrainingBlock> out;
    out.reserve(pass.blocks.size());
    for (qsizetype i = 0; i < pass.blocks.size(); ++i)
        out.append({pass.blocks[i].text, pass.features[i], pass.kept[i]});
    return out;
}

} // namespace lector
