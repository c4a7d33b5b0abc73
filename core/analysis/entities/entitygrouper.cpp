// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/entitygrouper.h"
#include "analysis/entities/mentionorder.h"

#include "lexicon/gazetteer.h"
#include "lexicon/titlematcher.h"

#include <algorithm>

namespace lector {

namespace {

// "Shanghai Cooperation Organisation" -> "SCO": first letters of its capitalised words,
// skipping function words written in lower case ("of", "the").
QString initialsOf(const QString &name)
{
    QString letters;
    for (QStringView word : QStringView(name).split(u' ', Qt::SkipEmptyParts)) {
        if (word.front().isUpper())
            letters.append(word.front());
    }
    return letters;
}

} // namespace

// "EU", "U.N.", "SCO": two to six capitals, periods allowed. Returns the letters or "".
QString EntityGrouper::acronymLetters(const QString &surface)
{
    QString letters;
    for (QChar c : surface) {
        if (c.isUpper())
            letters.append(c);
        else if (c != u'.')
            return {};
    }
    return letters.size() >= 2 && letters.size() <= 6 ? letters : QString();
}

// "Theodorus of Tabennese", "Catherine of Aragon": the word after "of" that ends a person's
// name is the place the person is named after, not a surname; a lone "Tabennese" is the place.
bool EntityGrouper::endsWithPlace(const QStringList &name)
{
    return name.size() >= 3 && name[name.size() - 2] == u"of";
}

QString EntityGrouper::withoutArticle(const QString &surface)
{
    for (QStringView article : {u"the ", u"The "}) {
        if (surface.startsWith(article) && surface.size() > article.size())
            return surface.mid(article.size());
    }
    return surface;
}

// "HANOI", "NEW YORK": letters, all upper case.
bool EntityGrouper::isAllCaps(const QString &name)
{
    int letters = 0;
    for (QChar c : name) {
        if (c.isLower())
            return false;
        letters += c.isLetter();
    }
    return letters >= 2;
}

// "NEW YORK" -> "New York".
QString EntityGrouper::titleCased(const QString &name)
{
    QString out = name.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter() && c != u'\'' && c != u'\u2019';
    }
    return out;
}

EntityGrouper::EntityGrouper(const QString &text, Analysis &analysis, const Gazetteer &gazetteer,
                             const TitleMatcher &titles, const QSet<QString> &ordinaryWords,
                             const QSet<QString> &placePrepositions, const QSet<QString> &headWords,
                             const QHash<QString, int> &postalStates, const RegionCues &regionCues,
                             const QSet<QString> &nameParticles)
    : m_text(text)
    , m_analysis(analysis)
    , m_gazetteer(gazetteer)
    , m_titles(titles)
    , m_ordinaryWords(ordinaryWords)
    , m_placePrepositions(placePrepositions)
    , m_headWords(headWords)
    , m_postalStates(postalStates)
    , m_regionCues(regionCues)
    , m_nameParticles(nameParticles)
    , m_tokens(analysis.tokens)
{}

void EntityGrouper::group()
{
    agreeOnTypes();
    agreeInLists();
    firmShortForms();
    const int count = int(m_analysis.mentions.size());
    m_groupOfMention.fill(-1, count);
    for (int i = 0; i < count; ++i) {
        Facts facts = factsOf(i);
        if (m_analysis.mentions[i].type == EntityType::Person && isPlaceOrNationality(facts)) {
            m_analysis.mentions[i].type = m_gazetteer.entry(facts.entry).major;
            facts = factsOf(i);
        } else if (isOrdinaryWord(facts, m_analysis.mentions[i])) {
            m_analysis.mentions[i].type = EntityType::Other;
            facts = factsOf(i);
        }
        const bool person = m_analysis.mentions[i].type == EntityType::Person;
        int group = person ? findPerson(facts) : findOther(facts, i);
        if (group < 0) {
            group = int(m_groups.size());
            m_groups.append(Group());
            m_groups.last().person = person;
        }
        add(group, i, facts);
    }
    m_analysis.entities.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        Entity entity = entityOf(m_groups[g]);
        entity.id = u'e' + QString::number(g + 1);
        for (int m : std::as_const(entity.mentions)) {
            m_analysis.mentions[m].entity = g;
            // "Moretti thanked them" after "Elena Moretti": a name joined to a person by the
            // name rules is that person. Places and organizations keep each mention's type:
            // "Chicago" is the city in a dateline and the team in a score line.
            if (m_groups[g].person)
                m_analysis.mentions[m].type = EntityType::Person;
        }
        m_analysis.entities.append(std::move(entity));
    }
}

bool EntityGrouper::hasForm(int group, const QString &surface) const
{
    const auto it = m_byForm.constFind(surface);
    return it != m_byForm.cend() && it->contains(group);
}

