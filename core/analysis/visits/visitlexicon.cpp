// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitlexicon.h"

#include "lexicon/gazetteer.h"
#include "lexicon/resources.h"
#include "lexicon/titlematcher.h"

namespace lector {

namespace {

constexpr qsizetype KeyCapacity = 48;

PronounKind pronounKind(const QString &detail)
{
    if (detail == u"subject")
        return PronounKind::Subject;
    if (detail == u"possessive")
        return PronounKind::Possessive;
    if (detail == u"speaker")
        return PronounKind::Speaker;
    if (detail == u"speakerpossessive")
        return PronounKind::SpeakerPossessive;
    return PronounKind::None;
}

Gender gender(const QString &code)
{
    if (code == u"m")
        return Gender::Male;
    if (code == u"f")
        return Gender::Female;
    return Gender::Unknown;
}

QStringList commaList(const QString &field)
{
    QStringList out;
    for (const QString &part : field.split(u',', Qt::SkipEmptyParts))
        out.append(part.trimmed().toLower());
    return out;
}

} // namespace

VisitLexicon::VisitLexicon(const Resources &resources)
    : m_placeCountry(resources.placeCountries())
    , m_demonymCountry(resources.demonymCountries())
    , m_cityRegions(resources.cityRegions())
{
    const QHash<QString, VisitWord> words = readCues(resources);
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        const quint64 h = foldedHash(it.key());
        // A 64-bit hash collision between two lexicon words would hide one of them.
        Q_ASSERT(!m_byHash.contains(h));
        m_byHash.insert(h, int(m_entries.size()));
        m_entries.append(it.value());
        m_keys.append(it.key());
        m_longest = std::max(m_longest, it.key().size());
    }
    for (const TsvTable::Row &row : resources.table(u"temporal_units"_qs).rows())
        if (row.fields.size() >= 2 && row.fields[1] == u"units")
            m_pluralTimeUnits.insert(foldedHash(row.fields[0]), row.fields[0].toLower());
    for (const TsvTable::Row &row : resources.table(u"entouragenouns"_qs).rows())
        if (!row.fields.isEmpty())
            m_entourage.insert(foldedHash(row.fields[0]), row.fields[0].toLower());
    for (const TsvTable::Row &row : resources.table(u"proxynouns"_qs).rows()) {
        if (row.fields.size() < 2)
            continue;
        auto &words = row.fields[1] == u"send" ? m_sendVerbs : m_proxyNouns;
        words.insert(foldedHash(row.fields[0]), row.fields[0].toLower());
    }
    for (const TsvTable::Row &row : resources.table(u"subdivisions"_qs).rows()) {
        const QString extra = row.fields.value(4);
        const QStringView iso = GazetteerEntry::valueIn(extra, u"iso");
        if (row.fields.size() < 2 || iso.size() != 5 || !iso.startsWith(u"US-"))
            continue;
        const QString state = row.fields[1].toLower();
        m_usStates.insert(row.fields[0].toLower(), state);
        m_usStates.insert(iso.sliced(3).toString().toLower(), state);
    }
    for (const TsvTable::Row &row : resources.table(u"travelcues"_qs).rows()) {
        if (row.fields.value(1) == u"pastform") {
            const QString word = row.fields[0].toLower();
            m_pastForms.insert(foldedHash(word), word);
            continue;
        }
        if (row.fields.value(1) != u"group")
            continue;
        const QString word = row.fields[0].toLower();
        const QString &argument = row.fields.value(2);
        GroupOpener opener = GroupOpener::None;
        if (argument == u"people")
            m_peopleNouns.insert(foldedHash(word), word);
        else if (argument == u"before")
            opener = GroupOpener::Before;
        else if (argument == u"pronoun")
            opener = GroupOpener::Pronoun;
        else if (argument == u"after")
            m_subjectFollowers.insert(foldedHash(word), word);
        else if (const int n = argument.toInt(); n > 0) {
            m_groupWords.insert(foldedHash(word), word);
            m_groupLongest = std::max(m_groupLongest, word.size());
            m_groupSizes.insert(word, n);
            if (row.fields.value(3) == u"alone")
                opener = GroupOpener::Alone;
        }
        if (opener != GroupOpener::None && !word.isEmpty()) {
            m_openers.insert(foldedHash(word), {word, opener});
            m_openerLengths |= quint64(1) << (word.size() < 64 ? word.size() : 0);
            m_openerInitials |= quint64(1) << initialBit(word.front());
        }
    }
    for (const TsvTable::Row &row : resources.table(u"speechcues"_qs).rows()) {
        const QString cue = row.fields.value(0);
        const QString frame = row.fields.value(2);
        if (!cue.contains(u' ') && frame == u"say")
            m_saying.insert(foldedHash(cue), cue.toLower());
    }
    if (resources.hasTable(u"sitewords"_qs))
        for (const TsvTable::Row &row : resources.table(u"sitewords"_qs).rows()) {
            const QString name = row.fields.value(0);
            const QString kind = row.fields.value(1);
            if (kind == u"head")
                m_siteHeads.insert(foldedHash(name), name.toLower());
            else if (kind == u"name") {
                m_siteNames.insert(foldedHash(name), name.toLower());
                const QString country = row.fields.value(2);
                const QStringList titles = row.fields.value(3).split(u';', Qt::SkipEmptyParts);
                if (!country.isEmpty() && !titles.isEmpty())
                    m_seats.insert(foldedHash(name), {name.toLower(), country, titles,
                                                      row.fields.value(4) == u"unqualified"});
            } else if (kind == u"role")
                m_posts.insert(foldedHash(name), name.toLower());
        }
    for (const QString &title : resources.titleTable().words())
        m_posts.insert(foldedHash(title), title.toLower());
    for (const TsvTable::Row &row : resources.table(u"quote_words"_qs).rows())
        if (row.fields.value(1) == u"person")
            m_posts.insert(foldedHash(row.fields[0]), row.fields[0].toLower());
    if (resources.hasTable(u"eventroles"_qs))
        for (const TsvTable::Row &row : resources.table(u"eventroles"_qs).rows()) {
            const QString word = row.fields.value(0).toLower().replace(QChar(0x2019), u'\'');
            const QString cls = row.fields.value(1);
            if (cls == u"absent" && word.startsWith(u'-'))
                m_absentEndings.append(word.sliced(1));
            else if (cls == u"absent")
                m_absent.insert(foldedHash(word), word);
            else if (cls == u"source")
                m_sources.insert(foldedHash(word), {word, row.fields.value(2) == u"agent"});
        }
    for (const TsvTable::Row &row : resources.table(u"eventnouns"_qs).rows())
        if (row.fields.size() >= 2) {
            const QString &noun = row.fields.at(0);
            m_events.insert(foldedHash(noun), {noun.toLower(), row.fields.at(1)});
            m_eventShortest =
                m_eventShortest == 0 ? noun.size() : std::min(m_eventShortest, noun.size());
            m_eventLongest = std::max(m_eventLongest, noun.size());
        }
}

