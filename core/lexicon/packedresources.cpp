// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/packedresources.h"

#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"
#include "lexicon/wordclustertable.h"

#include <QFile>
#include <QResource>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace lector {

namespace {

constexpr qint32 magic = 0x314b504c; // "LPK1" in the file on a little-endian host
// Version 2 added the finished word cluster table (its slots) after the pool, in place of the
// rows of lexicon/wordclusters.tsv; version 3 each gazetteer entry's population; version 4 the
// finished place -> country and demonym -> country tables (NameTable); version 5 the city ->
// first-level subdivisions table (Resources::cityRegions()).
constexpr qint32 version = 5;
// magic, version, metadata size, pool size, table count, cluster slots, cluster words
constexpr int headerSize = 7;

// The cluster slots start at the first 8-byte boundary after the pool.
constexpr qsizetype slotsOffset(qsizetype metadata, qsizetype poolSize)
{
    return (metadata * 4 + poolSize * 2 + 7) / 8 * 8;
}

} // namespace

// Builds the metadata integers and the string pool; equal strings are stored once.
class PackedResources::Writer
{
public:
    void integer(qint64 value) { m_ints.append(qint32(value)); }
    void string(const QString &text)
    {
        auto it = m_offsets.constFind(text);
        if (it == m_offsets.cend())
            it = m_offsets.insert(text, appendToPool(text));
        integer(*it);
        integer(text.size());
    }
    QByteArray finish(int tableCount, const WordClusterTable &clusters) const
    {
        QList<qint32> header = {magic,
                                version,
                                0,
                                qint32(m_pool.size()),
                                tableCount,
                                qint32(clusters.slotCount()),
                                qint32(clusters.size())};
        // The pool starts on an 8-byte boundary.
        const qsizetype metadata = (headerSize + m_ints.size() + 1) / 2 * 2;
        header[2] = qint32(metadata);
        const qsizetype slots = slotsOffset(metadata, m_pool.size());
        const QByteArrayView slotBytes = clusters.slotBytes();
        QByteArray blob(slots + slotBytes.size(), '\0');
        std::memcpy(blob.data(), header.constData(), headerSize * 4);
        std::memcpy(blob.data() + headerSize * 4, m_ints.constData(), m_ints.size() * 4);
        std::memcpy(blob.data() + metadata * 4, m_pool.constData(), m_pool.size() * 2);
        if (!slotBytes.isEmpty())
            std::memcpy(blob.data() + slots, slotBytes.data(), slotBytes.size());
        return blob;
    }

private:
    qint32 appendToPool(const QString &text)
    {
        const qsizetype at = m_pool.size();
        m_pool.append(text);
        return qint32(at);
    }

    QList<qint32> m_ints;
    QString m_pool;
    QHash<QString, qint32> m_offsets;
};

// Reads what Writer wrote; any offset out of range marks the whole blob as damaged.
class PackedResources::Reader
{
public:
    Reader(const qint32 *ints, qsizetype intCount, const char16_t *pool, qsizetype poolSize)
        : m_ints(ints)
        , m_end(ints + intCount)
        , m_pool(pool)
        , m_poolSize(poolSize)
    {}
    bool isValid() const { return m_valid; }
    qint32 integer()
    {
        if (m_ints == m_end) {
            m_valid = false;
            return 0;
        }
        return *m_ints++;
    }
    QString string()
    {
        const qint32 at = integer();
        const qint32 size = integer();
        if (at < 0 || size < 0 || at > m_poolSize - size) {
            m_valid = false;
            return {};
        }
        return QString::fromRawData(reinterpret_cast<const QChar *>(m_pool + at), size);
    }
    /// `count` read as a size: non-negative and not more than the integers left.
    qsizetype count()
    {
        const qint32 n = integer();
        if (n < 0 || n > m_end - m_ints)
            m_valid = false;
        return m_valid ? n : 0;
    }
    /// The next `n` integers in place (null when fewer are left), skipped.
    const qint32 *block(qsizetype n)
    {
        if (n < 0 || n > m_end - m_ints) {
            m_valid = false;
            return nullptr;
        }
        const qint32 *at = m_ints;
        m_ints += n;
        return at;
    }
    const char16_t *pool() const { return m_pool; }
    qsizetype poolSize() const { return m_poolSize; }

private:
    const qint32 *m_ints;
    const qint32 *m_end;
    const char16_t *m_pool;
    qsizetype m_poolSize;
    bool m_valid = true;
};

