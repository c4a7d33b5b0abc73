// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon/nametable.h"
#include "lexicon/tsvtable.h"
#include "lexicon/wordclustertable.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace lector {

class Gazetteer;
class TitleTable;

/// Lector's knowledge, loaded once per process from the data files under resources/ (compiled
/// in as :/lector/...) and immutable afterwards, so analysers on any thread can share it.
class Resources
{
public:
    /// Loads every table under `root` ("lexicon/*.tsv", "gazetteer/*.tsv"). The default root is
    /// the compiled-in copy, read from its packed form (PackedResources) when the build made
    /// one, else parsed. On failure error() says which file and line is wrong.
    [[nodiscard]] static std::shared_ptr<const Resources>
    load(const QString &root = QStringLiteral(":/lector"));
    /// The compiled-in resources, loaded on first use (thread-safe) and kept for the process.
    static std::shared_ptr<const Resources> shared();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// The table "lexicon/NAME.tsv" or "gazetteer/NAME.tsv"; an empty table when absent.
    /// Loaded from the packed form, "wordclusters" has its path but no rows: read
    /// wordClusters() instead.
    const TsvTable &table(const QString &name) const;
    bool hasTable(const QString &name) const { return m_tables.contains(name); }
    QStringList tableNames() const { return m_tables.keys(); }

    /// The first column of a table, lower-cased, as a set (for word lists such as speech cues).
    QSet<QString> wordSet(const QString &name) const;

    /// The fewest fields a row of the table "lexicon/NAME.tsv" (or, `gazetteer`,
    /// "gazetteer/NAME.tsv") must have: the columns its reader needs (1 for a table not
    /// listed); load() reports a shorter row with its file and line.
    static int minimumColumns(const QString &name, bool gazetteer);

    /// All gazetteer tables as one matcher, built once by load() and shared by the analysers.
    const Gazetteer &gazetteer() const;

    /// The word clusters of lexicon/wordclusters.tsv as a finished lookup table: built by
    /// load() from the rows, or read in place from the packed form (no work per word).
    const WordClusterTable &wordClusters() const { return m_wordClusters; }

    /// Which country each country name, alias, region and city of the gazetteer belongs to,
    /// keyed by the name lower-cased with QString::toLower() ("minsk" -> "belarus",
    /// "america" -> "united states"), the country lower-cased too. Built by load() from the
    /// rows, or read in place from the packed form (no work per name).
    const NameTable &placeCountries() const { return m_placeCountries; }
    /// Which country a demonym names, keyed and valued alike ("chinese" -> "china").
    const NameTable &demonymCountries() const { return m_demonymCountries; }
    /// The first-level subdivisions a city of the gazetteer lies in (GeoNames' admin1 of
    /// gazetteer/cities.tsv), keyed by each phrase of the city lower-cased ("seattle" ->
    /// "washington", "springfield" -> "illinois|massachusetts|missouri|..."), named as
    /// subdivisions.tsv names them, lower-cased, separated by regionSeparator. A city named as
    /// a subdivision of its country lies in that one alone ("new york" -> "new york"; the
    /// "Washington" of news is no town of Illinois). Built by load() from the rows, or read in
    /// place from the packed form.
    const NameTable &cityRegions() const { return m_cityRegions; }
    static constexpr QChar regionSeparator = u'|';

    /// The titles and role words of lexicon/titles.tsv and the views of them the steps read,
    /// built once by load() (either form) and shared by every step that reads titles.
    const TitleTable &titleTable() const { return *m_titleTable; }

    /// The words of lexicon/stopnames.tsv as listed: capitalised words that are rarely a name
    /// alone ("Police", "According"). Read once by load().
    const QStringList &stopNames() const { return m_stopNames; }
    /// Those of kind "word", never a name on their own ("Western"), as written.
    const QSet<QString> &ordinaryWords() const { return m_ordinaryWords; }

private:
    friend class PackedResources; // fills the members from the packed form

    void indexTables(); // the lists derived from the tables, after loading them
    static NameTable readPlaceCountries(const Resources &resources);
    static NameTable readDemonymCountries(const Resources &resources);
    static NameTable readCityRegions(const Resources &resources);

    QHash<QString, TsvTable> m_tables;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    WordClusterTable m_wordClusters;
    NameTable m_placeCountries;
    NameTable m_demonymCountries;
    NameTable m_cityRegions;
    QStringList m_stopNames;
    QSet<QString> m_ordinaryWords;
    std::shared_ptr<const TitleTable> m_titleTable;
    QString m_error;
};

} // namespace lector
