// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/gazetteer.h"
#include "lexicon/packedresources.h"
#include "lexicon/resources.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QResource>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

// The packed form made at build time must load exactly what parsing the TSV files gives.
class TestPackedResources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void packedFormIsCompiledIn();
    void sameTablesAsParsing_data();
    void sameTablesAsParsing();
    void sameGazetteerEntries();
    void samePhraseLookups();
    void brokenTablePacksToNothing();

private:
    std::shared_ptr<const Resources> m_packed;
    std::shared_ptr<const Resources> m_parsed;
};

void TestPackedResources::initTestCase()
{
    m_packed = PackedResources::unpack();
    const QString source = qEnvironmentVariable("LECTOR_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "LECTOR_SOURCE_DIR is not set");
    m_parsed = Resources::load(source + u"/resources"_qs);
    QVERIFY2(m_parsed->isValid(), qPrintable(m_parsed->error()));
}

void TestPackedResources::packedFormIsCompiledIn()
{
    const QResource resource(PackedResources::path());
    QVERIFY(resource.isValid());
    // Uncompressed, so the strings are read in place rather than from a decompressed copy.
    QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression);
    QVERIFY(m_packed);
    QVERIFY(m_packed->isValid());
    // Resources::load() with the default root takes the packed form: two loads share the
    // compiled-in characters instead of decoding them twice.
    const auto first = Resources::load();
    const auto second = Resources::load();
    QCOMPARE(second->table(u"cities"_qs).rows().first().fields.first().constData(),
             first->table(u"cities"_qs).rows().first().fields.first().constData());
}

void TestPackedResources::sameTablesAsParsing_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("word list") << u"speechcues"_qs;
    QTest::newRow("table of several columns") << u"titles"_qs;
    QTest::newRow("non-ASCII names") << u"subdivisions"_qs;
    QTest::newRow("tens of thousands of rows") << u"cities"_qs;
    QTest::newRow("every table") << QString();
}

namespace {

bool onlyComments(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            return false;
    }
    return true;
}

} // namespace

void TestPackedResources::sameTablesAsParsing()
{
    QFETCH(QString, table);
    QVERIFY(m_packed);
    QStringList names = m_parsed->tableNames();
    names.sort();
    QStringList packedNames = m_packed->tableNames();
    packedNames.sort();
    QCOMPARE(packedNames, names);
    if (!table.isEmpty())
        names = {table};
    const QString source = qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/resources"_qs;
    for (const QString &name : names) {
        const TsvTable &parsed = m_parsed->table(name);
        const TsvTable &packed = m_packed->table(name);
        // A table is empty only when its file holds comments alone (wordclusters.tsv since
        // round 8); otherwise an empty table means the parse failed.
        QVERIFY2(!parsed.rows().isEmpty() || onlyComments(parsed.path()), qPrintable(name));
        QCOMPARE(packed.path(), u":/lector"_qs + parsed.path().sliced(source.size()));
        QCOMPARE(packed.rows().size(), parsed.rows().size());
        for (qsizetype i = 0; i < parsed.rows().size(); ++i) {
            const TsvTable::Row &a = parsed.rows()[i];
            const TsvTable::Row &b = packed.rows()[i];
            QCOMPARE(b.line, a.line);
            QCOMPARE(b.fields, a.fields);
            for (qsizetype f = 0; f < a.fields.size(); ++f)
                QCOMPARE(b.fields[f].isNull(), a.fields[f].isNull());
        }
    }
}

void TestPackedResources::sameGazetteerEntries()
{
    QVERIFY(m_packed);
    const Gazetteer &parsed = m_parsed->gazetteer();
    const Gazetteer &packed = m_packed->gazetteer();
    QVERIFY(packed.isValid());
    QCOMPARE(packed.size(), parsed.size());
    QCOMPARE(packed.phraseCount(), parsed.phraseCount());
    for (int i = 0; i < parsed.size(); ++i) {
        QCOMPARE(packed.entry(i).canonical, parsed.entry(i).canonical);
        QCOMPARE(packed.entry(i).major, parsed.entry(i).major);
        QCOMPARE(packed.entry(i).minor, parsed.entry(i).minor);
        QCOMPARE(packed.entry(i).extra, parsed.entry(i).extra);
    }
}

void TestPackedResources::samePhraseLookups()
{
    // Every listed phrase, as written and in capitals (a headline), finds the same entries
    // and the same longest match: the phrase order within each bucket survived packing.
    QVERIFY(m_packed);
    const Gazetteer &parsed = m_parsed->gazetteer();
    const Gazetteer &packed = m_packed->gazetteer();
    int checked = 0;
    for (const QString &name : m_parsed->tableNames()) {
        if (!m_parsed->table(name).path().contains(u"/gazetteer/"))
            continue;
        for (const TsvTable::Row &row : m_parsed->table(name).rows()) {
            const QString phrase = row.fields.first();
            QCOMPARE(packed.entriesFor(phrase), parsed.entriesFor(phrase));
            const QString headline = u"TALKS IN "_qs + phrase.toUpper() + u" END"_qs;
            const QList<Token> tokens = Tokenizer::tokenize(headline);
            const Gazetteer::Match a = parsed.longestMatch(headline, tokens, 2);
            const Gazetteer::Match b = packed.longestMatch(headline, tokens, 2);
            QCOMPARE(b.tokens, a.tokens);
            QCOMPARE(b.entry, a.entry);
            ++checked;
        }
    }
    QVERIFY(checked > 20000);
}

void TestPackedResources::brokenTablePacksToNothing()
{
    // A bad row must stay an error the program reports, so nothing is packed for it.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"gazetteer"_qs));
    QFile file(dir.path() + u"/gazetteer/places.tsv"_qs);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# test rows\nNowhere\tNowhere\tplanet\n");
    file.close();
    const auto resources = Resources::load(dir.path());
    QVERIFY(!resources->isValid());
    QVERIFY(PackedResources::pack(*resources, dir.path()).isEmpty());
    QVERIFY(!PackedResources::pack(*m_parsed,
                                   qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/resources"_qs)
                 .isEmpty());
}

QTEST_GUILESS_MAIN(TestPackedResources)
#include "tst_packedresources.moc"
