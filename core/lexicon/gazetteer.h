// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon/tsvtable.h"
#include "model/annotations.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lector {

class Resources;

/// What a gazetteer phrase names: one row of resources/gazetteer/*.tsv without its phrase.
/// Rows that differ only in their phrase ("US", "U.S.", "United States") share one entry.
struct GazetteerEntry
{
    QString canonical; ///< the name the phrase stands for ("United States")
    EntityType major = EntityType::Other;
    QString minor;         ///< "country", "city", "region", "demonym", "party", ...
    QString extra;         ///< "key=value;..." (iso, country, lat, lon, pop) or empty
    qint64 population = 0; ///< extra's "pop", parsed once when the gazetteer is loaded

    /// A city of `people` inhabitants or more (Gazetteer::millionCity, Gazetteer::largeCity).
    bool isCityOf(qint64 people) const { return minor == u"city" && population >= people; }

    /// The value of `key` in extra ("pop" -> "10381222"), or an empty view.
    QStringView value(QStringView key) const { return valueIn(extra, key); }
    /// The value of `key` in an extra field ("admin1=US-FL;lat=..." -> "US-FL"), a view of
    /// `extra`; empty when absent. For rows not yet made entries (Resources).
    static QStringView valueIn(QStringView extra, QStringView key);
};

/// The phrases of every table under resources/gazetteer/, matched against tokenized text.
///
/// Phrases are tokenized with the Tokenizer when loaded and match a run of whole tokens on one
/// line, case-sensitively as listed ("U.S.", "NATO", "Nato"). Only inside ALL-CAPS text
/// ("NATO SUMMIT IN VILNIUS") or at the start of a line in capitals (a dateline: "LONDON -") a
/// phrase of four or more letters also matches case-insensitively. Matching in text is as
/// written; only entriesFor(), the look-up of a whole name, also tries it without diacritics
/// ("Łódź" finds the listed "Lodz").
/// When several phrases start at a token the longest wins; among equally long ones the entry
/// from the file of higher priority (countries before cities, see resources/README.md).
/// Immutable after construction; lookups allocate nothing and are safe from any thread.
class Gazetteer
{
public:
    struct Match
    {
        int tokens = 0; ///< number of tokens matched; 0: no match
        int entry = -1; ///< index for entry()
    };

    /// A city this large is a place for certain, and comes before a state of its name ("Lima").
    static constexpr qint64 millionCity = 1000000;
    /// A city this large is not a person's name, even alone ("Lima"); smaller towns may be.
    static constexpr qint64 largeCity = 500000;

    Gazetteer() = default;
    /// Reads all gazetteer tables of `resources`. On a bad row error() names the file and line.
    explicit Gazetteer(const Resources &resources);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int size() const { return int(m_entries.size()); }
    int phraseCount() const { return int(m_phrases.size()); }

    /// The longest phrase starting at token `first` of `tokens` (spans into `text`).
    Match longestMatch(QStringView text, const QList<Token> &tokens, int first) const;
    const GazetteerEntry &entry(int index) const { return m_entries.at(index); }
    /// All entries of exactly this phrase, preferred first ("Georgia": country, then US state).
    QList<int> entriesFor(QStringView phrase) const;
    /// The states of the United States (region entries of iso "US-MI") by postal code ("MI"):
    /// one pass over the entries, for the analysers that build it once at start-up.
    QHash<QString, int> usStatesByPostalCode() const;
    /// Whether the gazetteer lists tokens [first, first + count) exactly as written, as one
    /// phrase; unlike entriesFor() this tokenizes nothing.
    bool hasPhrase(QStringView text, const QList<Token> &tokens, int first, int count) const;

private:
    friend class PackedResources; // writes and reads the members in packed form

    struct Phrase
    {
        int entry = -1;
        int firstWord = 0; ///< index into m_words
        int wordCount = 0;
        int rank = 0; ///< preference among phrases of equal length: lower first
    };
    struct Word
    {
        int begin = 0; ///< offset into m_pool
        int length = 0;
    };

    QString addTable(const TsvTable &table, int rank, int bigCityRank);
    int addEntry(GazetteerEntry entry);
    bool matches(const Phrase &phrase, QStringView text, const QList<Token> &tokens, int first,
                 bool caps) const;

    QStringView word(int index) const
    {
        return QStringView(m_pool).sliced(m_words[index].begin, m_words[index].length);
    }

    QList<GazetteerEntry> m_entries;
    QMultiHash<size_t, int> m_entryIndex; ///< hash of canonical, major, minor, extra -> entry
    QList<Phrase> m_phrases;
    QString m_pool;      ///< the tokens of all phrases, one after another
    QList<Word> m_words; ///< the tokens of all phrases, phrase after phrase
    /// Case-folded hash of a phrase's first token -> phrases, longest and preferred first.
    QHash<size_t, QList<int>> m_byFirstWord;
    QString m_error;
};

} // namespace lector
