// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"
#include "mainwindow.h"
#include "panels/timelinechart.h"
#include "panels/timelinelayout.h"

#include <QDockWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lector;

namespace {

// Made-up people and places. Visits: 0 Ada Vance to Porto on a day, 1 Ada Vance to Kettle Bay
// in a month, 2 Ben Osei to Dunmore for five days, 3 Ben Osei to Harlow undated, 4 Ada Vance to
// Porto undated, far down the article so that revealing it must scroll.
struct Sample
{
    Document document;
    Analysis analysis;

    static Sample make()
    {
        Sample s;
        QStringList lines{QStringLiteral("Ada Vance flew to Porto on 3 March 2025."),
                          QStringLiteral("In April 2025 Ada Vance toured Kettle Bay."),
                          QStringLiteral("Ben Osei spent five days in Dunmore from 10 March."),
                          QStringLiteral("Ben Osei once went to Harlow.")};
        for (int i = 0; i < 80; ++i)
            lines << QStringLiteral("This paragraph only fills the page so that it scrolls.");
        lines << QStringLiteral("Ada Vance later returned to Porto.");
        s.document.text = lines.join(u'\n');
        s.document.title = QStringLiteral("Travels");
        s.document.published = QDate(2025, 5, 1);
        Analysis &a = s.analysis;
        const std::pair<QString, EntityType> entities[] = {
            {u"Ada Vance"_qs, EntityType::Person}, {u"Porto"_qs, EntityType::Place},
            {u"Kettle Bay"_qs, EntityType::Place}, {u"Ben Osei"_qs, EntityType::Person},
            {u"Dunmore"_qs, EntityType::Place},    {u"Harlow"_qs, EntityType::Place}};
        for (const auto &[name, type] : entities) {
            Entity e;
            e.id = u'e' + QString::number(a.entities.size() + 1);
            e.name = name;
            e.type = type;
            a.entities << e;
        }
        qsizetype at = 0;
        for (const QString &line : std::as_const(lines)) {
            Sentence sentence;
            sentence.span = {at, at + line.size()};
            sentence.paragraph = int(a.sentences.size());
            a.sentences << sentence;
            at += line.size() + 1;
        }
        auto visit = [&a](int who, int where, const QString &date, DatePrecision precision,
                          int sentence) {
            Visit v;
            v.visitor = who;
            v.place = where;
            v.date = date;
            v.precision = precision;
            v.sentence = sentence;
            v.evidence = a.sentences.at(sentence).span;
            a.visits << v;
        };
        visit(0, 1, u"2025-03-03"_qs, DatePrecision::Day, 0);
        visit(0, 2, u"2025-04"_qs, DatePrecision::Month, 1);
        visit(3, 4, u"2025-03-10"_qs, DatePrecision::Day, 2);
        a.visits[2].duration = u"P5D"_qs;
        visit(3, 5, QString(), DatePrecision::None, 3);
        visit(0, 1, QString(), DatePrecision::None, int(lines.size()) - 1);
        a.timeline = {0, 2, 1, 3, 4};
        return s;
    }

    QString evidence(int visit) const
    {
        const Span span = analysis.visits.at(visit).evidence;
        return document.text.mid(span.begin, span.length());
    }
};

} // namespace

class TestTimelineChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dateRange_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<bool>("dated");
        QTest::addColumn<QDate>("begin");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("shape");
        const int point = int(TimelineLayout::Shape::Point);
        const int band = int(TimelineLayout::Shape::Band);
        const int bar = int(TimelineLayout::Shape::Bar);
        QTest::newRow("known day") << u"2024-02-28"_qs << QString() << true << QDate(2024, 2, 28)
                                   << QDate(2024, 2, 29) << point;
        QTest::newRow("month precision")
            << u"2024-02"_qs << QString() << true << QDate(2024, 2, 1) << QDate(2024, 3, 1) << band;
        QTest::newRow("year precision")
            << u"2023"_qs << QString() << true << QDate(2023, 1, 1) << QDate(2024, 1, 1) << band;
        QTest::newRow("day with a duration") << u"2024-02-28"_qs << u"P3D"_qs << true
                                             << QDate(2024, 2, 28) << QDate(2024, 3, 2) << bar;
        QTest::newRow("month with a duration stays a band")
            << u"2024-02"_qs << u"P3D"_qs << true << QDate(2024, 2, 1) << QDate(2024, 3, 1) << band;
        QTest::newRow("reference, not a date")
            << u"PRESENT_REF"_qs << QString() << false << QDate() << QDate() << point;
        QTest::newRow("unknown year")
            << u"XXXX-08"_qs << QString() << false << QDate() << QDate() << point;
        QTest::newRow("undated") << QString() << QString() << false << QDate() << QDate() << point;
    }

    void dateRange()
    {
        QFETCH(QString, value);
        QFETCH(QString, duration);
        QFETCH(bool, dated);
        Visit visit;
        visit.date = value;
        visit.duration = duration;
        QDate begin, end;
        TimelineLayout::Shape shape = TimelineLayout::Shape::Point;
        QCOMPARE(TimelineLayout::dateRange(visit, &begin, &end, &shape), dated);
        if (!dated)
            return;
        QTEST(begin, "begin");
        QTEST(end, "end");
        QTEST(int(shape), "shape");
    }

    void durationDays_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<int>("days");
        QTest::newRow("days") << u"P6D"_qs << 6;
        QTest::newRow("weeks") << u"P2W"_qs << 14;
        QTest::newRow("hours are less than a day") << u"PT10H"_qs << -1;
        QTest::newRow("unspecified count") << u"PXD"_qs << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void durationDays()
    {
        QFETCH(QString, duration);
        QTEST(TimelineLayout::durationDays(duration), "days");
    }

    void marksFollowDatesAndPrecision()
    {
        const Sample s = Sample::make();
        TimelineChart chart;
        chart.resize(900, 300);
        chart.setAnalysis(s.document.text, s.analysis);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.shownVisits(), (QList<int>{0, 2, 1, 3, 4}));
        const QRect day = chart.visitRect(0);
        const QRect month = chart.visitRect(1);
        const QRect bar = chart.visitRect(2);
        QVERIFY(day.isValid() && month.isValid() && bar.isValid());
        // Time runs left to right; a month is drawn longer than five days, five days longer
        // than one.
        QVERIFY(day.center().x() < bar.center().x());
        QVERIFY(bar.right() < month.left());
        QVERIFY(month.width() > bar.width());
        QVERIFY(bar.width() > day.width());
        // One lane per actor: Ada Vance's visits share a lane, Ben Osei's is below.
        QVERIFY(qAbs(day.center().y() - month.center().y()) < day.height());
        QVERIFY(bar.top() > day.bottom());
        // The undated visits are listed beside the lanes.
        for (int undated : {3, 4}) {
            QVERIFY(chart.visitRect(undated).isValid());
            QVERIFY(chart.visitRect(undated).left() > month.right());
        }
        QCOMPARE(chart.visitAt(bar.center()), 2);
        QCOMPARE(chart.visitAt(QPoint(1, 1)), -1);
        QVERIFY(!chart.accessibleName().isEmpty());
    }

    // Planned hollow, hypothetical listed but not charted, statuses and durations in words,
    // every evidence sentence of a merged trip in the hover card.
    void statusesAndWording()
    {
        Sample s = Sample::make();
        Analysis &a = s.analysis;
        a.visits[0].status = VisitStatus::Planned;
        a.visits[1].status = VisitStatus::Hypothetical;
        a.visits[4].status = VisitStatus::Cancelled;
        a.visits[2].sentences = {2, 3};
        TimelineChart chart;
        chart.resize(900, 300);
        chart.setAnalysis(s.document.text, a);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QRect planned = chart.visitRect(0);
        const QRect past = chart.visitRect(2);
        const QRect hypothetical = chart.visitRect(1);
        QVERIFY(planned.isValid() && past.isValid() && hypothetical.isValid());
        // Listed with the undated visits, right of the lanes, not on the time axis.
        QVERIFY(hypothetical.left() > past.right());
        QCOMPARE(chart.visitAt(hypothetical.center()), 1);
        QVERIFY(chart.toolTipAt(hypothetical.center()).contains(u"(hypothetical)"_qs));
        const QImage image = chart.grab().toImage();
        const QColor base = chart.palette().color(QPalette::Base);
        QCOMPARE(image.pixelColor(planned.center()), base);
        QVERIFY(image.pixelColor(past.center()) != base);
        const QString tip = chart.toolTipAt(past.center());
        QVERIFY2(tip.contains(u"5 days"_qs) && !tip.contains(u"P5D"_qs), qPrintable(tip));
        QVERIFY2(tip.contains(s.evidence(2).toHtmlEscaped()) &&
                     tip.contains(s.document.text.mid(a.sentences[3].span.begin,
                                                      a.sentences[3].span.length())),
                 qPrintable(tip));
        QVERIFY(chart.toolTipAt(chart.visitRect(4).center()).contains(u"(cancelled)"_qs));
    }

    void hoverShowsEvidence()
    {
        const Sample s = Sample::make();
        TimelineChart chart;
        chart.resize(900, 300);
        chart.setAnalysis(s.document.text, s.analysis);
        const QString tip = chart.toolTipAt(chart.visitRect(2).center());
        QVERIFY2(tip.contains(s.evidence(2)), qPrintable(tip));
        QVERIFY(tip.contains(u"Dunmore"_qs));
        QVERIFY(chart.toolTipAt(QPoint(1, 1)).isEmpty());
    }

    void clickRevealsEvidence_data()
    {
        QTest::addColumn<int>("visit");
        QTest::newRow("day mark") << 0;
        QTest::newRow("month band") << 1;
        QTest::newRow("duration bar") << 2;
        QTest::newRow("undated item far down the article") << 4;
    }

    void clickRevealsEvidence()
    {
        QFETCH(int, visit);
        const Sample s = Sample::make();
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAnalysis(s.document, s.analysis);
        window.findChild<QDockWidget *>(u"timelineDock"_qs)->raise();
        auto *chart = window.findChild<TimelineChart *>(u"timelineChart"_qs);
        auto *view = window.findChild<ArticleView *>(u"articleView"_qs);
        QVERIFY(chart && view);
        QTRY_VERIFY(chart->isVisible() && chart->visitRect(visit).isValid());
        QSignalSpy activated(chart, &TimelineChart::visitActivated);
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->visitRect(visit).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), visit);
        QCOMPARE(chart->selectedVisit(), visit);
        QCOMPARE(view->textCursor().selectedText(), s.evidence(visit));
        QVERIFY(view->viewport()->rect().contains(view->cursorRect().center()));
        if (visit == 4)
            QVERIFY(view->verticalScrollBar()->value() > 0);
    }

    void filterShowsOneActor()
    {
        const Sample s = Sample::make();
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAnalysis(s.document, s.analysis);
        auto *chart = window.findChild<TimelineChart *>(u"timelineChart"_qs);
        QVERIFY(chart);
        window.setFilterEntity(3);
        QCOMPARE(chart->shownVisits(), (QList<int>{2, 3}));
        QVERIFY(chart->visitRect(0).isNull());
        QVERIFY(chart->visitRect(1).isNull());
        QVERIFY(chart->visitRect(2).isValid());
        window.setFilterEntity(1); // a place: the visits to it
        QCOMPARE(chart->shownVisits(), (QList<int>{0, 4}));
        window.clearFilter();
        QCOMPARE(chart->shownVisits().size(), 5);
    }

    void keyboardWalksVisits()
    {
        const Sample s = Sample::make();
        TimelineChart chart;
        chart.resize(900, 300);
        chart.setAnalysis(s.document.text, s.analysis);
        QSignalSpy activated(&chart, &TimelineChart::visitActivated);
        QTest::keyClick(&chart, Qt::Key_Right);
        QCOMPARE(chart.selectedVisit(), 0);
        QTest::keyClick(&chart, Qt::Key_Right);
        QCOMPARE(chart.selectedVisit(), 2);
        QTest::keyClick(&chart, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 2);
    }

    void emptyAnalysisShowsNothing()
    {
        TimelineChart chart;
        chart.resize(400, 200);
        chart.setAnalysis(QString(), Analysis());
        QVERIFY(chart.shownVisits().isEmpty());
        QVERIFY(chart.visitRect(0).isNull());
        QVERIFY(!chart.grab().isNull()); // paints the empty state without crashing
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
