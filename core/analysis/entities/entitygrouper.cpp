// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/entitygrouper.h"
#include "analysis/entities/mentionorder.h"

#include "lexicon/gazetteer.h"
#include "lexicon/titlematcher.h"

#include <algorithm>

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

// "Theodorus of Tabennese", "Catherine of Aragon": the word after "of" that ends a person's
// name is the place the person is named after, not a surname; a lone "Tabennese" is the place.
bool endsWithPlace(const QStringList &name)
{
    return name.size() >= 3 && name[name.size() - 2] == u"of";
}

QString withoutArticle(const QString &surface)
{
    for (QStringView article : {u"the ", u"The "}) {
        if (surface.startsWith(article) && surface.size() > article.size())
            return surface.mid(article.size());
    }
    return surface;
}

// "HANOI", "NEW YORK": letters, all upper case.
bool isAllCaps(const QString &name)
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
QString titleCased(const QString &name)
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

} // namespace

EntityGrouper::EntityGrouper(const QString &text, Analysis &analysis, const Gazetteer &gazetteer,
                             const TitleMatcher &titles, const QSet<QString> &ordinaryWords,
                             const QSet<QString> &placePrepositions, const QSet<QString> &headWords,
                             const QHash<QString, int> &postalStates, const RegionCues &regionCues)
    : m_text(text)
    , m_analysis(analysis)
    , m_gazetteer(gazetteer)
    , m_titles(titles)
    , m_ordinaryWords(ordinaryWords)
    , m_placePrepositions(placePrepositions)
    , m_headWords(headWords)
    , m_postalStates(postalStates)
    , m_regionCues(regionCues)
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

EntityGrouper::Facts EntityGrouper::factsOf(int index) const
{
    const Mention &mention = m_analysis.mentions[index];
    Facts facts;
    facts.surface = m_text.mid(mention.span.begin, mention.span.length());
    for (int t = m_tokens.after(mention.span.begin);
         t < m_analysis.tokens.size() && m_analysis.tokens[t].span.begin < mention.span.end; ++t) {
        const Token &token = m_analysis.tokens[t];
        if (token.kind != TokenKind::Word)
            continue;
        // A one-word mention shares the surface's characters instead of copying them.
        if (token.span.begin == mention.span.begin && token.span.end == mention.span.end)
            facts.words.append(facts.surface);
        else
            facts.words.append(m_text.mid(token.span.begin, token.span.length()));
    }
    if (mention.type == EntityType::Person) {
        if (facts.words.size() == 1 && mention.role.isEmpty())
            facts.entry = entryOf(facts.surface);
        facts.gender = m_titles.titleGender(mention.role);
        if (facts.gender == Gender::Unknown && facts.words.size() >= 2)
            facts.gender = m_titles.givenNameGender(facts.words.first());
        return facts;
    }
    facts.key = withoutArticle(facts.surface);
    facts.entry = entryOf(facts.key);
    // "HANOI" in a dateline, "Hanoi" in the text: one place. An ALL-CAPS name is looked up
    // as written in title case; a name the gazetteer lacks is keyed case-blind. A place of
    // three letters too where its line is written in capitals so far ("RYE, N.H. (AP)";
    // round 15), not an acronym in running text.
    if (facts.entry < 0 && isAllCaps(facts.key) &&
        (facts.key.size() > 3 || (facts.key.size() == 3 && mention.type == EntityType::Place &&
                                  inCapitalsLine(mention.span))))
        facts.entry = entryOf(titleCased(facts.key));
    // "Grand Rapids, Mich.": the mention ends before the period of the state's abbreviation,
    // which the gazetteer lists with it (UsStates::markStates()).
    if (facts.entry < 0 && mention.type == EntityType::Place && mention.span.end < m_text.size() &&
        m_text[mention.span.end] == u'.')
        facts.entry = entryOf(facts.key + u'.');
    // "Springfield, IL": a postal code the EntityRecogniser read after a city (its source is
    // the gazetteer; the model's "LA" may be Los Angeles).
    if (facts.entry < 0 && mention.type == EntityType::Place &&
        mention.source == MentionSource::Gazetteer)
        facts.entry = m_postalStates.value(facts.key, -1);
    // "N.Y.C.": an acronym with periods that the gazetteer lists without them ("NYC"; round 17).
    if (facts.entry < 0 && facts.key.contains(u'.')) {
        const QString letters = acronymLetters(facts.key);
        if (!letters.isEmpty())
            facts.entry = entryOf(letters);
    }
    // "New York state", "upstate New York", "Georgia Gov. Nathan Deal": the state of that name,
    // not its city or country (round 16).
    if (facts.entry >= 0 && mention.type == EntityType::Place &&
        hasRegionCue(mention.span, m_gazetteer.entry(facts.entry).minor == u"country")) {
        facts.entry = regionEntry(facts.key, facts.entry);
        facts.definite = m_gazetteer.entry(facts.entry).minor == u"region";
    }
    // "Washington, D.C.": a place and the place after its comma that the gazetteer lists
    // together are that entry, both of them (round 17).
    if (mention.type == EntityType::Place) {
        const int whole = commaPhraseEntry(index);
        if (whole >= 0) {
            facts.entry = whole;
            facts.definite = true;
        }
    }
    if (facts.entry < 0)
        facts.key = facts.key.toCaseFolded();
    if (facts.entry >= 0) {
        const GazetteerEntry &entry = m_gazetteer.entry(facts.entry);
        // "Chinese" stays its own entity: a nationality word is not the country.
        if (entry.minor != u"demonym")
            facts.key = entry.canonical;
    }
    return facts;
}

