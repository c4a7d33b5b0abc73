// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace lector {

class Resources;

/// What a time word is; one word may have several classes ("second": ordinal and unit).
enum class TimexClass : quint8 {
    Month,      ///< number = 1..12
    Weekday,    ///< number = 1 (Monday)..7
    Season,     ///< code = SP SU FA WI
    DayPart,    ///< code = MO AF EV NI, or a clock time "12:00"
    Holiday,    ///< code = MM-DD or MM/WEEKDAY/NTH
    Number,     ///< number = value
    Ordinal,    ///< number = value
    Multiplier, ///< number = factor ("hundred")
    Vague,      ///< an unspecified amount ("several")
    Article,    ///< "a", "an": 1
    Unit,       ///< code = Y M W D H MIN S DE CE Q WE FN
    Units,      ///< plural unit
    Deictic,    ///< number = days from the publication date
    Ref,        ///< code = PRESENT_REF, PAST_REF, FUTURE_REF
    Shift,      ///< number = -1, 0, +1 relative to the publication date
    Anchor,     ///< number = -1, 0, +1 relative to the previous date in the text
    Ago,        ///< number = -1 (ago, earlier) or +1 (later)
    Modifier,   ///< early, mid, late
    Approx,     ///< nearly, about
    Set,        ///< code = TIMEX3 SET value ("daily": P1D)
    Every,      ///< every, each, per
    Fiscal,
    Latest,
    The,
    Future,   ///< tense marker
    Past,     ///< tense marker
    Meridiem, ///< number = hours added: a.m. 0, p.m. 12
    Prep,     ///< a preposition before a date ("in May")
    Clause,   ///< opens a clause of its own: number 0 a contrast ("but"), 1 a reported one ("that")
};

struct TimexEntry
{
    TimexClass cls = TimexClass::Number;
    int number = 0;
    QString code;
    bool ambiguous = false; ///< also a common word ("may", "march", "fall")
};

/// The time words of resources/lexicon/temporal_*.tsv, keyed by lower-case word. Immutable after
/// construction; lookups do not allocate.
class TimexLexicon
{
public:
    explicit TimexLexicon(const Resources &resources);

    /// The entries of a lower-case word, or nullptr. `hash` is hashOf(lowerWord).
    const QList<TimexEntry> *find(QStringView lowerWord, quint32 hash) const;
    /// FNV-1a over UTF-16 code units; callers may compute it while lower-casing.
    static constexpr quint32 hashStep(quint32 hash, char16_t c) { return (hash ^ c) * 16777619u; }
    static constexpr quint32 hashSeed = 2166136261u;
    static quint32 hashOf(QStringView word);
    /// Words longer than this are never in the lexicon.
    static constexpr int maxWordLength = 24;
    /// The entry of the given class in `entries`, or nullptr.
    static const TimexEntry *entry(const QList<TimexEntry> *entries, TimexClass cls);

private:
    struct Slot
    {
        QString word;
        QList<TimexEntry> entries;
    };
    void addTable(const Resources &resources, const QString &name);
    void buildTable();
    // Built once; an open-addressing table keyed by FNV-1a, so a lookup needs no QString.
    QHash<QString, QList<TimexEntry>> m_words;
    std::vector<Slot> m_slots;
    quint32 m_mask = 0;
};

} // namespace lector
