// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"

#include "annotationtips.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace lector {

namespace {

// Mentions carry anchors "lector-mention:N" so QTextBrowser gives them the pointing hand and
// reports clicks; N indexes Analysis::mentions.
const QString MentionScheme = QStringLiteral("lector-mention");

void mergeSpan(QTextCursor &cursor, Span span, const QTextCharFormat &format)
{
    const qsizetype last = cursor.document()->characterCount() - 1;
    const int begin = int(std::clamp(span.begin, qsizetype(0), last));
    const int end = int(std::clamp(span.end, qsizetype(0), last));
    if (end <= begin)
        return;
    cursor.setPosition(begin);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format);
}

bool quoteInvolves(const Analysis &analysis, const Quote &quote, int entity)
{
    if (quote.speaker == entity)
        return true;
    const int first = analysis.mentionAt(quote.span.begin);
    for (int m = std::max(first, 0); m < analysis.mentions.size(); ++m) {
        const Mention &mention = analysis.mentions.at(m);
        if (mention.span.begin >= quote.span.end)
            break;
        if (mention.entity == entity && quote.span.contains(mention.span))
            return true;
    }
    return false;
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Dropped files go to the window, which opens them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    document()->setUndoRedoEnabled(false);
    document()->setDocumentMargin(16);
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The article text. People, places, organizations, dates and "
                                "quotations are marked; click a name to follow it."));
    setPointSize(m_pointSize);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleView::onAnchorClicked);
}

void ArticleView::setArticle(const Document &document)
{
    m_article = document;
    m_analysis = Analysis();
    m_filterEntity = -1;
    setPlainText(document.text);
    QTextCursor cursor(this->document());
    cursor.beginEditBlock();
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(10);
    paragraph.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    cursor.select(QTextCursor::Document);
    cursor.mergeBlockFormat(paragraph);
    cursor.endEditBlock();
    updateColumn();
    paintHighlights();
}

void ArticleView::setAnalysis(const Analysis &analysis)
{
    m_analysis = analysis;
    m_filterEntity = -1;
    paintHighlights();
}

void ArticleView::setHighlightStyle(const HighlightStyle &style)
{
    m_style = style;
    paintHighlights();
}

void ArticleView::setFilterEntity(int entity)
{
    if (entity >= m_analysis.entities.size())
        entity = -1;
    if (entity == m_filterEntity)
        return;
    m_filterEntity = entity;
    paintHighlights();
    if (entity >= 0 && !m_analysis.entities.at(entity).mentions.isEmpty()) {
        const int first = m_analysis.entities.at(entity).mentions.constFirst();
        if (first >= 0 && first < m_analysis.mentions.size()) {
            QTextCursor cursor(document());
            cursor.setPosition(int(m_analysis.mentions.at(first).span.begin));
            setTextCursor(cursor);
            ensureCursorVisible();
        }
    }
}

void ArticleView::reveal(Span span)
{
    QTextCursor cursor(document());
    mergeSpan(cursor, span, QTextCharFormat()); // positions the selection, format unchanged
    setTextCursor(cursor);
    ensureCursorVisible();
}

// One pass from plain to painted: reset, headings, quotations, dates, then mentions on top, so a
// name inside a quotation keeps both the italics and its own underline.
void ArticleView::paintHighlights()
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(m_filterEntity >= 0 ? m_style.dimmed() : QTextCharFormat());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(font().pointSizeF() * 1.25);
    for (const Span &span : std::as_const(m_article.headings))
        mergeSpan(cursor, span, heading);
    if (m_filterEntity >= 0)
        paintFilter(cursor);
    const QTextCharFormat quote = m_style.format(HighlightStyle::Kind::Quote);
    for (const Quote &q : std::as_const(m_analysis.quotes)) {
        if (isKindShown(HighlightStyle::Kind::Quote))
            mergeSpan(cursor, q.outer, quote);
    }
    const QTextCharFormat date = m_style.format(HighlightStyle::Kind::Date);
    for (const TimeExpression &t : std::as_const(m_analysis.times)) {
        if (isKindShown(HighlightStyle::Kind::Date))
            mergeSpan(cursor, t.span, date);
    }
    for (int i = 0; i < m_analysis.mentions.size(); ++i) {
        const Mention &m = m_analysis.mentions.at(i);
        const HighlightStyle::Kind kind = HighlightStyle::kindOf(m.type);
        // A hidden kind keeps its link (a click still filters) but loses its colour; the
        // filtered entity stays emphasised because the reader asked for it.
        const bool filtered = m_filterEntity >= 0 && m.entity == m_filterEntity;
        QTextCharFormat format = filtered            ? m_style.emphasised(kind)
                                 : isKindShown(kind) ? m_style.format(kind)
                                                     : QTextCharFormat();
        format.setAnchor(true);
        format.setAnchorHref(MentionScheme + u':' + QString::number(i));
        mergeSpan(cursor, m.span, format);
    }
    cursor.endEditBlock();
}