bool VisitLexicon::isSaying(QStringView word) const
{
    return containsFolded(m_saying, word);
}

int VisitLexicon::groupSize(QStringView word) const
{
    // The folded look-up first: no copy for the many words that are no number.
    return word.size() <= m_groupLongest && containsFolded(m_groupWords, word)
               ? m_groupSizes.value(word.toString().toLower(), 0)
               : 0;
}

bool VisitLexicon::isPeopleNoun(QStringView word) const
{
    return containsFolded(m_peopleNouns, word);
}

bool VisitLexicon::isEntourageNoun(QStringView word) const
{
    return containsFolded(m_entourage, word);
}

bool VisitLexicon::isProxyNoun(QStringView word) const
{
    return containsFolded(m_proxyNouns, word);
}

bool VisitLexicon::isSendVerb(QStringView word) const
{
    return containsFolded(m_sendVerbs, word);
}

bool VisitLexicon::followsSubject(QStringView word) const
{
    return containsFolded(m_subjectFollowers, word);
}

VisitLexicon::GroupOpener VisitLexicon::groupOpener(QStringView word) const
{
    if (!mayOpenGroup(word))
        return GroupOpener::None;
    const auto it = m_openers.constFind(foldedHash(word));
    return it != m_openers.cend() && equalsFolded(word, it->word) ? it->kind : GroupOpener::None;
}