namespace {

// The packed bytes, for the life of the process: the compiled-in resource itself when it is
// stored uncompressed and aligned (the usual case), otherwise a copy.
QByteArray packedBytes()
{
    QResource resource(PackedResources::path());
    if (!resource.isValid())
        return {};
    if (resource.compressionAlgorithm() == QResource::NoCompression &&
        quintptr(resource.data()) % alignof(qint32) == 0)
        return QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                       resource.size());
    QFile file(PackedResources::path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray PackedResources::pack(const Resources &resources, const QString &root)
{
    if (!resources.isValid())
        return {};
    Writer writer;
    packTables(resources, root, writer);
    packGazetteer(resources.gazetteer(), writer);
    packNames(resources.placeCountries(), writer);
    packNames(resources.demonymCountries(), writer);
    packNames(resources.cityRegions(), writer);
    return writer.finish(int(resources.tableNames().size()), resources.wordClusters());
}

bool PackedResources::packFile(const QString &root, const QString &output, QString *error)
{
    const std::shared_ptr<const Resources> resources = Resources::load(root);
    if (!resources->isValid()) {
        *error = resources->error();
        return false;
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(pack(*resources, root)) < 0 || !out.commit()) {
        *error = u"cannot write %1: %2"_qs.arg(output, out.errorString());
        return false;
    }
    return true;
}

void PackedResources::packTables(const Resources &resources, const QString &root, Writer &writer)
{
    // The order Resources::load() inserts them in: lexicon/ first, then gazetteer/, by name.
    QStringList names = resources.tableNames();
    auto inGazetteer = [&](const QString &name) {
        return resources.table(name).path().startsWith(root + u"/gazetteer/");
    };
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const bool ga = inGazetteer(a);
        const bool gb = inGazetteer(b);
        return ga != gb ? gb : resources.table(a).path() < resources.table(b).path();
    });
    for (const QString &name : names) {
        const TsvTable &table = resources.table(name);
        writer.string(name);
        writer.string(u":/lector"_qs + table.path().sliced(root.size()));
        // The cluster table is stored finished (Resources::wordClusters()), not as rows.
        if (name == WordClusterTable::tableName()) {
            writer.integer(0);
            continue;
        }
        writer.integer(table.rows().size());
        for (const TsvTable::Row &row : table.rows()) {
            writer.integer(row.line);
            writer.integer(row.fields.size());
            for (const QString &field : row.fields)
                writer.string(field);
        }
    }
}

void PackedResources::packGazetteer(const Gazetteer &gazetteer, Writer &writer)
{
    writer.integer(gazetteer.m_entries.size());
    for (const GazetteerEntry &entry : gazetteer.m_entries) {
        writer.string(entry.canonical);
        writer.integer(int(entry.major));
        writer.string(entry.minor);
        writer.string(entry.extra);
        // Parsed from extra when packing, not at every start (a tenth of the unpacking).
        writer.integer(qint64(quint64(entry.population) & 0xffffffffu));
        writer.integer(qint64(quint64(entry.population) >> 32));
    }
    writer.integer(gazetteer.m_phrases.size());
    for (const Gazetteer::Phrase &phrase : gazetteer.m_phrases) {
        for (int value : {phrase.entry, phrase.firstWord, phrase.wordCount, phrase.rank})
            writer.integer(value);
    }
    writer.string(gazetteer.m_pool);
    writer.integer(gazetteer.m_words.size());
    for (const Gazetteer::Word &word : gazetteer.m_words) {
        writer.integer(word.begin);
        writer.integer(word.length);
    }
    writer.integer(gazetteer.m_byFirstWord.size());
    // In key order, not the hash's (seeded per process), so that the same tables give the
    // same bytes.
    QList<size_t> keys = gazetteer.m_byFirstWord.keys();
    std::sort(keys.begin(), keys.end());
    for (const size_t key : std::as_const(keys)) {
        writer.integer(qint64(quint64(key) & 0xffffffffu));
        writer.integer(qint64(quint64(key) >> 32));
        const QList<int> &phrases = *gazetteer.m_byFirstWord.constFind(key);
        writer.integer(phrases.size());
        for (int phrase : phrases)
            writer.integer(phrase);
    }
}

void PackedResources::packNames(const NameTable &table, Writer &writer)
{
    writer.integer(table.size());
    writer.integer(table.values().size());
    for (const QString &value : table.values())
        writer.string(value);
    writer.integer(table.slotCount());
    for (qsizetype i = 0; i < table.slotCount(); ++i) {
        const auto [key, value] = table.slot(i);
        if (value < 0) {
            for (int empty : {-1, 0, -1})
                writer.integer(empty);
            continue;
        }
        writer.string(key.toString());
        writer.integer(value);
    }
}

std::shared_ptr<const Resources> PackedResources::unpack()
{
    static const QByteArray bytes = packedBytes();
    return unpack(bytes);
}

