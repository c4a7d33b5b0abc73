// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/gazetteer.h"
#include "lexicon/packedresources.h"
#include "lexicon/resources.h"
#include "lexicon/wordclustertable.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QResource>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

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
    void brokenTableFailsThePacker();
    void sameWordClustersAsParsing();
    void wordClustersReadInPlace();
    void sameCountryTablesAsParsing_data();
    void sameCountryTablesAsParsing();
    void countryTablesReadInPlace();
    void countryTableRules_data();
    void countryTableRules();
    void damagedPackIsRefused_data();
    void damagedPackIsRefused();
    void packIsReproducible();

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
        if (name == WordClusterTable::tableName()) {
            // Stored as the finished table instead (sameWordClustersAsParsing).
            QCOMPARE(packed.rows().size(), 0);
            continue;
        }
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
        QCOMPARE(packed.entry(i).population, parsed.entry(i).population);
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

void TestPackedResources::brokenTableFailsThePacker()
{
    // lector-packresources (PackedResources::packFile()) stops the build at a short row with
    // the table's file and line, and writes nothing (review of round 16: it exited 0).
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"gazetteer"_qs));
    QFile file(dir.path() + u"/gazetteer/places.tsv"_qs);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# test rows\nNowhere\n");
    file.close();
    const QString output = dir.path() + u"/resources.bin"_qs;
    QString error;
    QVERIFY(!PackedResources::packFile(dir.path(), output, &error));
    QVERIFY2(error.contains(u"places.tsv"_qs) && error.contains(u"line 2"_qs), qPrintable(error));
    QVERIFY(!QFile::exists(output));
    // The shipped tables pack.
    QVERIFY2(PackedResources::packFile(qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/resources"_qs,
                                       output, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(output).size() > 0);
}

void TestPackedResources::sameWordClustersAsParsing()
{
    // The same slots, byte for byte, so every lookup gives what the parsed table gives; and
    // each listed word finds its row's cluster (the first row among equal words).
    QVERIFY(m_packed);
    const WordClusterTable &parsed = m_parsed->wordClusters();
    const WordClusterTable &packed = m_packed->wordClusters();
    QVERIFY(!parsed.isEmpty());
    QCOMPARE(packed.size(), parsed.size());
    QCOMPARE(packed.slotCount(), parsed.slotCount());
    QVERIFY(std::memcmp(packed.slotBytes().data(), parsed.slotBytes().data(),
                        size_t(parsed.slotBytes().size())) == 0);
    QHash<quint64, quint32> first;
    for (const TsvTable::Row &row : m_parsed->table(WordClusterTable::tableName()).rows()) {
        for (QStringView word :
             QStringView(row.fields.value(1)).tokenize(u' ', Qt::SkipEmptyParts)) {
            const quint64 hash = wordhash::lowerFoldedHash(word);
            const quint64 key = hash & ~WordClusterTable::valueMask;
            if (!first.contains(key))
                first.insert(key, WordClusterTable::pack(row.fields.value(0)));
            QCOMPARE(packed.cluster(hash), first.value(key));
        }
    }
    QCOMPARE(qsizetype(first.size()), parsed.size());
    QCOMPARE(packed.cluster(wordhash::lowerFoldedHash(u"zzqxjv-not-a-word")), 0u);
}

void TestPackedResources::wordClustersReadInPlace()
{
    // Start-up does no work per word: the slots are the compiled-in bytes themselves.
    QVERIFY(m_packed);
    const QResource resource(PackedResources::path());
    if (quintptr(resource.data()) % alignof(qint32) != 0)
        QSKIP("The compiled-in resource is not aligned here; it is read from a copy.");
    const auto *begin = reinterpret_cast<const char *>(resource.data());
    const QByteArrayView slots = Resources::load()->wordClusters().slotBytes();
    QVERIFY(!slots.isEmpty());
    QVERIFY(slots.data() >= begin && slots.data() + slots.size() <= begin + resource.size());
}

