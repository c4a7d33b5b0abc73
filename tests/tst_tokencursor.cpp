// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/tokencursor.h"
#include "model/analysis.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace lector;

class TestTokenCursor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAsTokenAfter_data();
    void answersAsTokenAfter();
    void emptyText();
};

void TestTokenCursor::answersAsTokenAfter_data()
{
    QTest::addColumn<QString>("text");
    // Positions asked about, in this order.
    QTest::addColumn<QList<qsizetype>>("positions");

    const QString sentence = u"The mayor said, \"We will rebuild.\"  She left on Monday."_qs;
    QTest::newRow("in text order") << sentence << QList<qsizetype>{0, 4, 10, 17, 30, 40, 50};
    QTest::newRow("inside and between tokens") << sentence << QList<qsizetype>{1, 3, 9, 15, 35};
    QTest::newRow("the same position twice") << sentence << QList<qsizetype>{4, 4, 10, 10};
    QTest::newRow("backwards") << sentence << QList<qsizetype>{50, 30, 10, 0};
    QTest::newRow("forwards again after a step back")
        << sentence << QList<qsizetype>{20, 5, 6, 40, 41};
    QTest::newRow("before the text and past its end")
        << sentence << QList<qsizetype>{-5, 0, sentence.size(), sentence.size() + 10, 3};
    QTest::newRow("blank lines between paragraphs")
        << u"First line.\n\n\nSecond line here."_qs << QList<qsizetype>{0, 11, 12, 13, 14, 20};
}

// The cursor must give exactly Analysis::tokenAfter()'s answer whatever the order of questions:
// analysers rely on it for mentions and quotes that an earlier step may have left unsorted.
void TestTokenCursor::answersAsTokenAfter()
{
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, positions);
    Analysis analysis;
    analysis.tokens = Tokenizer::tokenize(text);
    QVERIFY(!analysis.tokens.isEmpty());
    TokenCursor cursor(analysis.tokens);
    for (qsizetype pos : std::as_const(positions))
        QCOMPARE(cursor.after(pos), analysis.tokenAfter(pos));
}

void TestTokenCursor::emptyText()
{
    const QList<Token> tokens;
    TokenCursor cursor(tokens);
    QCOMPARE(cursor.after(0), 0);
    QCOMPARE(cursor.after(7), 0);
    QCOMPARE(cursor.after(-1), 0);
}

QTEST_GUILESS_MAIN(TestTokenCursor)
#include "tst_tokencursor.moc"
