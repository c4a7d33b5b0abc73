// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ui/sampleanalysis.h"
#include "models/annotationroles.h"
#include "models/entityinvolvementproxy.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QTest>

using namespace lector;
using lector::test::SampleArticle;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private:
    static QStringList rows(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int i = 0; i < model.rowCount(group); ++i) {
                QStringList cells{group.data().toString()};
                for (int c = 0; c < model.columnCount(group); ++c)
                    cells << model.index(i, c, group).data().toString();
                out << cells.join(u" | "_qs);
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void datedThenUndated()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SampleArticle s = SampleArticle::make();
        model.setAnalysis(s.document.text, s.analysis);
        QCOMPARE(
            rows(model),
            (QStringList{
                u"Dated (1) | Fri 3 May 2024 | Maria Okafor | Lisbon | hosted by Ministry of Ports | past"_qs,
                u"Undated (1) | undated | Jonas Berg | Oslo |  | past"_qs}));
        const QModelIndex visit = model.index(0, 0, model.index(0, 0));
        QCOMPARE(visit.data(Qt::ToolTipRole).toString(),
                 s.document.text.sliced(0, s.analysis.sentences.at(0).span.end));
    }

    void ordersByDateWithoutTimeline()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SampleArticle s = SampleArticle::make();
        Visit earlier = s.analysis.visits.at(0);
        earlier.date = u"2023"_qs;
        earlier.precision = DatePrecision::Year;
        s.analysis.visits << earlier;
        s.analysis.timeline.clear(); // the TimelineBuilder did not run
        model.setAnalysis(s.document.text, s.analysis);
        const QModelIndex dated = model.index(0, 0);
        QCOMPARE(model.rowCount(dated), 2);
        QCOMPARE(model.index(0, 0, dated).data().toString(), u"2023"_qs);
        QCOMPARE(model.index(1, 0, dated).data().toString(), u"Fri 3 May 2024"_qs);
    }

    // Dates, durations and statuses as a person writes them, never TIMEX3 codes ("for P6D").
    void humanWording()
    {
        TimelineModel model;
        SampleArticle s = SampleArticle::make();
        Visit &v = s.analysis.visits[0];
        v.date = u"2023-08-15"_qs;
        v.precision = DatePrecision::Day;
        v.duration = u"P6D"_qs;
        v.host = -1;
        v.status = VisitStatus::Cancelled;
        model.setAnalysis(s.document.text, s.analysis);
        const QModelIndex dated = model.index(0, 0);
        QCOMPARE(model.index(0, TimelineModel::WhenColumn, dated).data().toString(),
                 u"Tue 15 Aug 2023"_qs);
        QCOMPARE(model.index(0, TimelineModel::DetailsColumn, dated).data().toString(),
                 u"for 6 days"_qs);
        QCOMPARE(model.index(0, TimelineModel::StatusColumn, dated).data().toString(),
                 u"cancelled"_qs);
        QVERIFY(model.index(0, TimelineModel::WhoColumn, dated)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .strikeOut());
    }

    void involvementFilter_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QList<int>>("visits");
        QTest::newRow("visitor") << 0 << QList<int>{0};
        QTest::newRow("place") << 4 << QList<int>{1};
        QTest::newRow("host") << 2 << QList<int>{0};
        QTest::newRow("no filter") << -1 << QList<int>{0, 1};
    }

    void involvementFilter()
    {
        QFETCH(int, entity);
        QFETCH(QList<int>, visits);
        TimelineModel model;
        EntityInvolvementProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SampleArticle s = SampleArticle::make();
        model.setAnalysis(s.document.text, s.analysis);
        proxy.setEntity(entity);
        QList<int> shown;
        for (int g = 0; g < proxy.rowCount(); ++g) {
            const QModelIndex group = proxy.index(g, 0);
            for (int i = 0; i < proxy.rowCount(group); ++i)
                shown << proxy.index(i, 0, group).data(IndexRole).toInt();
        }
        QCOMPARE(shown, visits);
    }
};

QTEST_MAIN(TestTimelineModel) // group rows carry a QFont
#include "tst_timelinemodel.moc"