VisitLexicon::SiteKind VisitLexicon::siteKind(QStringView name) const
{
    name = name.trimmed();
    if (name.startsWith(u"the ", Qt::CaseInsensitive))
        name = name.sliced(4);
    if (name.isEmpty())
        return SiteKind::None;
    if (containsFolded(m_siteNames, name))
        return SiteKind::Name;
    const qsizetype last = name.lastIndexOf(u' ');
    if (last > 0 && containsFolded(m_siteHeads, name.sliced(last + 1)))
        return SiteKind::Head;
    // "University of Miami", "Museum of Fine Arts": the head word first, before "of".
    const qsizetype first = name.indexOf(u' ');
    return first > 0 && name.sliced(first + 1).startsWith(u"of ", Qt::CaseInsensitive) &&
                   containsFolded(m_siteHeads, name.first(first))
               ? SiteKind::Head
               : SiteKind::None;
}

const VisitLexicon::Seat *VisitLexicon::seat(QStringView name) const
{
    const auto it = m_seats.constFind(foldedHash(name));
    return it != m_seats.cend() && equalsFolded(name, it->name) ? &*it : nullptr;
}

bool VisitLexicon::containsFolded(const QHash<quint64, QString> &words, QStringView word)
{
    const auto it = words.constFind(foldedHash(word));
    return it != words.cend() && equalsFolded(word, *it);
}

bool VisitLexicon::isIrregularPast(QStringView word) const
{
    return containsFolded(m_pastForms, word);
}

bool VisitLexicon::isPost(QStringView word) const
{
    return containsFolded(m_posts, word);
}

bool VisitLexicon::deniesPart(QStringView word) const
{
    if (containsFolded(m_absent, word))
        return true;
    for (const QString &ending : m_absentEndings)
        if (word.size() > ending.size() && equalsFolded(word.last(ending.size()), ending))
            return true;
    return false;
}

VisitLexicon::SourceKind VisitLexicon::sourceBefore(QStringView earlier, QStringView before) const
{
    const auto kindOf = [](const std::pair<QString, bool> &row) {
        return row.second ? SourceKind::Agent : SourceKind::Source;
    };
    if (before.isEmpty())
        return SourceKind::None;
    if (const auto it = m_sources.constFind(foldedHash(before));
        it != m_sources.cend() && equalsFolded(before, it->first))
        return kindOf(*it);
    if (earlier.isEmpty())
        return SourceKind::None;
    // two words ("according to"): only for the few people paired with an event
    QString both;
    both.reserve(earlier.size() + 1 + before.size());
    both.append(earlier).append(u' ').append(before);
    if (const auto it = m_sources.constFind(foldedHash(both));
        it != m_sources.cend() && equalsFolded(both, it->first))
        return kindOf(*it);
    return SourceKind::None;
}

QString VisitLexicon::eventClass(QStringView word) const
{
    // No hash for a word of another length ("the", "in": most words of a text).
    if (word.size() < m_eventShortest || word.size() > m_eventLongest || word.isEmpty() ||
        !word.front().isLetter())
        return {};
    // Looked up through the folded hash: no string is made for each word of the text.
    const auto it = m_events.constFind(foldedHash(word));
    return it != m_events.cend() && equalsFolded(word, it->word) ? it->kind : QString();
}

namespace {

/// Lower case without a table lookup for ASCII, which is nearly every word of English news.
inline char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    return u == 0x2019 ? u'\'' : c.toLower().unicode();
}

} // namespace

quint64 VisitLexicon::foldedHash(QStringView word)
{
    quint64 h = 14695981039346656037ull; // FNV-1a
    for (QChar c : word)
        h = (h ^ fold(c)) * 1099511628211ull;
    return h;
}

