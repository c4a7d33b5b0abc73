// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entitygrouper.h"

#include "lexicon/gazetteer.h"
#include "lexicon/titlematcher.h"

namespace lector {

namespace {

bool gendersAgree(Gender a, Gender b)
{
    return a == Gender::Unknown || b == Gender::Unknown || a == b;
}

// "J." and "John", "J" and "John": an initial stands for any name with that first letter.
bool givenNamesAgree(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    auto initial = [](const QString &w) {
        return w.size() == 1 || (w.size() == 2 && w[1] == u'.');
    };
    return (initial(a) || initial(b)) && a.front() == b.front();
}

// "EU", "U.N.", "SCO": two to six capitals, periods allowed. Returns the letters or "".
QString acronymLetters(const QString &surface)
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

QString withoutArticle(const QString &surface)
{
    for (QStringView article : {u"the ", u"The "}) {
        if (surface.startsWith(article) && surface.size() > article.size())
            return surface.mid(article.size());
    }
    return surface;
}

} // namespace

EntityGrouper::EntityGrouper(const QString &text, Analysis &analysis, const Gazetteer &gazetteer,
                             const TitleMatcher &titles, const QSet<QString> &ordinaryWords)
    : m_text(text)
    , m_analysis(analysis)
    , m_gazetteer(gazetteer)
    , m_titles(titles)
    , m_ordinaryWords(ordinaryWords)
{}

void EntityGrouper::group()
{
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

EntityGrouper::Facts EntityGrouper::factsOf(int index) const
{
    const Mention &mention = m_analysis.mentions[index];
    Facts facts;
    facts.surface = m_text.mid(mention.span.begin, mention.span.length());
    for (int t = m_analysis.tokenAfter(mention.span.begin);
         t < m_analysis.tokens.size() && m_analysis.tokens[t].span.begin < mention.span.end; ++t) {
        const Token &token = m_analysis.tokens[t];
        if (token.kind == TokenKind::Word)
            facts.words.append(m_text.mid(token.span.begin, token.span.length()));
    }
    if (mention.type == EntityType::Person) {
        if (facts.words.size() == 1 && mention.role.isEmpty()) {
            const QList<int> entries = m_gazetteer.entriesFor(facts.surface);
            facts.entry = entries.isEmpty() ? -1 : entries.first();
        }
        facts.gender = m_titles.titleGender(mention.role);
        if (facts.gender == Gender::Unknown && facts.words.size() >= 2)
            facts.gender = m_titles.givenNameGender(facts.words.first());
        return facts;
    }
    facts.key = withoutArticle(facts.surface);
    const QList<int> entries = m_gazetteer.entriesFor(facts.key);
    if (!entries.isEmpty()) {
        facts.entry = entries.first();
        const GazetteerEntry &entry = m_gazetteer.entry(facts.entry);
        // "Chinese" stays its own entity: a nationality word is not the country.
        if (entry.minor != u"demonym")
            facts.key = entry.canonical;
    }
    return facts;
}

// "Swedish officials", "flew to Lima": a lone word tagged as a person that the gazetteer
// knows as a nationality, a country, a region or a large city, and that is no short form of
// a person already named, is not a person. Small towns share names with people, so they stay.
bool EntityGrouper::isPlaceOrNationality(const Facts &facts) const
{
    if (facts.entry < 0)
        return false;
    const GazetteerEntry &entry = m_gazetteer.entry(facts.entry);
    if (entry.major == EntityType::Person)
        return false;
    if (entry.minor == u"city" && entry.value(u"pop").toLongLong() < 500000)
        return false;
    for (const Group &group : m_groups) {
        if (group.person && personRank(group, facts) > 0)
            return false;
    }
    return true;
}

// "Western diplomats": a lone capitalised ordinary word tagged as a person, with no title and
// no person it could be short for, is not a person.
bool EntityGrouper::isOrdinaryWord(const Facts &facts, const Mention &mention) const
{
    if (mention.type != EntityType::Person || facts.words.size() != 1 || !mention.role.isEmpty() ||
        !m_ordinaryWords.contains(facts.words.first()))
        return false;
    for (const Group &group : m_groups) {
        if (group.person && personRank(group, facts) > 0)
            return false;
    }
    return true;
}

// People, in order of preference: the same form; a full name that agrees ("Wang Jianguo" with
// an earlier "President Wang Jianguo"); for one word, the nearest earlier full name starting or
// ending with it ("Wang" -> "Wang Jianguo", "Kowalska" -> "Maria Kowalska"); for a full
// name, an earlier lone word it explains ("Smith said ... John Smith").
int EntityGrouper::findPerson(const Facts &facts) const
{
    if (facts.words.isEmpty())
        return -1;
    int best = -1;
    int bestRank = 0;
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups[g];
        if (!group.person || !gendersAgree(group.gender, facts.gender))
            continue;
        const int rank = personRank(group, facts);
        // Equal ranks: the nearest preceding entity wins ("Smith" after two Smiths).
        if (rank > bestRank || (rank == bestRank && rank > 0 && group.last > m_groups[best].last)) {
            best = g;
            bestRank = rank;
        }
    }
    return best;
}

// 3: the same form; 2: a full name that agrees, or one word that starts or ends a full name;
// 1: a full name that explains an earlier lone word; 0: no match.
int EntityGrouper::personRank(const Group &group, const Facts &facts)
{
    if (group.forms.contains(facts.surface))
        return 3;
    const QStringList &name = group.nameWords;
    const QStringList &words = facts.words;
    if (name.isEmpty())
        return 0;
    if (words.size() == 1 && name.size() >= 2)
        return name.first() == words.first() || name.last() == words.first() ? 2 : 0;
    if (words.size() >= 2 && name.size() >= 2)
        return name.last() == words.last() && givenNamesAgree(name.first(), words.first()) ? 2 : 0;
    if (words.size() >= 2 && name.size() == 1)
        return words.first() == name.first() || words.last() == name.first() ? 1 : 0;
    return 0;
}

int EntityGrouper::findOther(const Facts &facts, int mention) const
{
    const int full = bracketedAfter(mention);
    if (full >= 0 && m_groupOfMention[full] >= 0 && !m_groups[m_groupOfMention[full]].person)
        return m_groupOfMention[full];
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        const Group &group = m_groups[g];
        if (!group.person && (group.key == facts.key || group.forms.contains(facts.surface)))
            return g;
    }
    const int byAcronym = acronymGroup(facts);
    return byAcronym >= 0 ? byAcronym : personByNameWord(facts);
}

