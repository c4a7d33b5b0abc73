// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/resources.h"

#include "lexicon/gazetteer.h"
#include "lexicon/packedresources.h"
#include "lexicon/titlematcher.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <mutex>

namespace lector {

namespace {

/// The value of `key` in the extra field of a gazetteer row ("admin1=US-FL;lat=..." ->
/// "US-FL"), a view of the field; empty when absent.
QStringView extraValue(const QStringList &fields, QStringView key)
{
    return fields.size() < 5 ? QStringView() : GazetteerEntry::valueIn(fields.at(4), key);
}

} // namespace

int Resources::minimumColumns(const QString &name, bool gazetteer)
{
    // The columns each reader needs; later ones may be left out (a gazetteer row's extra, the
    // gender of quote_words.tsv, the detail of travelcues.tsv). A row with fewer is an error
    // that names the file and the line, not a row read with empty fields.
    if (gazetteer)
        return 4; // phrase, canonical, major, minor
    static const QHash<QString, int> columns{
        {u"dictwords"_qs, 2},        {u"givennames"_qs, 2},        {u"html_hints"_qs, 2},
        {u"orgcues"_qs, 2},          {u"orgwords"_qs, 3},          {u"partylabels"_qs, 2},
        {u"placewords"_qs, 2},       {u"quote_words"_qs, 2},       {u"regioncues"_qs, 3},
        {u"speechcues"_qs, 3},       {u"stopnames"_qs, 2},         {u"temporal_calendar"_qs, 3},
        {u"temporal_numbers"_qs, 3}, {u"temporal_relative"_qs, 3}, {u"temporal_units"_qs, 3},
        {u"titles"_qs, 3},           {u"travelcues"_qs, 2},        {u"usgivennames"_qs, 2},
        {u"usnamegenders"_qs, 3},    {u"wordclusters"_qs, 2},
    };
    return columns.value(name, 1);
}

std::shared_ptr<const Resources> Resources::load(const QString &root)
{
    // The packed form holds what parsing the compiled-in files gives, without the parsing:
    // about 50 ms of CPU less at every start (docs/performance.md, "Load time").
    if (root == u":/lector") {
        if (std::shared_ptr<const Resources> packed = PackedResources::unpack())
            return packed;
    }
    auto resources = std::make_shared<Resources>();
    for (const char16_t *sub : {u"lexicon", u"gazetteer"}) {
        QDir dir(root + u'/' + QStringView(sub));
        const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString name = QFileInfo(file).completeBaseName();
            const bool gazetteer = QStringView(sub) == u"gazetteer";
            TsvTable table = TsvTable::read(dir.filePath(file), minimumColumns(name, gazetteer));
            if (!table.isValid() && resources->m_error.isEmpty())
                resources->m_error = table.error();
            resources->m_tables.insert(name, std::move(table));
        }
    }
    auto gazetteer = std::make_shared<const Gazetteer>(*resources);
    if (!gazetteer->isValid() && resources->m_error.isEmpty())
        resources->m_error = gazetteer->error();
    resources->m_gazetteer = std::move(gazetteer);
    resources->m_wordClusters = WordClusterTable(resources->table(WordClusterTable::tableName()));
    resources->m_placeCountries = readPlaceCountries(*resources);
    resources->m_demonymCountries = readDemonymCountries(*resources);
    resources->m_cityRegions = readCityRegions(*resources);
    resources->indexTables();
    return resources;
}

void Resources::indexTables()
{
    for (const TsvTable::Row &row : table(QStringLiteral("stopnames")).rows()) {
        m_stopNames.append(row.fields.first());
        if (row.fields.value(1) == u"word")
            m_ordinaryWords.insert(row.fields.first());
    }
    m_titleTable = std::make_shared<const TitleTable>(*this);
}