bool VisitLexicon::equalsFolded(QStringView word, QStringView folded)
{
    if (word.size() != folded.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (fold(word[i]) != folded[i].unicode())
            return false;
    return true;
}

QHash<QString, VisitWord> VisitLexicon::readCues(const Resources &resources)
{
    QHash<QString, VisitWord> words;
    // The cue rows are read by TravelCueTable, which the entity recogniser shares.
    const TravelCueTable table(resources);
    for (const TravelCueTable::Cue &row : table.cues()) {
        // A trip noun is tried first: "his visit to Minsk" is no verb with an object.
        const TravelCue cue{row.kind, row.prepositions};
        VisitWord &word = words[row.word];
        if (row.kind == CueKind::Noun)
            word.cues.prepend(cue);
        else
            word.cues.append(cue);
    }
    for (const TsvTable::Row &row : resources.table(u"travelcues"_qs).rows()) {
        const QStringList &f = row.fields;
        // Cues are TravelCueTable's; classes group and pastform are no words of the entries
        // (groupSize(), isIrregularPast()).
        if (f.size() < 2 || TravelCueTable::kindOf(f[1]) || f[1] == u"group" || f[1] == u"pastform")
            continue;
        VisitWord &word = words[f[0].toLower()];
        const QString cls = f[1];
        const QString arg = f.value(2);
        if (cls == u"pronoun") {
            word.pronoun = pronounKind(f.value(3));
            word.gender = gender(arg);
        } else if (cls == u"ongoing")
            word.ongoing = true;
        else if (cls == u"relation")
            word.relation = true;
        else if (cls == u"boundary")
            word.boundary = true;
        else if (cls == u"habitual")
            word.habitual = true;
        else if (cls == u"lifetime")
            word.lifetimeAfter = commaList(arg);
        else if (cls == u"preposition") {
            word.preposition = true;
            word.aside = arg == u"aside";
        } else if (cls == u"relative") {
            word.relative = true;
            word.relativePlace = arg == u"place";
        } else if (cls == u"coordination")
            word.coordination = true;
        else if (cls == u"modality")
            word.modal = arg == u"candidate" || arg == u"both";
        else if (cls == u"home") {
            word.homeBefore = commaList(arg);
            word.homeNouns = commaList(f.value(3));
        } else if (cls == u"auxiliary") {
            word.auxiliary = true;
        } else if (cls == u"residence") {
            word.homeBefore = commaList(arg);
            word.residence = true;
        } else if (cls == u"migration")
            word.migrationBefore = commaList(arg);
        else if (cls == u"biography") {
            word.biographyBefore = commaList(arg);
            word.biographyUndated = f.value(3).compare(u"undated", Qt::CaseInsensitive) == 0;
            if (!word.biographyUndated)
                word.biographyParticle = f.value(3).toLower();
        } else if (cls == u"origin") {
            word.originFrom = word.originFrom || arg == u"from";
            word.originObject = word.originObject || arg == u"object";
        } else if (cls == u"calledoff") {
            word.calledOff = true;
            word.calledOffAfter = arg.toLower();
        } else if (cls == u"tense") {
            word.tense = arg == u"planned"        ? VisitWord::Tense::Planned
                         : arg == u"ongoing"      ? VisitWord::Tense::Ongoing
                         : arg == u"hypothetical" ? VisitWord::Tense::Hypothetical
                         : arg == u"clause"       ? VisitWord::Tense::Clause
                                                  : VisitWord::Tense::None;
            word.tenseAfter = commaList(f.value(3));
        }
    }
    return words;
}

QStringView VisitLexicon::key(QStringView word, QChar *buffer, qsizetype capacity)
{
    if (word.size() > capacity)
        return u"";
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        buffer[i] = c == QChar(0x2019) ? QChar(u'\'') : c.toLower();
    }
    return QStringView(buffer, word.size());
}

const VisitWord *VisitLexicon::find(QStringView word) const
{
    if (word.size() > m_longest)
        return nullptr;
    const quint64 h = foldedHash(word);
    const auto it = m_byHash.constFind(h);
    if (it == m_byHash.cend() || !equalsFolded(word, m_keys.at(*it)))
        return nullptr;
    return &m_entries.at(*it);
}

QString VisitLexicon::countryOfPlace(QStringView name) const
{
    QChar buffer[KeyCapacity];
    return m_placeCountry.value(key(name, buffer, KeyCapacity));
}

QString VisitLexicon::countryOfDemonym(QStringView word) const
{
    QChar buffer[KeyCapacity];
    return m_demonymCountry.value(key(word, buffer, KeyCapacity));
}

bool VisitLexicon::isPluralTimeUnit(QStringView word) const
{
    return containsFolded(m_pluralTimeUnits, word);
}

QString VisitLexicon::usStateNamed(QStringView phrase) const
{
    return m_usStates.value(phrase.toString().toLower());
}

QStringList VisitLexicon::statesOf(QStringView city) const
{
    const QString regions = m_cityRegions.value(city.toString().toLower());
    return regions.split(Resources::regionSeparator, Qt::SkipEmptyParts);
}

bool VisitLexicon::liesInState(QStringView city, QStringView state) const
{
    return statesOf(city).contains(state.toString().toLower());
}

} // namespace lector
