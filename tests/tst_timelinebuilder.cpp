// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/timelinebuilder.h"

#include <QTest>

using namespace lector;

class TestTimelineBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void order_data();
    void order();
};

void TestTimelineBuilder::order_data()
{
    // dates: the visits' dates in text order ("" = undated); expected: the timeline.
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("dated in order")
        << QStringList{u"2023-08-17"_qs, u"2023-08-15"_qs, u"2022-01-02"_qs} << QList<int>{2, 1, 0};
    QTest::newRow("undated apart, in text order")
        << QStringList{QString(), u"2023-08-17"_qs, QString(), u"2023-08-15"_qs}
        << QList<int>{3, 1, 0, 2};
    QTest::newRow("month before its days")
        << QStringList{u"2023-08-17"_qs, u"2023-08"_qs, u"2023-08-01"_qs} << QList<int>{1, 2, 0};
    QTest::newRow("year before its months")
        << QStringList{u"2023-02"_qs, u"2023"_qs} << QList<int>{1, 0};
    QTest::newRow("day before a later month")
        << QStringList{u"2023-08"_qs, u"2023-07-30"_qs} << QList<int>{1, 0};
    QTest::newRow("equal dates keep text order")
        << QStringList{u"2023-08-17"_qs, u"2023-08-17"_qs, u"2023-08-17"_qs} << QList<int>{0, 1, 2};
    QTest::newRow("week among days")
        << QStringList{u"2023-08-20"_qs, u"2023-W33"_qs, u"2023-08-10"_qs} << QList<int>{2, 1, 0};
    QTest::newRow("season and quarter")
        << QStringList{u"2023-SU"_qs, u"2023-04-02"_qs, u"2023-Q1"_qs} << QList<int>{2, 1, 0};
    QTest::newRow("decade before its years")
        << QStringList{u"1995"_qs, u"199"_qs} << QList<int>{1, 0};
    QTest::newRow("unresolved value is undated")
        << QStringList{u"XXXX-08-17"_qs, u"2023-08-17"_qs} << QList<int>{1, 0};
    QTest::newRow("time of day after its day")
        << QStringList{u"2023-08-17T10:00"_qs, u"2023-08-17"_qs} << QList<int>{1, 0};
}

void TestTimelineBuilder::order()
{
    QFETCH(QStringList, dates);
    QFETCH(QList<int>, expected);
    Analysis analysis;
    for (const QString &date : dates) {
        Visit v;
        v.date = date;
        analysis.visits.append(v);
    }
    TimelineBuilder().run(Document(), analysis);
    QCOMPARE(analysis.timeline, expected);
}

QTEST_GUILESS_MAIN(TestTimelineBuilder)
#include "tst_timelinebuilder.moc"