// "RYE, N.H. (AP) \u2014", "STORM FLOODS RYE": no lower-case letter on the line before the end
// of `span`, so its capitals say nothing of the name.
bool EntityGrouper::inCapitalsLine(const Span &span) const
{
    for (qsizetype k = span.end - 1; k >= 0 && m_text[k] != u'\n'; --k) {
        if (m_text[k].isLower())
            return false;
    }
    return true;
}

// Whether a word of lexicon/regioncues.tsv, as written there, stands right before or right
// after the place's name ("upstate New York", "Washington state", "Georgia Gov."). For a
// country's name (`country`) only the cues marked so count: "Georgia state television" is the
// country's (review of round 16), "Georgia Gov." the state's.
bool EntityGrouper::hasRegionCue(const Span &span, bool country) const
{
    const QList<Token> &tokens = m_analysis.tokens;
    const auto wordAt = [&](int k) {
        return k >= 0 && k < tokens.size() && tokens[k].kind == TokenKind::Word
                   ? m_text.mid(tokens[k].span.begin, tokens[k].span.length())
                   : QString();
    };
    const auto counts = [&](const QString &word) {
        return !country || m_regionCues.overCountry.contains(word);
    };
    const QString after = wordAt(tokenAt(tokens, span.end));
    const QString before = wordAt(tokenAt(tokens, span.begin) - 1);
    return (m_regionCues.after.contains(after) && counts(after)) ||
           (m_regionCues.before.contains(before) && counts(before));
}

// The first state or province (gazetteer minor type "region") of the phrase's entries, else
// `entry`.
int EntityGrouper::regionEntry(const QString &phrase, int entry) const
{
    for (const int e : m_gazetteer.entriesFor(phrase)) {
        if (m_gazetteer.entry(e).minor == u"region")
            return e;
    }
    return entry;
}

// "Washington, D.C.": the gazetteer place of the text from the mention before a comma to the
// place mention after it, when `index` is either of the two; else -1.
int EntityGrouper::commaPhraseEntry(int index) const
{
    const QList<Mention> &mentions = m_analysis.mentions;
    for (int first = index - 1; first <= index; ++first) {
        if (first < 0 || first + 1 >= mentions.size() ||
            mentions[first].type != EntityType::Place ||
            mentions[first + 1].type != EntityType::Place)
            continue;
        const Span a = mentions[first].span;
        const Span b = mentions[first + 1].span;
        if (QStringView(m_text).sliced(a.end, b.begin - a.end) != u", ")
            continue;
        // the gazetteer writes the abbreviation with its period ("D.C.", "Mich.")
        qsizetype end = b.end;
        if (end < m_text.size() && m_text[end] == u'.' && m_text[end - 1] != u'.')
            ++end;
        const int entry = entryOf(m_text.mid(a.begin, end - a.begin));
        if (entry >= 0 && m_gazetteer.entry(entry).major == EntityType::Place)
            return entry;
    }
    return -1;
}

// Whether the group is another place than the one the mention names for sure: "Washington,
// D.C." (the city) and "Washington state" (the state) share their canonical name (round 17).
bool EntityGrouper::otherPlace(int group, const Facts &facts) const
{
    const QString &minor = m_groups[group].definiteMinor;
    return facts.definite && !minor.isEmpty() && minor != m_gazetteer.entry(facts.entry).minor;
}

int EntityGrouper::entryOf(const QString &phrase) const
{
    auto it = m_entryOf.constFind(phrase);
    if (it == m_entryOf.cend()) {
        const QList<int> entries = m_gazetteer.entriesFor(phrase);
        it = m_entryOf.insert(phrase, entries.isEmpty() ? -1 : entries.first());
    }
    return *it;
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
    if (entry.minor == u"city" && !entry.isCityOf(Gazetteer::largeCity))
        return false;
    return !explainsPerson(facts);
}