// The gazetteer says which country every country name, alias, region and city belongs to
// ("Minsk" -> belarus, "America" -> united states). For a name listed twice, the first row (the
// most populous) wins. Tools/packresources stores the finished table, so the program runs this
// only when it parses the files.
NameTable Resources::readPlaceCountries(const Resources &resources)
{
    // Views, not split() lists: this reads every row of the gazetteer (tens of thousands of
    // cities).
    auto countryOf = [](const QStringList &f) -> QStringView {
        if (f.value(3) == u"country")
            return QStringView(f.at(1)); // a view of the row's field, not of a copy
        return extraValue(f, u"country");
    };
    QList<std::pair<QString, QString>> pairs;
    QString lastCountry; // cities come grouped by country: lower-case each name once
    QString lastLower;
    for (const QString &table :
         {u"countries"_qs, u"places_extra"_qs, u"regions"_qs, u"cities"_qs}) {
        for (const TsvTable::Row &row : resources.table(table).rows()) {
            const QStringView country = countryOf(row.fields);
            if (country.isEmpty())
                continue;
            if (country != lastCountry) {
                lastCountry = country.toString();
                lastLower = lastCountry.toLower();
            }
            pairs.append({row.fields.value(0).toLower(), lastLower});
        }
    }
    return NameTable(pairs);
}

// Which country a demonym names ("Chinese" -> china); for one listed twice, the last row wins.
NameTable Resources::readDemonymCountries(const Resources &resources)
{
    const QList<TsvTable::Row> &rows = resources.table(u"demonyms"_qs).rows();
    QList<std::pair<QString, QString>> pairs;
    pairs.reserve(rows.size());
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) // NameTable keeps the first
        pairs.append({row->fields.value(0).toLower(), row->fields.value(1).toLower()});
    return NameTable(pairs);
}

// Which subdivisions each city phrase lies in, from the admin1 key of cities.tsv and the ISO
// 3166-2 codes of subdivisions.tsv. Tools/packresources stores the finished table.
NameTable Resources::readCityRegions(const Resources &resources)
{
    // The first-level subdivisions by ISO 3166-2 code, named as the gazetteer names them
    // (canonical, lower-case), and those names by country ("US|new york").
    QHash<QString, QString> regionByCode;
    QSet<QString> regionNames;
    for (const TsvTable::Row &row : resources.table(u"subdivisions"_qs).rows()) {
        const QStringView code = extraValue(row.fields, u"iso");
        if (code.size() < 4 || row.fields.size() < 2)
            continue;
        const QString name = row.fields[1].toLower();
        regionByCode.insert(code.toString(), name);
        regionNames.insert(code.first(2).toString() + u'|' + name);
    }
    QHash<QString, QStringList> regionsOf;
    QStringList order; // the cities in the order first seen, for a deterministic table
    for (const TsvTable::Row &row : resources.table(u"cities"_qs).rows()) {
        const QStringView code = extraValue(row.fields, u"admin1");
        if (code.size() < 4)
            continue;
        const QString region = regionByCode.value(code.toString());
        const QString city = row.fields[0].toLower();
        // A city named as a subdivision of its country lies in that one alone.
        if (region.isEmpty() ||
            (city != region && regionNames.contains(code.first(2).toString() + u'|' + city)))
            continue;
        auto it = regionsOf.find(city);
        if (it == regionsOf.end()) {
            order.append(city);
            it = regionsOf.insert(city, {});
        }
        if (!it->contains(region))
            it->append(region);
    }
    QList<std::pair<QString, QString>> pairs;
    pairs.reserve(order.size());
    for (const QString &city : std::as_const(order)) {
        QStringList regions = regionsOf.value(city);
        regions.sort();
        pairs.append({city, regions.join(regionSeparator)});
    }
    return NameTable(pairs);
}

std::shared_ptr<const Resources> Resources::shared()
{
    static std::once_flag once;
    static std::shared_ptr<const Resources> instance;
    std::call_once(once, [] { instance = load(); });
    return instance;
}

const TsvTable &Resources::table(const QString &name) const
{
    static const TsvTable empty;
    auto it = m_tables.constFind(name);
    return it == m_tables.cend() ? empty : *it;
}

const Gazetteer &Resources::gazetteer() const
{
    static const Gazetteer empty;
    return m_gazetteer ? *m_gazetteer : empty;
}

QSet<QString> Resources::wordSet(const QString &name) const
{
    QSet<QString> set;
    for (const TsvTable::Row &row : table(name).rows())
        set.insert(row.fields.first().toLower());
    return set;
}

} // namespace lector
