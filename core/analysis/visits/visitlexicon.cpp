// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitlexicon.h"

#include "lexicon/resources.h"

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
{
    const QHash<QString, VisitWord> words = readCues(resources);
    readCountries(resources);
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        const quint64 h = foldedHash(it.key());
        // A 64-bit hash collision between two lexicon words would hide one of them.
        Q_ASSERT(!m_byHash.contains(h));
        m_byHash.insert(h, int(m_entries.size()));
        m_entries.append(it.value());
        m_keys.append(it.key());
        m_longest = std::max(m_longest, it.key().size());
    }
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
        if (f.size() < 2 || TravelCueTable::kindOf(f[1]))
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
        else if (cls == u"preposition") {
            word.preposition = true;
            word.aside = arg == u"aside";
        } else if (cls == u"relative")
            word.relative = true;
        else if (cls == u"coordination")
            word.coordination = true;
        else if (cls == u"modality")
            word.modal = arg == u"candidate" || arg == u"both";
        else if (cls == u"calledoff") {
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

// The gazetteer says which country every country name, alias, region and city belongs to
// ("Minsk" -> belarus, "America" -> united states) and which country a demonym names
// ("Chinese" -> china). For a name listed twice, the first row (the most populous) wins.
void VisitLexicon::readCountries(const Resources &resources)
{
    // Views, not split() lists: this reads every row of the gazetteer (tens of thousands of
    // cities) while the window opens.
    auto countryOf = [](const QStringList &f) -> QStringView {
        if (f.value(3) == u"country")
            return QStringView(f.at(1)); // a view of the row's field, not of a copy
        if (f.size() < 5)
            return {};
        const QStringView extra = f.at(4);
        for (qsizetype at = 0; at < extra.size();) {
            qsizetype end = extra.indexOf(u';', at);
            if (end < 0)
                end = extra.size();
            const QStringView pair = extra.sliced(at, end - at);
            if (pair.startsWith(u"country="))
                return pair.sliced(8);
            at = end + 1;
        }
        return {};
    };
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
            QString &slot = m_placeCountry[row.fields.value(0).toLower()];
            if (slot.isEmpty()) // the first row of a name wins
                slot = lastLower;
        }
    }
    for (const TsvTable::Row &row : resources.table(u"demonyms"_qs).rows())
        m_demonymCountry.insert(row.fields.value(0).toLower(), row.fields.value(1).toLower());
}

QString VisitLexicon::key(QStringView word, QChar *buffer, qsizetype capacity)
{
    if (word.size() > capacity)
        return {};
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        buffer[i] = c == QChar(0x2019) ? QChar(u'\'') : c.toLower();
    }
    // A raw-data QString refers to the buffer without copying it.
    return QString::fromRawData(buffer, word.size());
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

} // namespace lector