// Places and organizations: the latest group with the same key or form, else by acronym.
int EntityGrouper::findOther(const Facts &facts, int mention) const
{
    // "the European Union (EU)"; never "Vietnam (AP)": a credit of another organization the
    // gazetteer knows, or a name of another type, does not join the name before it.
    const int full = bracketedAfter(mention);
    if (full >= 0 && m_groupOfMention[full] >= 0 && !m_groups[m_groupOfMention[full]].person) {
        const Group &group = m_groups[m_groupOfMention[full]];
        const bool sameType = m_analysis.mentions[full].type == m_analysis.mentions[mention].type;
        const bool otherEntry = facts.entry >= 0 && facts.key != group.key;
        if (sameType && !otherEntry)
            return m_groupOfMention[full];
    }
    int best = -1;
    const auto byKey = m_byKey.constFind(facts.key);
    if (byKey != m_byKey.cend()) {
        for (int g : *byKey) {
            if (g > best && !m_groups[g].person && m_groups[g].key == facts.key &&
                !otherPlace(g, facts))
                best = g;
        }
    }
    const auto byForm = m_byForm.constFind(facts.surface);
    if (byForm != m_byForm.cend()) {
        for (int g : *byForm) {
            if (g > best && !m_groups[g].person && !otherPlace(g, facts))
                best = g;
        }
    }
    if (best >= 0)
        return best;
    const int byAcronym = acronymGroup(facts);
    return byAcronym >= 0 ? byAcronym : personByNameWord(facts);
}

// "the Shanghai Cooperation Organisation ... the SCO": an acronym of an earlier name. Not when
// the gazetteer lists both as different entries: "N.Y." after "Binghamton," is the state New
// York, not the city of an earlier "New York" (round 16; "New York, N.Y." is the city and its
// state).
int EntityGrouper::acronymGroup(const Facts &facts) const
{
    const QString letters = acronymLetters(facts.surface);
    if (letters.isEmpty())
        return -1;
    const auto it = m_byInitials.constFind(letters);
    if (it == m_byInitials.cend())
        return -1;
    int best = -1;
    for (int g : *it) {
        // only non-person groups are indexed, and forms only grow
        const Group &group = m_groups[g];
        if (g > best && !(facts.entry >= 0 && group.entry >= 0 && group.key != facts.key))
            best = g;
    }
    return best;
}

// "the European Union (EU)": returns the mention written just before the brackets around
// `mention`, or -1.
int EntityGrouper::bracketedAfter(int mention) const
{
    if (mention == 0)
        return -1;
    const Span previous = m_analysis.mentions[mention - 1].span;
    const Span current = m_analysis.mentions[mention].span;
    const QStringView between =
        QStringView(m_text).sliced(previous.end, current.begin - previous.end).trimmed();
    if (between != u"(")
        return -1;
    const QStringView after = QStringView(m_text).sliced(current.end).trimmed();
    return after.startsWith(u')') ? mention - 1 : -1;
}

void EntityGrouper::add(int index, int mention, const Facts &facts)
{
    Group &group = m_groups[index];
    const bool fresh = group.mentions.isEmpty();
    group.mentions.append(mention);
    group.last = mention;
    m_groupOfMention[mention] = index;
    const bool newForm = !hasForm(index, facts.surface);
    if (newForm)
        group.forms.append(facts.surface);
    const bool newName = fresh || facts.words.size() > group.nameWords.size();
    if (facts.words.size() > group.nameWords.size())
        group.nameWords = facts.words;
    if (group.gender == Gender::Unknown)
        group.gender = facts.gender;
    const bool newKey = fresh || (group.key.isEmpty() && !facts.key.isEmpty());
    if (group.key.isEmpty())
        group.key = facts.key;
    if (group.entry < 0 && facts.entry >= 0)
        group.entry = facts.entry;
    if (group.definiteMinor.isEmpty() && facts.definite)
        group.definiteMinor = m_gazetteer.entry(facts.entry).minor;
    indexGroup(index, facts, newForm, newKey, newName);
}

// Keeps the indexes in step with add(): a group is listed under its current form, key and
// name words; lists under its former name words stay (lookups re-check).
void EntityGrouper::indexGroup(int g, const Facts &facts, bool newForm, bool newKey, bool newName)
{
    const Group &group = m_groups[g];
    if (newForm) {
        m_byForm[facts.surface].append(g);
        if (!group.person) {
            const QString initials = initialsOf(withoutArticle(facts.surface));
            if (initials.size() >= 2 && initials.size() <= 6)
                m_byInitials[initials].append(g);
        }
    }
    if (newKey && !group.person)
        m_byKey[group.key].append(g);
    if (newName && group.person) {
        const QStringList &name = group.nameWords;
        if (name.size() == 1) {
            m_byLoneName[name.first()].append(g);
        } else if (name.size() >= 2) {
            m_byNameEnd[name.first()].append(g);
            if (name.last() != name.first() && !endsWithPlace(name))
                m_byNameEnd[name.last()].append(g);
        }
    }
}

