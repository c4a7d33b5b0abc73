// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"
#include "data/ui/sampleanalysis.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace lector;
using lector::test::SampleArticle;

class TestArticleView : public QObject
{
    Q_OBJECT

private:
    static QTextCharFormat formatAt(const ArticleView &view, qsizetype pos)
    {
        QTextCursor cursor(view.document());
        cursor.setPosition(int(pos) + 1); // the format of the character before the cursor
        return cursor.charFormat();
    }

    /// A viewport point over the character at `pos`.
    static QPoint pointAt(const ArticleView &view, qsizetype pos)
    {
        QTextCursor cursor(view.document());
        cursor.setPosition(int(pos));
        const QRect before = view.cursorRect(cursor);
        cursor.setPosition(int(pos) + 1);
        const QRect after = view.cursorRect(cursor);
        return {(before.center().x() + after.center().x()) / 2, before.center().y()};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offsetsMatchText()
    {
        const SampleArticle s = SampleArticle::make();
        ArticleView view;
        view.setArticle(s.document);
        QCOMPARE(view.document()->characterCount() - 1, s.document.text.size());
        QCOMPARE(view.document()->blockCount(), 4);
        const Span lisbon = s.analysis.mentions.at(1).span;
        QTextCursor cursor(view.document());
        cursor.setPosition(int(lisbon.begin));
        cursor.setPosition(int(lisbon.end), QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), u"Lisbon"_qs);
    }

    void highlightStyles_data()
    {
        QTest::addColumn<int>("offsetInText");
        QTest::addColumn<int>("kind");
        const SampleArticle s = SampleArticle::make();
        const Analysis &a = s.analysis;
        QTest::newRow("person") << int(a.mentions.at(0).span.begin)
                                << int(HighlightStyle::Kind::Person);
        QTest::newRow("place") << int(a.mentions.at(1).span.begin)
                               << int(HighlightStyle::Kind::Place);
        QTest::newRow("organization")
            << int(a.mentions.at(2).span.begin) << int(HighlightStyle::Kind::Organization);
        QTest::newRow("date") << int(a.times.at(0).span.begin) << int(HighlightStyle::Kind::Date);
    }

    void highlightStyles()
    {
        QFETCH(int, offsetInText);
        QFETCH(int, kind);
        const SampleArticle s = SampleArticle::make();
        ArticleView view;
        view.setArticle(s.document);
        QCOMPARE(formatAt(view, offsetInText).underlineStyle(), QTextCharFormat::NoUnderline);
        view.setAnalysis(s.analysis);
        const HighlightStyle style;
        const QTextCharFormat format = formatAt(view, offsetInText);
        QCOMPARE(format.underlineStyle(), style.underline(HighlightStyle::Kind(kind)));
        QCOMPARE(format.underlineColor(), style.colour(HighlightStyle::Kind(kind)));
    }

    void everyKindLooksDifferent()
    {
        const HighlightStyle style;
        for (int a = 0; a < HighlightStyle::KindCount; ++a) {
            for (int b = a + 1; b < HighlightStyle::KindCount; ++b) {
                const auto ka = HighlightStyle::Kind(a);
                const auto kb = HighlightStyle::Kind(b);
                QVERIFY(style.colour(ka) != style.colour(kb));
                QVERIFY2(style.underline(ka) != style.underline(kb) ||
                             style.format(ka).fontItalic() != style.format(kb).fontItalic(),
                         "two kinds differ only in colour");
            }
        }
    }

    void quotationsAreItalic()
    {
        const SampleArticle s = SampleArticle::make();
        ArticleView view;
        view.setArticle(s.document);
        view.setAnalysis(s.analysis);
        QVERIFY(formatAt(view, s.analysis.quotes.at(0).span.begin + 1).fontItalic());
        QVERIFY(!formatAt(view, 0).fontItalic());
    }

    void toolTips_data()
    {
        QTest::addColumn<int>("offsetInText");
        QTest::addColumn<QStringList>("expected");
        const SampleArticle s = SampleArticle::make();
        const Analysis &a = s.analysis;
        QTest::newRow("entity: name, forms, roles, count")
            << int(a.mentions.at(0).span.begin + 2)
            << QStringList{u"Maria Okafor"_qs, u"Okafor"_qs, u"harbour planner"_qs, u"2"_qs};
        QTest::newRow("date: value and precision")
            << int(a.times.at(0).span.begin) << QStringList{u"2024-05-03"_qs, u"day"_qs};
        QTest::newRow("quote: speaker and cue")
            << int(a.quotes.at(1).span.begin) << QStringList{u"Jonas Berg"_qs, u"said"_qs};
        QTest::newRow("quote without speaker")
            << int(a.quotes.at(3).span.begin) << QStringList{u"unknown speaker"_qs};
        QTest::newRow("plain text") << 14 << QStringList();
    }

    void toolTips()
    {
        QFETCH(int, offsetInText);
        QFETCH(QStringList, expected);
        const SampleArticle s = SampleArticle::make();
        ArticleView view;
        view.setArticle(s.document);
        view.setAnalysis(s.analysis);
        const QString tip = view.toolTipAt(offsetInText);
        QCOMPARE(tip.isEmpty(), expected.isEmpty());
        for (const QString &part : expected)
            QVERIFY2(tip.contains(part), qPrintable(tip));
    }

    void clickOnNameActivatesEntity()
    {
        const SampleArticle s = SampleArticle::make();
        ArticleView view;
        view.resize(600, 400);
        view.setArticle(s.document);
        view.setAnalysis(s.analysis);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &ArticleView::entityActivated);
        const Span jonas = s.analysis.mentions.at(4).span;
        const QPoint point = pointAt(view, jonas.begin + 2);
        QVERIFY(jonas.contains(view.positionAt(point)));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 3);

        spy.clear();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointAt(view, 14));
        QCOMPARE(spy.count(), 0);
    }

    void filterDimsOthers()
    {
        const SampleArticle s = SampleArticle::make();
        ArticleView view;
        view.setArticle(s.document);
        view.setAnalysis(s.analysis);
        const qsizetype okafor = s.analysis.mentions.at(3).span.begin;
        const qsizetype oslo = s.analysis.mentions.at(5).span.begin;
        QVERIFY(formatAt(view, okafor).fontWeight() != QFont::Bold);
        view.setFilterEntity(0);
        QCOMPARE(view.filterEntity(), 0);
        QCOMPARE(formatAt(view, okafor).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(view, oslo).foreground(), HighlightStyle().dimmed().foreground());
        view.clearFilter();
        QCOMPARE(view.filterEntity(), -1);
        QVERIFY(formatAt(view, okafor).fontWeight() != QFont::Bold);
        QVERIFY(formatAt(view, oslo).foreground() != HighlightStyle().dimmed().foreground());
    }

    void newArticleDropsAnalysis()
    {
        const SampleArticle s = SampleArticle::make();
        ArticleView view;
        view.setArticle(s.document);
        view.setAnalysis(s.analysis);
        view.setFilterEntity(1);
        Document other;
        other.text = u"A short text without names."_qs;
        view.setArticle(other);
        QCOMPARE(view.filterEntity(), -1);
        QCOMPARE(view.toPlainText(), other.text);
        QVERIFY(view.toolTipAt(2).isEmpty());
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