// "Western diplomats": a lone capitalised ordinary word tagged as a person, with no title and
// no person it could be short for, is not a person.
bool EntityGrouper::isOrdinaryWord(const Facts &facts, const Mention &mention) const
{
    if (mention.type != EntityType::Person || facts.words.size() != 1 || !mention.role.isEmpty() ||
        !m_ordinaryWords.contains(facts.words.first()))
        return false;
    return !explainsPerson(facts);
}

// Whether some person group could take the mention (any rank, any gender).
bool EntityGrouper::explainsPerson(const Facts &facts) const
{
    QList<int> candidates;
    const QList<int> *sameForm = personCandidates(facts, candidates);
    for (int g : std::as_const(candidates)) {
        if (m_groups[g].person && personRank(g, facts, sameForm) > 0)
            return true;
    }
    return false;
}

// Every group personRank() could rank above 0, plus some it ranks 0 (callers check).
// Returns the groups that have the mention's surface as a form, or null.
const QList<int> *EntityGrouper::personCandidates(const Facts &facts, QList<int> &out) const
{
    auto collect = [&out](const QHash<QString, QList<int>> &index, const QString &key) {
        const auto it = index.constFind(key);
        if (it != index.cend())
            out.append(*it);
    };
    const auto sameForm = m_byForm.constFind(facts.surface);
    if (sameForm != m_byForm.cend())
        out.append(*sameForm);
    if (facts.words.size() == 1) {
        collect(m_byNameEnd, facts.words.first());
    } else if (facts.words.size() >= 2) {
        collect(m_byNameEnd, facts.words.last());
        collect(m_byLoneName, facts.words.first());
        if (facts.words.last() != facts.words.first())
            collect(m_byLoneName, facts.words.last());
    }
    return sameForm != m_byForm.cend() ? &*sameForm : nullptr;
}

// People, in order of preference: the same form; a full name that agrees ("Wang Jianguo" with
// an earlier "President Wang Jianguo"); for one word, the nearest earlier full name starting or
// ending with it ("Wang" -> "Wang Jianguo", "Kowalska" -> "Maria Kowalska"); for a full
// name, an earlier lone word it explains ("Smith said ... John Smith").
int EntityGrouper::findPerson(const Facts &facts) const
{
    if (facts.words.isEmpty())
        return -1;
    QList<int> candidates;
    const QList<int> *sameForm = personCandidates(facts, candidates);
    int best = -1;
    int bestRank = 0;
    for (int g : std::as_const(candidates)) {
        const Group &group = m_groups[g];
        if (!group.person || !gendersAgree(group.gender, facts.gender))
            continue;
        const int rank = personRank(g, facts, sameForm);
        // Equal ranks: the nearest preceding entity wins ("Smith" after two Smiths). Each
        // group's latest mention is unique, so the order of the candidates does not matter.
        if (rank > bestRank || (rank == bestRank && rank > 0 && group.last > m_groups[best].last)) {
            best = g;
            bestRank = rank;
        }
    }
    return best;
}

// 3: the same form; 2: a full name that agrees, or one word that starts or ends a full name;
// 1: a full name that explains an earlier lone word; 0: no match.
// `sameForm`: the groups that have the mention's surface as a form (personCandidates()).
int EntityGrouper::personRank(int index, const Facts &facts, const QList<int> *sameForm) const
{
    if (sameForm && sameForm->contains(index))
        return 3;
    const QStringList &name = m_groups[index].nameWords;
    const QStringList &words = facts.words;
    if (name.isEmpty())
        return 0;
    if (words.size() == 1 && name.size() >= 2)
        return name.first() == words.first() ||
                       (name.last() == words.first() && !endsWithPlace(name))
                   ? 2
                   : 0;
    if (words.size() >= 2 && name.size() >= 2)
        return name.last() == words.last() && givenNamesAgree(name.first(), words.first()) ? 2 : 0;
    if (words.size() >= 2 && name.size() == 1)
        return words.first() == name.first() || words.last() == name.first() ? 1 : 0;
    return 0;
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

// "Kowalska" tagged as an organization after "Maria Kowalska": a lone word that is not
// in the gazetteer and ends or starts an earlier person's full name is that person.
int EntityGrouper::personByNameWord(const Facts &facts) const
{
    if (facts.words.size() != 1 || facts.entry >= 0 || !acronymLetters(facts.surface).isEmpty())
        return -1;
    const QString &word = facts.words.first();
    int best = -1;
    const auto it = m_byNameEnd.constFind(word);
    if (it == m_byNameEnd.cend())
        return -1;
    for (int g : *it) {
        const QStringList &name = m_groups[g].nameWords;
        if (g > best && m_groups[g].person && name.size() >= 2 &&
            (name.first() == word || (name.last() == word && !endsWithPlace(name))))
            best = g;
    }
    return best;
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
        if (entry)
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
