// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstyle.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QTextBrowser>

namespace lector {

/// The read-only article text with its annotations painted inline: entity mentions, dates and
/// quotations in the HighlightStyle, details on hover. Clicking a name emits entityActivated();
/// setFilterEntity() makes one entity's mentions stand out and dims the rest.
/// Contract: document positions equal Document::text offsets (one paragraph per '\n').
class ArticleView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    /// Shows the text at once, without highlights, and clears the filter.
    void setArticle(const Document &document);
    /// Paints `analysis`, which must belong to the article shown.
    void setAnalysis(const Analysis &analysis);
    void setHighlightStyle(const HighlightStyle &style);

    /// Entity index the view is filtered to, or -1.
    int filterEntity() const { return m_filterEntity; }
    void setFilterEntity(int entity);
    void clearFilter() { setFilterEntity(-1); }

    /// Kinds left unpainted (the legend's unchecked chips); all are shown by default.
    void setKindShown(HighlightStyle::Kind kind, bool shown);
    bool isKindShown(HighlightStyle::Kind kind) const { return m_shownKinds[int(kind)]; }
    /// The reading font size in points; the text column stays about MaxColumnChars wide.
    void setPointSize(int points);
    int pointSize() const { return m_pointSize; }
    void setFontFamily(const QString &family);
    static constexpr int MaxColumnChars = 75;
    /// Selects the next (`forward`) or previous mention of the filtered entity after or before
    /// the cursor, wrapping around; returns false when no entity is filtered.
    bool revealNextMention(bool forward);
    /// The character offset at the top of the visible text; scrollToPosition() restores it.
    int topPosition() const;
    void scrollToPosition(int position);

    /// Scrolls so that `span` is visible and selects it.
    void reveal(Span span);
    /// Tooltip text for the character at `pos`; empty when nothing is annotated there.
    QString toolTipAt(qsizetype pos) const;
    /// Character offset under a viewport point, or -1 when the point is not on text.
    qsizetype positionAt(const QPoint &viewportPoint) const;

Q_SIGNALS:
    void entityActivated(int entity);
    void pointSizeChanged(int points);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void paintHighlights();
    void paintFilter(QTextCursor &cursor);
    void onAnchorClicked(const QUrl &url);
    void updateColumn();

    Document m_article;
    Analysis m_analysis;
    HighlightStyle m_style;
    int m_filterEntity = -1;
    int m_pointSize = 12;
    bool m_shownKinds[HighlightStyle::KindCount] = {true, true, true, true, true, true};
};

} // namespace lector