namespace {

// What the country tables must hold, computed here from the rows in the simplest way (the
// map VisitLexicon built at every start before round 11): the name lower-cased -> its country
// lower-cased; for places the first row of a name wins, for demonyms the last.
QHash<QString, QString> expectedCountries(const Resources &resources, bool places)
{
    QHash<QString, QString> expected;
    if (!places) {
        for (const TsvTable::Row &row : resources.table(u"demonyms"_qs).rows())
            expected.insert(row.fields.value(0).toLower(), row.fields.value(1).toLower());
        return expected;
    }
    for (const QString &table :
         {u"countries"_qs, u"places_extra"_qs, u"regions"_qs, u"cities"_qs}) {
        for (const TsvTable::Row &row : resources.table(table).rows()) {
            QString country;
            if (row.fields.value(3) == u"country") {
                country = row.fields.value(1);
            } else {
                for (const QString &pair : row.fields.value(4).split(u';')) {
                    if (pair.startsWith(u"country=")) {
                        country = pair.mid(8);
                        break;
                    }
                }
            }
            if (!country.isEmpty() && !expected.contains(row.fields.value(0).toLower()))
                expected.insert(row.fields.value(0).toLower(), country.toLower());
        }
    }
    return expected;
}

const NameTable &countryTable(const Resources &resources, bool places)
{
    return places ? resources.placeCountries() : resources.demonymCountries();
}

} // namespace

void TestPackedResources::sameCountryTablesAsParsing_data()
{
    QTest::addColumn<bool>("places");
    QTest::newRow("place names") << true;
    QTest::newRow("demonyms") << false;
}

void TestPackedResources::sameCountryTablesAsParsing()
{
    // The same slots, keys and values as the table built from the rows, and every listed name
    // finds the country the rows give it.
    QFETCH(bool, places);
    QVERIFY(m_packed);
    const NameTable &parsed = countryTable(*m_parsed, places);
    const NameTable &packed = countryTable(*m_packed, places);
    const QHash<QString, QString> expected = expectedCountries(*m_parsed, places);
    QVERIFY(expected.size() > (places ? 20000 : 200));
    QCOMPARE(parsed.size(), qsizetype(expected.size()));
    QCOMPARE(packed.size(), parsed.size());
    QCOMPARE(packed.slotCount(), parsed.slotCount());
    QCOMPARE(packed.values(), parsed.values());
    for (qsizetype i = 0; i < parsed.slotCount(); ++i) {
        QCOMPARE(packed.slot(i).first, parsed.slot(i).first);
        QCOMPARE(packed.slot(i).second, parsed.slot(i).second);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(parsed.value(it.key()), it.value());
        QCOMPARE(packed.value(it.key()), it.value());
    }
    QVERIFY(packed.value(u"zzqxjv-not-a-place").isNull());
    QVERIFY(packed.value(u"").isNull());
}

void TestPackedResources::countryTablesReadInPlace()
{
    // Start-up inserts no name: the keys are the compiled-in characters themselves.
    QVERIFY(m_packed);
    const QResource resource(PackedResources::path());
    if (quintptr(resource.data()) % alignof(qint32) != 0)
        QSKIP("The compiled-in resource is not aligned here; it is read from a copy.");
    const auto *begin = reinterpret_cast<const char *>(resource.data());
    const NameTable &places = Resources::load()->placeCountries();
    qsizetype inside = 0;
    for (qsizetype i = 0; i < places.slotCount(); ++i) {
        const auto *key = reinterpret_cast<const char *>(places.slot(i).first.utf16());
        if (places.slot(i).second >= 0 && key >= begin && key < begin + resource.size())
            ++inside;
    }
    QCOMPARE(inside, places.size());
}

void TestPackedResources::countryTableRules_data()
{
    // Rows of a small gazetteer folder: the rules of the tables, not the bundled data.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::newRow("a country by its own name") << u"veloria"_qs << u"veloria"_qs;
    QTest::newRow("a city by its extra field") << u"port almer"_qs << u"veloria"_qs;
    QTest::newRow("a name listed twice: the first row wins") << u"kessa"_qs << u"veloria"_qs;
    QTest::newRow("a row without a country is no place of one") << u"grey sea"_qs << QString();
    QTest::newRow("compared in lower case only") << u"Port Almer"_qs << QString();
    QTest::newRow("a demonym: the last row wins") << u"velorian"_qs << u"ostland"_qs;
}