// Under a filter the sentences that mention the entity, and its quotations, keep their normal
// colour so that the reader sees them in context; everything else stays dimmed.
void ArticleView::paintFilter(QTextCursor &cursor)
{
    QTextCharFormat normal;
    normal.setForeground(palette().text());
    const Entity &entity = m_analysis.entities.at(m_filterEntity);
    for (int m : entity.mentions) {
        if (m < 0 || m >= m_analysis.mentions.size())
            continue;
        const Span span = m_analysis.mentions.at(m).span;
        const int s = m_analysis.sentenceAt(span.begin);
        mergeSpan(cursor, s >= 0 ? m_analysis.sentences.at(s).span : span, normal);
    }
    for (const Quote &q : std::as_const(m_analysis.quotes)) {
        if (quoteInvolves(m_analysis, q, m_filterEntity))
            mergeSpan(cursor, q.outer, normal);
    }
}

void ArticleView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() != MentionScheme)
        return;
    bool ok = false;
    const int mention = url.path().toInt(&ok);
    if (!ok || mention < 0 || mention >= m_analysis.mentions.size())
        return;
    const int entity = m_analysis.mentions.at(mention).entity;
    if (entity >= 0)
        Q_EMIT entityActivated(entity);
}

qsizetype ArticleView::positionAt(const QPoint &viewportPoint) const
{
    const QPoint content =
        viewportPoint + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return document()->documentLayout()->hitTest(content, Qt::ExactHit);
}

QString ArticleView::toolTipAt(qsizetype pos) const
{
    if (pos < 0)
        return {};
    return AnnotationTips::at(m_analysis, pos);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(positionAt(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ArticleView::setKindShown(HighlightStyle::Kind kind, bool shown)
{
    if (m_shownKinds[int(kind)] == shown)
        return;
    m_shownKinds[int(kind)] = shown;
    paintHighlights();
}

void ArticleView::setPointSize(int points)
{
    m_pointSize = std::clamp(points, 7, 40);
    QFont f = font();
    f.setPointSize(m_pointSize);
    setFont(f);
    updateColumn();
    paintHighlights(); // headings scale with the body
    Q_EMIT pointSizeChanged(m_pointSize);
}

void ArticleView::setFontFamily(const QString &family)
{
    QFont f = family.isEmpty() ? QFont() : QFont(family);
    f.setPointSize(m_pointSize);
    setFont(f);
    updateColumn();
    paintHighlights();
}

// Lines longer than about 75 characters tire the eye (the typographers' 45-75 rule): wide windows
// get equal side margins so the column stays centred and readable.
void ArticleView::updateColumn()
{
    const int column = fontMetrics().averageCharWidth() * MaxColumnChars;
    const int side = std::max(0, (viewport()->width() - column) / 2);
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    if (int(frame.leftMargin()) == side && int(frame.rightMargin()) == side)
        return;
    frame.setLeftMargin(side);
    frame.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(frame);
}

// Ctrl+wheel zooms like Ctrl +/-, through setPointSize() so that the size is remembered;
// QTextEdit's own zoom would change the font behind the reading settings' back.
void ArticleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setPointSize(m_pointSize + steps);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateColumn();
}

bool ArticleView::revealNextMention(bool forward)
{
    if (m_filterEntity < 0)
        return false;
    const QList<int> &mentions = m_analysis.entities.at(m_filterEntity).mentions;
    if (mentions.isEmpty())
        return false;
    const int here = forward ? textCursor().selectionEnd() : textCursor().selectionStart();
    QList<Span> spans;
    for (int m : mentions) {
        if (m >= 0 && m < m_analysis.mentions.size())
            spans << m_analysis.mentions.at(m).span;
    }
    std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
    if (spans.isEmpty())
        return false;
    Span target = forward ? spans.constFirst() : spans.constLast(); // wrap around
    if (forward) {
        const auto it =
            std::find_if(spans.cbegin(), spans.cend(), [here](Span s) { return s.begin >= here; });
        if (it != spans.cend())
            target = *it;
    } else {
        const auto it =
            std::find_if(spans.crbegin(), spans.crend(), [here](Span s) { return s.end <= here; });
        if (it != spans.crend())
            target = *it;
    }
    reveal(target);
    return true;
}

int ArticleView::topPosition() const
{
    const QPoint top(viewport()->width() / 2, verticalScrollBar()->value());
    return std::max(0, document()->documentLayout()->hitTest(top, Qt::FuzzyHit));
}

void ArticleView::scrollToPosition(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    const QRect rect = cursorRect(cursor);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top());
}

} // namespace lector