bool EntityGrouper::spellsOutOtherName(const Group &group, int entry) const
{
    const QString &canonical = m_gazetteer.entry(entry).canonical;
    bool spelt = false, acronym = false;
    for (const QString &form : group.forms) {
        // The article writes a name of the entry itself ("Médecins Sans Frontières").
        if (form.compare(canonical, Qt::CaseInsensitive) == 0 ||
            (acronymLetters(form).isEmpty() && entryOf(withoutArticle(form)) == entry))
            return false;
        const QString letters = acronymLetters(form);
        acronym = acronym || !letters.isEmpty();
        if (!letters.isEmpty())
            continue;
        const QString name = withoutArticle(form);
        const QString initials = initialsOf(name);
        spelt =
            spelt ||
            (name.contains(u' ') && initials.size() >= 2 && initials != initialsOf(canonical) &&
             std::any_of(group.forms.cbegin(), group.forms.cend(),
                         [&initials](const QString &f) { return acronymLetters(f) == initials; }));
    }
    return acronym && spelt;
}

Entity EntityGrouper::entityOf(const Group &group) const
{
    Entity entity;
    int votes[4] = {0, 0, 0, 0};
    for (int m : group.mentions)
        ++votes[int(m_analysis.mentions[m].type)];
    entity.type =
        group.person ? EntityType::Person : m_analysis.mentions[group.mentions.first()].type;
    for (int t = 0; t < 4 && !group.person; ++t) {
        if (votes[t] > votes[int(entity.type)])
            entity.type = EntityType(t);
    }
    const GazetteerEntry *entry = group.entry >= 0 ? &m_gazetteer.entry(group.entry) : nullptr;
    // Round 26: "The Rapid Support Forces (RSF)": the article spells its acronym out as another
    // name than the gazetteer's entry of it (Reporters Without Borders): the article's wins.
    if (entry && !group.person && spellsOutOtherName(group, group.entry))
        entry = nullptr;
    // Review of round 23: "The director of Selma said" makes "Selma" a work (type other), no
    // city: a place's subtype ("city", "country") only on a place.
    const bool placeOnNoPlace =
        entry && entry->major == EntityType::Place && entity.type != EntityType::Place;
    if (entry && entry->minor != u"demonym" && entity.type != EntityType::Person) {
        entity.name = entry->canonical;
        if (!placeOnNoPlace)
            entity.subtype = entry->minor;
    } else {
        // The most complete form: most words, then the longest, then the first; a form in
        // capitals ("HANOI") only when there is no other.
        bool capitals = true;
        for (const QString &form : group.forms)
            capitals = capitals && isAllCaps(form) && form.size() > 3;
        for (const QString &form : group.forms) {
            const QString name = withoutArticle(form);
            if (!capitals && isAllCaps(name) && name.size() > 3)
                continue;
            const qsizetype words = name.count(u' ');
            if (entity.name.isEmpty() || words > entity.name.count(u' ') ||
                (words == entity.name.count(u' ') && name.size() > entity.name.size()))
                entity.name = name;
        }
        // "Whitney", "Anna": a person named like a town has no place's subtype (round 21).
        if (entry && !placeOnNoPlace &&
            (entity.type != EntityType::Person || entry->major == EntityType::Person))
            entity.subtype = entry->minor;
        // A place the article writes only in capitals, in a dateline or a headline, is named
        // as written in title case ("OSKARVIK" -> "Oskarvik"; round 15); an acronym in running
        // text ("NYC") stays, and so does a name of three letters or fewer, which is more often
        // an acronym than a word ("STORM HITS NYC AND DC"; the review of round 15).
        if (entity.type == EntityType::Place && isAllCaps(entity.name) && entity.name.size() > 3 &&
            std::all_of(group.mentions.cbegin(), group.mentions.cend(),
                        [this](int m) { return inCapitalsLine(m_analysis.mentions[m].span); }))
            entity.name = titleCased(entity.name);
    }
    entity.forms.append(entity.name);
    for (const QString &form : group.forms) {
        if (!entity.forms.contains(form))
            entity.forms.append(form);
    }
    for (int m : group.mentions) {
        const QString &role = m_analysis.mentions[m].role;
        if (!role.isEmpty() && !entity.roles.contains(role))
            entity.roles.append(role);
    }
    entity.mentions = group.mentions;
    if (entity.type == EntityType::Person) {
        entity.gender = group.gender;
        if (entity.gender == Gender::Unknown && !group.nameWords.isEmpty())
            entity.gender = m_titles.givenNameGender(group.nameWords.first());
    }
    return entity;
}

} // namespace lector