void TestPackedResources::countryTableRules()
{
    QFETCH(QString, name);
    QFETCH(QString, country);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"gazetteer"_qs));
    const auto write = [&](const char16_t *file, const char *rows) {
        QFile out(dir.path() + u"/gazetteer/"_qs + QStringView(file) + u".tsv"_qs);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("# test rows\n");
        out.write(rows);
    };
    write(u"countries", "Veloria\tVeloria\tplace\tcountry\t\n"
                        "Ostland\tOstland\tplace\tcountry\t\n");
    write(u"regions", "Grey Sea\tthe Grey Sea\tplace\tsea\t\n");
    write(u"cities", "Port Almer\tPort Almer\tplace\tcity\tiso=VL;country=Veloria;pop=90000\n"
                     "Kessa\tKessa\tplace\tcity\tiso=VL;country=Veloria;pop=50000\n"
                     "Kessa\tKessa\tplace\tcity\tiso=OS;country=Ostland;pop=20000\n");
    write(u"demonyms", "Velorian\tVeloria\tother\tdemonym\t\n"
                       "Velorian\tOstland\tother\tdemonym\t\n");
    const auto resources = Resources::load(dir.path());
    QVERIFY2(resources->isValid(), qPrintable(resources->error()));
    const bool demonym = name == u"velorian";
    QCOMPARE(countryTable(*resources, !demonym).value(name), country);
    // The packed form of the same rows reads alike.
    static QList<QByteArray> blobs; // unpack() reads in place: kept for the process
    blobs.append(PackedResources::pack(*resources, dir.path()));
    const auto packed = PackedResources::unpack(blobs.last());
    QVERIFY(packed);
    QCOMPARE(countryTable(*packed, !demonym).value(name), country);
}

void TestPackedResources::damagedPackIsRefused_data()
{
    // Header integers: magic, version, metadata size, pool size, table count, cluster slots,
    // cluster words. A blob that does not add up is refused, so the caller parses the files.
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("chop");
    QTest::addColumn<bool>("valid");
    QTest::newRow("as packed") << -1 << 0 << 0 << true;
    QTest::newRow("version 1 (no cluster slots)") << 1 << 1 << 0 << false;
    QTest::newRow("version 2 (no populations)") << 1 << 2 << 0 << false;
    QTest::newRow("version 3 (no country tables)") << 1 << 3 << 0 << false;
    QTest::newRow("version 4 (no city regions)") << 1 << 4 << 0 << false;
    QTest::newRow("slots cut short") << -1 << 0 << 8 << false;
    QTest::newRow("slot count not a power of two") << 5 << -1 << 8 << false;
    QTest::newRow("more words than half the slots") << 6 << -2 << 0 << false;
    QTest::newRow("no cluster table at all") << 5 << 0 << -1 << true;
}

void TestPackedResources::damagedPackIsRefused()
{
    QFETCH(int, field);
    QFETCH(int, value);
    QFETCH(int, chop);
    QFETCH(bool, valid);
    // unpack() reads the blob in place, so every blob is kept for the rest of the process.
    static QList<QByteArray> blobs;
    QByteArray blob = PackedResources::pack(*m_parsed, qEnvironmentVariable("LECTOR_SOURCE_DIR") +
                                                           u"/resources"_qs);
    QVERIFY(blob.size() > 7 * 4);
    auto *ints = reinterpret_cast<qint32 *>(blob.data());
    const qint32 slots = ints[5];
    QVERIFY(slots > 0);
    if (field >= 0)
        ints[field] = value == -1 ? slots - 1 : value == -2 ? slots / 2 + 1 : value;
    if (field == 5 && value == 0)
        ints[6] = 0; // no slots hold no words
    blob.chop(chop == -1 ? qsizetype(slots) * 8 : chop);
    blobs.append(blob);
    const auto resources = PackedResources::unpack(blobs.last());
    QCOMPARE(bool(resources), valid);
    if (!resources)
        return;
    QCOMPARE(resources->gazetteer().size(), m_parsed->gazetteer().size());
    QCOMPARE(resources->table(u"cities"_qs).rows().size(),
             m_parsed->table(u"cities"_qs).rows().size());
    const WordClusterTable &clusters = resources->wordClusters();
    QCOMPARE(clusters.size(), field == 5 ? 0 : m_parsed->wordClusters().size());
    const quint64 the = wordhash::lowerFoldedHash(u"the");
    QCOMPARE(clusters.cluster(the), field == 5 ? 0u : m_parsed->wordClusters().cluster(the));
    QCOMPARE(resources->placeCountries().value(u"minsk"), u"belarus"_qs);
    QCOMPARE(resources->cityRegions().value(u"seattle"), u"washington"_qs);
    QCOMPARE(resources->cityRegions().size(), m_parsed->cityRegions().size());
}

void TestPackedResources::packIsReproducible()
{
    // The build's packer ran in another process, with another hash seed: the same tables give
    // the same bytes (round 16: the gazetteer's first-word index was written in hash order).
    const QString root = qEnvironmentVariable("LECTOR_SOURCE_DIR") + u"/resources"_qs;
    QFile compiled(PackedResources::path());
    QVERIFY(compiled.open(QIODevice::ReadOnly));
    QVERIFY(PackedResources::pack(*m_parsed, root) == compiled.readAll());
}

QTEST_GUILESS_MAIN(TestPackedResources)
#include "tst_packedresources.moc"