std::shared_ptr<const Resources> PackedResources::unpack(const QByteArray &bytes)
{
    if (bytes.size() < headerSize * 4 || quintptr(bytes.constData()) % alignof(qint32) != 0)
        return nullptr;
    const auto *ints = reinterpret_cast<const qint32 *>(bytes.constData());
    const qsizetype metadata = ints[2];
    const qsizetype poolSize = ints[3];
    const qsizetype slotCount = ints[5];
    if (ints[0] != magic || ints[1] != version || metadata < headerSize || poolSize < 0 ||
        slotCount < 0 || bytes.size() != slotsOffset(metadata, poolSize) + slotCount * 8)
        return nullptr;
    // Read in place: the slots stay in the compiled-in bytes (or their copy) for the process.
    const std::optional<WordClusterTable> clusters = WordClusterTable::view(
        reinterpret_cast<const uchar *>(bytes.constData()) + slotsOffset(metadata, poolSize),
        slotCount, ints[6]);
    if (!clusters)
        return nullptr;
    Reader reader(ints + headerSize, metadata - headerSize,
                  reinterpret_cast<const char16_t *>(ints + metadata), poolSize);
    auto resources = std::make_shared<Resources>();
    unpackTables(reader, ints[4], *resources);
    auto gazetteer = std::make_shared<Gazetteer>();
    unpackGazetteer(reader, *gazetteer);
    std::optional<NameTable> places = unpackNames(reader);
    std::optional<NameTable> demonyms = unpackNames(reader);
    std::optional<NameTable> regions = unpackNames(reader);
    if (!reader.isValid() || !places || !demonyms || !regions)
        return nullptr;
    resources->m_placeCountries = std::move(*places);
    resources->m_demonymCountries = std::move(*demonyms);
    resources->m_cityRegions = std::move(*regions);
    resources->m_gazetteer = std::move(gazetteer);
    resources->m_wordClusters = *clusters;
    resources->indexTables();
    return resources;
}

void PackedResources::unpackTables(Reader &reader, int count, Resources &resources)
{
    for (int t = 0; t < count && reader.isValid(); ++t) {
        const QString name = reader.string();
        TsvTable table;
        table.m_path = reader.string();
        table.m_rows.resize(reader.count());
        for (TsvTable::Row &row : table.m_rows) {
            row.line = reader.integer();
            row.fields.resize(reader.count());
            for (QString &field : row.fields)
                field = reader.string();
        }
        resources.m_tables.insert(name, std::move(table));
    }
}

void PackedResources::unpackGazetteer(Reader &reader, Gazetteer &gazetteer)
{
    gazetteer.m_entries.resize(reader.count());
    for (GazetteerEntry &entry : gazetteer.m_entries) {
        entry.canonical = reader.string();
        entry.major = EntityType(reader.integer());
        entry.minor = reader.string();
        entry.extra = reader.string();
        const quint64 low = quint32(reader.integer());
        entry.population = qint64(low | quint64(quint32(reader.integer())) << 32);
    }
    gazetteer.m_phrases.resize(reader.count());
    for (Gazetteer::Phrase &phrase : gazetteer.m_phrases) {
        phrase.entry = reader.integer();
        phrase.firstWord = reader.integer();
        phrase.wordCount = reader.integer();
        phrase.rank = reader.integer();
    }
    gazetteer.m_pool = reader.string();
    gazetteer.m_words.resize(reader.count());
    for (Gazetteer::Word &word : gazetteer.m_words) {
        word.begin = reader.integer();
        word.length = reader.integer();
    }
    const qsizetype buckets = reader.count();
    gazetteer.m_byFirstWord.reserve(buckets);
    for (qsizetype b = 0; b < buckets && reader.isValid(); ++b) {
        const quint64 low = quint32(reader.integer());
        const quint64 key = low | quint64(quint32(reader.integer())) << 32;
        QList<int> &phrases = gazetteer.m_byFirstWord[size_t(key)];
        phrases.resize(reader.count());
        for (int &phrase : phrases)
            phrase = reader.integer();
    }
}

std::optional<NameTable> PackedResources::unpackNames(Reader &reader)
{
    // The slots stay where they are: a view of the compiled-in integers and pool. Only the
    // few distinct values (countries) become strings.
    const qsizetype count = reader.count();
    QStringList values(reader.count());
    for (QString &value : values)
        value = reader.string();
    const qsizetype slotCount = reader.count();
    const qint32 *slots = reader.block(slotCount * 3);
    if (!reader.isValid())
        return std::nullopt;
    return NameTable::view(slots, slotCount, count, reader.pool(), reader.poolSize(),
                           std::move(values));
}

} // namespace lector
