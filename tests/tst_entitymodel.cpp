// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ui/sampleanalysis.h"
#include "models/annotationroles.h"
#include "models/entitymodel.h"
#include "models/entitytypeproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lector;
using lector::test::SampleArticle;

class TestEntityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndColumns()
    {
        EntityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const SampleArticle s = SampleArticle::make();
        model.setAnalysis(s.analysis);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, EntityModel::NameColumn).data().toString(), u"Maria Okafor"_qs);
        QCOMPARE(model.index(0, EntityModel::MentionsColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, EntityModel::FormsColumn).data().toString(),
                 u"Maria Okafor, Okafor"_qs);
        QCOMPARE(model.index(0, EntityModel::RolesColumn).data().toString(), u"harbour planner"_qs);
        QCOMPARE(model.index(3, 0).data(IndexRole).toInt(), 3);
        QVERIFY(model.index(0, 0).data(Qt::DecorationRole).canConvert<QColor>());
        model.setAnalysis(Analysis());
        QCOMPARE(model.rowCount(), 0);
    }

    void typeProxy_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("people, most mentioned first")
            << int(EntityType::Person) << QStringList{u"Maria Okafor"_qs, u"Jonas Berg"_qs};
        QTest::newRow("places, ties in first-mention order")
            << int(EntityType::Place) << QStringList{u"Lisbon"_qs, u"Oslo"_qs};
        QTest::newRow("organizations")
            << int(EntityType::Organization) << QStringList{u"Ministry of Ports"_qs};
        QTest::newRow("no other entities") << int(EntityType::Other) << QStringList();
    }

    void typeProxy()
    {
        QFETCH(int, type);
        QFETCH(QStringList, names);
        EntityModel model;
        EntityTypeProxy proxy{EntityType(type)};
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(EntityModel::MentionsColumn, Qt::DescendingOrder);
        model.setAnalysis(SampleArticle::make().analysis);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data().toString();
        QCOMPARE(shown, names);
    }
};

QTEST_GUILESS_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