// "Kowalska" tagged as an organization after "Maria Kowalska": a lone word that is not
// in the gazetteer and ends or starts an earlier person's full name is that person.
int EntityGrouper::personByNameWord(const Facts &facts) const
{
    if (facts.words.size() != 1 || facts.entry >= 0 || !acronymLetters(facts.surface).isEmpty())
        return -1;
    const QString &word = facts.words.first();
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        const QStringList &name = m_groups[g].nameWords;
        if (m_groups[g].person && name.size() >= 2 && (name.first() == word || name.last() == word))
            return g;
    }
    return -1;
}

// "the Shanghai Cooperation Organisation ... the SCO": an acronym of an earlier name.
int EntityGrouper::acronymGroup(const Facts &facts) const
{
    const QString letters = acronymLetters(facts.surface);
    if (letters.isEmpty())
        return -1;
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        const Group &group = m_groups[g];
        if (group.person)
            continue;
        for (const QString &form : group.forms) {
            if (initialsOf(withoutArticle(form)) == letters)
                return g;
        }
    }
    return -1;
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
    group.mentions.append(mention);
    group.last = mention;
    m_groupOfMention[mention] = index;
    if (!group.forms.contains(facts.surface))
        group.forms.append(facts.surface);
    if (facts.words.size() > group.nameWords.size())
        group.nameWords = facts.words;
    if (group.gender == Gender::Unknown)
        group.gender = facts.gender;
    if (group.key.isEmpty())
        group.key = facts.key;
    if (group.entry < 0 && facts.entry >= 0)
        group.entry = facts.entry;
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
    if (entry && entry->minor != u"demonym" && entity.type != EntityType::Person) {
        entity.name = entry->canonical;
        entity.subtype = entry->minor;
    } else {
        // The most complete form: most words, then the longest, then the first.
        for (const QString &form : group.forms) {
            const QString name = withoutArticle(form);
            const qsizetype words = name.count(u' ');
            if (entity.name.isEmpty() || words > entity.name.count(u' ') ||
                (words == entity.name.count(u' ') && name.size() > entity.name.size()))
                entity.name = name;
        }
        if (entry)
            entity.subtype = entry->minor;
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
