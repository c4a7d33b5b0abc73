// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/tokenizer.h"

#include <QTest>

using namespace lector;

class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data();
    void tokens();
    void lineStarts();
};

void TestTokenizer::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain words") << u"The minister left."_qs
                                 << QStringList{u"The"_qs, u"minister"_qs, u"left"_qs, u"."_qs};
    QTest::newRow("possessive 's")
        << u"Li's visit"_qs << QStringList{u"Li"_qs, u"'s"_qs, u"visit"_qs};
    QTest::newRow("curly possessive")
        << u"Li\u2019s visit"_qs << QStringList{u"Li"_qs, u"\u2019s"_qs, u"visit"_qs};
    QTest::newRow("inner apostrophe")
        << u"O'Brien won't"_qs << QStringList{u"O'Brien"_qs, u"won't"_qs};
    QTest::newRow("hyphenated word")
        << u"a six-day visit"_qs << QStringList{u"a"_qs, u"six-day"_qs, u"visit"_qs};
    QTest::newRow("initials") << u"the U.S. and U.N."_qs
                              << QStringList{u"the"_qs, u"U.S."_qs, u"and"_qs, u"U.N."_qs};
    QTest::newRow("numbers with separators")
        << u"1,000 troops, 3.5% and 2023-08-17"_qs
        << QStringList{u"1,000"_qs, u"troops"_qs, u","_qs,         u"3.5"_qs,
                       u"%"_qs,     u"and"_qs,    u"2023-08-17"_qs};
    QTest::newRow("ordinal") << u"the 11th Moscow Conference"_qs
                             << QStringList{u"the"_qs, u"11th"_qs, u"Moscow"_qs, u"Conference"_qs};
    QTest::newRow("quotes are tokens")
        << u"\"Yes,\" he said"_qs
        << QStringList{u"\""_qs, u"Yes"_qs, u","_qs, u"\""_qs, u"he"_qs, u"said"_qs};
    QTest::newRow("empty text") << QString() << QStringList{};
    // Guards of the ASCII fast path (round 11): a separator at a word's end stays outside it,
    // and outside ASCII a combining mark still belongs to its word.
    QTest::newRow("hyphen and apostrophe at a word's end")
        << u"pre- and post-war talks, the players' union"_qs
        << QStringList{u"pre"_qs, u"-"_qs,   u"and"_qs,     u"post-war"_qs, u"talks"_qs,
                       u","_qs,   u"the"_qs, u"players"_qs, u"'"_qs,        u"union"_qs};
    QTest::newRow("combining mark inside a word")
        << u"Cafe\u0301 owners"_qs << QStringList{u"Cafe\u0301"_qs, u"owners"_qs};
    QTest::newRow("non-ASCII letters around a dash")
        << u"\u0141\u00f3d\u017a\u2014Krak\u00f3w"_qs
        << QStringList{u"\u0141\u00f3d\u017a"_qs, u"\u2014"_qs, u"Krak\u00f3w"_qs};
}

void TestTokenizer::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const Token &t : Tokenizer::tokenize(text))
        got.append(text.mid(t.span.begin, t.span.length()));
    QCOMPARE(got, expected);
}

void TestTokenizer::lineStarts()
{
    const QString text = u"Headline here\nFirst line. Second\n\nThird"_qs;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QStringList starts;
    for (const Token &t : tokens)
        if (t.startsLine)
            starts.append(text.mid(t.span.begin, t.span.length()));
    QCOMPARE(starts, (QStringList{u"Headline"_qs, u"First"_qs, u"Third"_qs}));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
