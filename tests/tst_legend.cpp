// SPDX-License-Identifier: GPL-3.0-or-later
// The legend's chips toggle highlight kinds from the mouse and from the keyboard alone.
#include "legend.h"

#include <QSignalSpy>
#include <QTest>

using namespace lector;

class TestLegend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyboardChoosesAndToggles_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<int>("toggled");
        QTest::newRow("space on the first chip") << QList<int>{Qt::Key_Space} << 0;
        QTest::newRow("right then enter") << QList<int>{Qt::Key_Right, Qt::Key_Return} << 1;
        QTest::newRow("end then space")
            << QList<int>{Qt::Key_End, Qt::Key_Space} << HighlightStyle::KindCount - 1;
        QTest::newRow("left stops at the first chip")
            << QList<int>{Qt::Key_Left, Qt::Key_Left, Qt::Key_Space} << 0;
        QTest::newRow("home after moving right")
            << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Home, Qt::Key_Enter} << 0;
    }

    void keyboardChoosesAndToggles()
    {
        QFETCH(QList<int>, keys);
        QFETCH(int, toggled);
        Legend legend;
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        QCOMPARE(legend.focusPolicy(), Qt::StrongFocus);
        QSignalSpy spy(&legend, &Legend::kindToggled);
        for (const int key : keys)
            QTest::keyClick(&legend, Qt::Key(key));
        QCOMPARE(spy.count(), 1);
        const auto kind = HighlightStyle::Kind(toggled);
        QCOMPARE(spy.at(0).at(0).value<HighlightStyle::Kind>(), kind);
        QCOMPARE(spy.at(0).at(1).toBool(), false);
        QVERIFY(!legend.isKindShown(kind));
        for (int k = 0; k < HighlightStyle::KindCount; ++k)
            if (k != toggled)
                QVERIFY(legend.isKindShown(HighlightStyle::Kind(k)));
        // A second press shows the kind again.
        QTest::keyClick(&legend, Qt::Key_Space);
        QVERIFY(legend.isKindShown(kind));
    }

    void clickedChipBecomesCurrent()
    {
        Legend legend;
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        const auto kind = HighlightStyle::Kind(2);
        QTest::mouseClick(&legend, Qt::LeftButton, {}, legend.chipRect(kind).center());
        QCOMPARE(legend.currentKind(), kind);
        QVERIFY(!legend.isKindShown(kind));
    }
};

QTEST_MAIN(TestLegend)
#include "tst_legend.moc"
