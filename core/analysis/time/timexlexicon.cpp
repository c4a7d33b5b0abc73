// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/time/timexlexicon.h"

#include "lexicon/resources.h"

namespace lector {

namespace {

struct ClassName
{
    const char16_t *name;
    TimexClass cls;
};

// The class names used in the second column of the temporal_*.tsv tables.
constexpr ClassName classNames[] = {
    {u"month", TimexClass::Month},       {u"weekday", TimexClass::Weekday},
    {u"season", TimexClass::Season},     {u"daypart", TimexClass::DayPart},
    {u"holiday", TimexClass::Holiday},   {u"number", TimexClass::Number},
    {u"ordinal", TimexClass::Ordinal},   {u"multiplier", TimexClass::Multiplier},
    {u"vague", TimexClass::Vague},       {u"article", TimexClass::Article},
    {u"unit", TimexClass::Unit},         {u"units", TimexClass::Units},
    {u"deictic", TimexClass::Deictic},   {u"ref", TimexClass::Ref},
    {u"shift", TimexClass::Shift},       {u"anchor", TimexClass::Anchor},
    {u"ago", TimexClass::Ago},           {u"modifier", TimexClass::Modifier},
    {u"approx", TimexClass::Approx},     {u"set", TimexClass::Set},
    {u"every", TimexClass::Every},       {u"fiscal", TimexClass::Fiscal},
    {u"latest", TimexClass::Latest},     {u"the", TimexClass::The},
    {u"future", TimexClass::Future},     {u"past", TimexClass::Past},
    {u"meridiem", TimexClass::Meridiem}, {u"prep", TimexClass::Prep},
    {u"clause", TimexClass::Clause},
};

bool classFromName(QStringView name, TimexClass &cls)
{
    for (const ClassName &c : classNames) {
        if (name == QStringView(c.name)) {
            cls = c.cls;
            return true;
        }
    }
    return false;
}

} // namespace

TimexLexicon::TimexLexicon(const Resources &resources)
{
    for (const char16_t *name :
         {u"temporal_calendar", u"temporal_numbers", u"temporal_units", u"temporal_relative"})
        addTable(resources, QString::fromUtf16(name));
    buildTable();
}

void TimexLexicon::buildTable()
{
    size_t size = 64;
    while (size < size_t(m_words.size()) * 4)
        size *= 2;
    m_slots.assign(size, Slot());
    m_mask = quint32(size - 1);
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        quint32 i = hashOf(it.key()) & m_mask;
        while (!m_slots[i].word.isEmpty())
            i = (i + 1) & m_mask;
        m_slots[i] = Slot{it.key(), it.value()};
    }
}

quint32 TimexLexicon::hashOf(QStringView word)
{
    quint32 h = hashSeed;
    for (QChar c : word)
        h = hashStep(h, c.unicode());
    return h;
}

void TimexLexicon::addTable(const Resources &resources, const QString &name)
{
    for (const TsvTable::Row &row : resources.table(name).rows()) {
        if (row.fields.size() < 3)
            continue;
        TimexEntry entry;
        if (!classFromName(row.fields.at(1), entry.cls))
            continue;
        bool isNumber = false;
        const int number = row.fields.at(2).toInt(&isNumber);
        entry.number = isNumber ? number : 0;
        entry.code = row.fields.at(2);
        if (row.fields.size() > 3) {
            entry.ambiguous = row.fields.at(3) == u"ambiguous";
            if (entry.cls == TimexClass::Deictic)
                entry.code = row.fields.at(3); // tonight: the part of the day
        }
        if (entry.cls == TimexClass::Deictic && row.fields.size() <= 3)
            entry.code.clear();
        m_words[row.fields.at(0).toLower()].append(entry);
    }
}

const QList<TimexEntry> *TimexLexicon::find(QStringView lowerWord, quint32 hash) const
{
    for (quint32 i = hash & m_mask;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.word.isEmpty())
            return nullptr;
        if (slot.word.size() == lowerWord.size() && QStringView(slot.word) == lowerWord)
            return &slot.entries;
    }
}

const TimexEntry *TimexLexicon::entry(const QList<TimexEntry> *entries, TimexClass cls)
{
    if (!entries)
        return nullptr;
    for (const TimexEntry &e : *entries)
        if (e.cls == cls)
            return &e;
    return nullptr;
}

} // namespace lector
