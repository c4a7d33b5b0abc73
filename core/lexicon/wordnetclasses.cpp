// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/wordnetclasses.h"

#include "lexicon/tsvtable.h"

#include <array>

namespace lector {

namespace {

constexpr std::array<QStringView, 27> nounNames{
    u"",      u"tops",       u"act",           u"animal",   u"artifact", u"attribute",
    u"body",  u"cognition",  u"communication", u"event",    u"feeling",  u"food",
    u"group", u"location",   u"motive",        u"object",   u"person",   u"phenomenon",
    u"plant", u"possession", u"process",       u"quantity", u"relation", u"shape",
    u"state", u"substance",  u"time"};
constexpr std::array<QStringView, 16> verbNames{u"",
                                                u"body",
                                                u"change",
                                                u"cognition",
                                                u"communication",
                                                u"competition",
                                                u"consumption",
                                                u"contact",
                                                u"creation",
                                                u"emotion",
                                                u"motion",
                                                u"perception",
                                                u"possession",
                                                u"social",
                                                u"stative",
                                                u"weather"};

template<size_t N> int indexOf(const std::array<QStringView, N> &names, QStringView name)
{
    for (size_t i = 1; i < N; ++i)
        if (names[i] == name)
            return int(i);
    return 0;
}

// "n.act n.event v.social i.location a r" -> the packed bits of WordNetClasses::Entry.
quint32 parseClasses(QStringView field)
{
    quint32 bits = 0;
    int nouns = 0;
    int verbs = 0;
    for (QStringView token : field.split(u' ', Qt::SkipEmptyParts)) {
        if (token == u"a") {
            bits |= 1u << 23;
        } else if (token == u"r") {
            bits |= 1u << 24;
        } else if (token.startsWith(u"n.") && nouns < 2) {
            if (const int n = indexOf(nounNames, token.mid(2)))
                bits |= quint32(n) << (nouns++ ? 5 : 0);
        } else if (token.startsWith(u"v.") && verbs < 2) {
            if (const int v = indexOf(verbNames, token.mid(2)))
                bits |= quint32(v) << (verbs++ ? 14 : 10);
        } else if (token.startsWith(u"i.")) {
            if (const int n = indexOf(nounNames, token.mid(2)))
                bits |= quint32(n) << 18;
        }
    }
    return bits;
}

struct Detachment
{
    QStringView suffix;
    QStringView ending;
};

// WordNet's morphy detachment rules (morph.c): nouns, then verbs; tried in order.
constexpr std::array<Detachment, 15> detachments{{{u"s", u""},
                                                  {u"ses", u"s"},
                                                  {u"xes", u"x"},
                                                  {u"zes", u"z"},
                                                  {u"ches", u"ch"},
                                                  {u"shes", u"sh"},
                                                  {u"men", u"man"},
                                                  {u"ies", u"y"},
                                                  {u"es", u"e"},
                                                  {u"es", u""},
                                                  {u"ed", u"e"},
                                                  {u"ed", u""},
                                                  {u"ing", u"e"},
                                                  {u"ing", u""},
                                                  {u"ied", u"y"}}};

} // namespace

WordNetClasses::WordNetClasses(const TsvTable &table)
{
    // Two passes: the lemmas first, then the irregular forms "=BASE", which take their base's
    // classes (the generator writes a form only when its base has a row).
    m_keys.reserve(table.rows().size());
    for (const TsvTable::Row &row : table.rows()) {
        if (row.fields.size() < 2 || row.fields.at(1).startsWith(u'='))
            continue;
        if (const quint32 bits = parseClasses(row.fields.at(1))) {
            m_keys.append(row.fields.at(0));
            m_words.insert(QStringView(m_keys.last()), bits);
        }
    }
    for (const TsvTable::Row &row : table.rows()) {
        if (row.fields.size() < 2 || !row.fields.at(1).startsWith(u'='))
            continue;
        const quint32 bits = m_words.value(QStringView(row.fields.at(1)).mid(1), 0);
        if (bits && !m_words.contains(QStringView(row.fields.at(0)))) {
            m_keys.append(row.fields.at(0));
            m_words.insert(QStringView(m_keys.last()), bits);
        }
    }
}

WordNetClasses::Entry WordNetClasses::lookup(QStringView word) const
{
    if (m_words.isEmpty() || word.isEmpty() || word.size() > 40)
        return {};
    QString lower = word.toString().toLower();
    lower.replace(u'\u2019', u'\'');
    // A form listed only as an adjective or adverb ("planned", "rallying") also takes the
    // noun and verb classes of the lemma it reduces to.
    constexpr quint32 nounVerbBits = (1u << 18) - 1;
    const quint32 own = m_words.value(QStringView(lower), 0);
    if (own & nounVerbBits)
        return Entry{own};
    for (const Detachment &d : detachments) {
        if (lower.size() <= d.suffix.size() + 1 || !QStringView(lower).endsWith(d.suffix))
            continue;
        const QString stem = QStringView(lower).chopped(d.suffix.size()) + d.ending;
        if (const quint32 bits = m_words.value(QStringView(stem), 0) & nounVerbBits)
            return Entry{own | bits};
        // A doubled final consonant: "planned" -> "plan", "running" -> "run".
        if (d.ending.isEmpty() && stem.size() >= 3 &&
            stem.at(stem.size() - 1) == stem.at(stem.size() - 2)) {
            if (const quint32 bits = m_words.value(QStringView(stem).chopped(1), 0) & nounVerbBits)
                return Entry{own | bits};
        }
    }
    return Entry{own};
}

QStringView WordNetClasses::nounName(Noun noun)
{
    return size_t(noun) < nounNames.size() ? nounNames[noun] : QStringView();
}

QStringView WordNetClasses::verbName(Verb verb)
{
    return size_t(verb) < verbNames.size() ? verbNames[verb] : QStringView();
}

} // namespace lector
