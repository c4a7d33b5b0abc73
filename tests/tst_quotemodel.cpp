// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ui/sampleanalysis.h"
#include "models/annotationroles.h"
#include "models/entityinvolvementproxy.h"
#include "models/quotemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace lector;
using lector::test::SampleArticle;

class TestQuoteModel : public QObject
{
    Q_OBJECT

private:
    /// "Group: item, item" for every group row, in order.
    static QStringList groups(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            QStringList items;
            for (int i = 0; i < model.rowCount(group); ++i)
                items << QString::number(model.index(i, 0, group).data(IndexRole).toInt());
            out << group.data().toString() + u": "_qs + items.join(u", "_qs);
        }
        return out;
    }

private Q_SLOTS:
    void groupedBySpeaker()
    {
        QuoteModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SampleArticle s = SampleArticle::make();
        model.setAnalysis(s.document.text, s.analysis);
        // The scare quote (2) is not speech and is left out; the unknown speaker comes last.
        QCOMPARE(groups(model), (QStringList{u"Maria Okafor (1): 0"_qs, u"Jonas Berg (1): 1"_qs,
                                             u"Unknown speaker (1): 3"_qs}));
        const QModelIndex first = model.index(0, QuoteModel::TextColumn, model.index(0, 0));
        QCOMPARE(first.data().toString(), u"We will build a new harbour,"_qs);
        QCOMPARE(first.siblingAtColumn(QuoteModel::CueColumn).data().toString(), u"said"_qs);
        QCOMPARE(first.siblingAtColumn(QuoteModel::KindColumn).data().toString(), u"direct"_qs);
        model.setAnalysis(QString(), Analysis());
        QCOMPARE(model.rowCount(), 0);
    }

    void speakerWithoutEntity()
    {
        QuoteModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SampleArticle s = SampleArticle::make();
        s.analysis.quotes[3].speakerName = u"a sign"_qs;
        model.setAnalysis(s.document.text, s.analysis);
        QCOMPARE(groups(model).last(), u"a sign (1): 3"_qs);
    }

    void indirectSpeechIsLighter()
    {
        QuoteModel model;
        SampleArticle s = SampleArticle::make();
        s.analysis.quotes[1].kind = QuoteKind::Indirect;
        model.setAnalysis(s.document.text, s.analysis);
        const QModelIndex direct = model.index(0, QuoteModel::TextColumn, model.index(0, 0));
        const QModelIndex indirect = model.index(0, QuoteModel::TextColumn, model.index(1, 0));
        QCOMPARE(indirect.data(IndexRole).toInt(), 1);
        QVERIFY(indirect.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(indirect.data(Qt::ForegroundRole).isValid());
        QVERIFY(!direct.data(Qt::FontRole).isValid());
        QVERIFY(!direct.data(Qt::ForegroundRole).isValid());
    }

    void uncertainSpeakerSaysSo()
    {
        QuoteModel model;
        SampleArticle s = SampleArticle::make();
        s.analysis.quotes[0].confidence = 0.3f;
        s.analysis.quotes[1].confidence = 0.95f;
        model.setAnalysis(s.document.text, s.analysis);
        const QModelIndex weak = model.index(0, QuoteModel::KindColumn, model.index(0, 0));
        const QModelIndex sure = model.index(0, QuoteModel::KindColumn, model.index(1, 0));
        QVERIFY(weak.data().toString().contains(u"uncertain"_qs));
        QVERIFY(!sure.data().toString().contains(u"uncertain"_qs));
    }

    void involvementFilter_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no filter shows all")
            << -1
            << QStringList{u"Maria Okafor (1): 0"_qs, u"Jonas Berg (1): 1"_qs,
                           u"Unknown speaker (1): 3"_qs};
        QTest::newRow("speaker") << 0 << QStringList{u"Maria Okafor (1): 0"_qs};
        QTest::newRow("named inside a quotation") << 1 << QStringList{u"Jonas Berg (1): 1"_qs};
        QTest::newRow("neither speaks nor is named") << 4 << QStringList();
    }

    void involvementFilter()
    {
        QFETCH(int, entity);
        QFETCH(QStringList, expected);
        QuoteModel model;
        EntityInvolvementProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SampleArticle s = SampleArticle::make();
        model.setAnalysis(s.document.text, s.analysis);
        proxy.setEntity(entity);
        QCOMPARE(groups(proxy), expected);
        proxy.setEntity(-1);
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestQuoteModel) // group rows carry a QFont
#include "tst_quotemodel.moc"
