// SPDX-License-Identifier: GPL-3.0-or-later
// VisitContext, where a person is at home: the countries and regions of a person (demonyms,
// roles, "Gov. X of Colorado", "R-Texas"), the country and regions of a place, and seats of
// office; split from visitcontext.cpp (round 24).
#include "analysis/visits/visitcontext.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace lector {

QStringList VisitContext::countriesOf(int entity) const
{
    const auto cached = m_countries.constFind(entity);
    if (cached != m_countries.cend())
        return *cached;
    QStringList out;
    auto add = [&](QStringView word) {
        const QString c = m_lexicon.countryOfDemonym(word);
        if (!c.isEmpty() && !out.contains(c))
            out.append(c);
    };
    const Entity &e = m_analysis.entities[entity];
    for (const QString &role : e.roles)
        for (QStringView part : QStringView(role).split(u' ', Qt::SkipEmptyParts))
            add(part);
    bool emptyRoleSeen = false; // add() is idempotent: one look-up of "" is enough
    for (int m : e.mentions) {
        if (m < 0 || m >= m_analysis.mentions.size())
            continue;
        const QString &role = m_analysis.mentions[m].role;
        if (role.isEmpty() && !emptyRoleSeen) {
            emptyRoleSeen = true;
            add(QStringView());
        } else if (!role.isEmpty()) {
            for (QStringView part : QStringView(role).split(u' '))
                add(part);
        }
        const int f = firstToken(m);
        // "Ghanaian President Kofi Mensah": capitalised words right before the name; "U.S.
        // Secretary of State X", "Russia's Foreign Minister X": the country named before them.
        for (int k = f - 1; k >= 0 && k >= f - 6; --k) {
            const QStringView w = word(k);
            if (w.isEmpty())
                break;
            if (isName(k)) {
                // "Crown Prince of Kuwait Sabah bin Jaber": a country right before the name
                // after "of" is the office's (round 24).
                const int m = mentionOf(k);
                const bool office =
                    k + 1 == f && m >= 0 && firstToken(m) > 0 && word(firstToken(m) - 1) == u"of";
                if (const QString c = k + 1 < f || office ? countryNamedAt(k) : QString();
                    !c.isEmpty() && !out.contains(c))
                    out.append(c);
                break;
            }
            if (w == u"of" || Tokenizer::isPossessiveEnding(w))
                continue;
            if (!w.front().isUpper())
                break;
            add(w);
        }
    }
    m_countries.insert(entity, out);
    return out;
}

QStringList VisitContext::regionsOf(int entity) const
{
    const auto cached = m_regions.constFind(entity);
    if (cached != m_regions.cend())
        return *cached;
    QStringList out;
    const auto add = [&out](const QString &region) {
        if (!region.isEmpty() && !out.contains(region))
            out.append(region);
    };
    const Entity &e = m_analysis.entities[entity];
    QStringList roles = e.roles;
    for (int m : e.mentions)
        if (m >= 0 && m < m_analysis.mentions.size() && !m_analysis.mentions[m].role.isEmpty() &&
            !roles.contains(m_analysis.mentions[m].role))
            roles.append(m_analysis.mentions[m].role);
    for (const QString &role : std::as_const(roles)) {
        // The capitalised runs of the role, each cut into runs of one to three words.
        const QList<QStringView> words = QStringView(role).split(u' ', Qt::SkipEmptyParts);
        struct Run
        {
            qsizetype i, n;
            QString text;
            bool place; ///< names a state, a country or a city
        };
        QList<Run> runs;
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString run;
            for (qsizetype n = 1; n <= 3 && i + n <= words.size(); ++n) {
                const QStringView last = words[i + n - 1];
                if (!last.front().isUpper())
                    break;
                if (n > 1)
                    run += u' ';
                run += last.toString().toLower();
                const bool place = n > 1 && (!m_lexicon.usStateNamed(run).isEmpty() ||
                                             !m_lexicon.countryOfPlace(run).isEmpty() ||
                                             !m_lexicon.statesOf(run).isEmpty());
                runs.append({i, n, run, place});
            }
        }
        // A run inside a longer run that names a place is no region of its own ("Virginia"
        // of "West Virginia Sen.", "Mexico" of "New Mexico Gov."; review of round 20).
        for (const Run &r : std::as_const(runs)) {
            const bool inside = std::any_of(runs.cbegin(), runs.cend(), [&r](const Run &o) {
                return o.place && o.n > r.n && o.i <= r.i && r.i + r.n <= o.i + o.n;
            });
            if (!inside)
                add(r.text);
        }
    }
    // "Sen. Lisa Marrow (D-Ohio)", "Rep. Tom Ferris, R-Texas,": a party's letter and the state.
    static const QRegularExpression partyState(QStringLiteral(
        "^\\s*[,(]\\s*[DRI]\\s?-\\s?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\\s*[,)]"));
    static const QRegularExpression partyMember(QStringLiteral(
        "^\\s*,\\s*(?:a|an)\\s+(?:[a-z][a-z-]*\\s+)?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\\s+"
        "([A-Z][a-z]+)\\b"));
    for (int m : e.mentions) {
        if (m < 0 || m >= m_analysis.mentions.size())
            continue;
        // The expression only where a comma or a bracket follows the name.
        const QStringView rest =
            QStringView(m_document.text).mid(m_analysis.mentions[m].span.end, 48);
        const qsizetype mark =
            std::find_if_not(rest.cbegin(), rest.cend(), [](QChar c) { return c.isSpace(); }) -
            rest.cbegin();
        if (mark < rest.size() && (rest[mark] == u',' || rest[mark] == u'(')) {
            if (const QRegularExpressionMatch match = partyState.match(rest); match.hasMatch())
                add(m_lexicon.usStateNamed(match.capturedView(1)));
            // Round 26: "Sen. Mark Ellis, a Texas Republican,": the state before a party's
            // member (partymembers.tsv) in an apposition.
            else if (const QRegularExpressionMatch member = partyMember.match(rest);
                     member.hasMatch() && m_lexicon.isPartyMember(member.capturedView(2)))
                add(m_lexicon.usStateNamed(member.capturedView(1)));
        }
        // "the Duke of York Andrew Smith": the place right before the name, after "of" (the
        // holder's name after a noble title's place), is the office's, of any kind (review of
        // round 24; countriesOf() reads a country there).
        if (const int f = firstToken(m); f > 0) {
            const int before = mentionOf(f - 1);
            const int office = before >= 0 && endToken(before) == f && firstToken(before) > 0 &&
                                       word(firstToken(before) - 1) == u"of"
                                   ? entityOf(before, {EntityType::Place})
                                   : -1;
            if (office >= 0)
                for (const QString &form : m_analysis.entities[office].forms)
                    add(form.toLower());
        }
        const int k = endToken(m);
        const QStringView after = word(k);
        if (after != u"of" && after != u"(")
            continue;
        const int place = mentionOf(k + 1);
        if (place < 0 || firstToken(place) != k + 1)
            continue;
        const int p = entityOf(place, {EntityType::Place});
        if (p < 0 || (after == u"(" && word(endToken(place)) != u")"))
            continue;
        for (const QString &form : m_analysis.entities[p].forms)
            add(form.toLower());
    }
    m_regions.insert(entity, out);
    return out;
}

QStringList VisitContext::placeRegions(int place) const
{
    const auto cached = m_placeRegions.constFind(place);
    if (cached != m_placeRegions.cend())
        return *cached;
    QStringList out;
    for (const QString &form : m_analysis.entities[place].forms) {
        const QString lower = form.toLower();
        if (!out.contains(lower))
            out.append(lower);
        for (const QString &state : m_lexicon.statesOf(lower))
            if (!out.contains(state))
                out.append(state);
    }
    m_placeRegions.insert(place, out);
    return out;
}

bool VisitContext::inHomeRegion(int person, int place) const
{
    const QStringList regions = regionsOf(person);
    if (regions.isEmpty())
        return false;
    const QStringList in = placeRegions(place);
    return std::any_of(regions.cbegin(), regions.cend(),
                       [&in](const QString &region) { return in.contains(region); });
}

bool VisitContext::isSeatOf(int person, int place, bool arrived) const
{
    const Entity &p = m_analysis.entities[place];
    const VisitLexicon::Seat *seat = m_lexicon.seat(p.name);
    if (!seat || m_analysis.entities[person].type != EntityType::Person)
        return false;
    QStringList countries = countriesOf(person);
    // "President X of France": the country of a place the office is tied to.
    for (const QString &region : regionsOf(person))
        if (const QString c = m_lexicon.countryOfPlace(region);
            !c.isEmpty() && !countries.contains(c))
            countries.append(c);
    if (countries.isEmpty() ? !seat->unqualified || arrived : !countries.contains(seat->country))
        return false;
    const QList<QStringView> seatWords = QStringView(seat->name).split(u' ');
    // A word before the title: the seat's country ("U.S.", "American") or the seat's name.
    const auto ofSeat = [&](QStringView w) {
        return seatWords.contains(w) || m_lexicon.countryOfDemonym(w) == seat->country ||
               m_lexicon.countryOfPlace(w) == seat->country;
    };
    const auto holds = [&](const QString &role) {
        const QString lower = role.toLower();
        for (const QString &title : seat->titles) {
            if (lower != title && !lower.endsWith(u' ' + title))
                continue;
            const QList<QStringView> before = QStringView(lower)
                                                  .first(lower.size() - title.size())
                                                  .split(u' ', Qt::SkipEmptyParts);
            if (std::all_of(before.cbegin(), before.cend(), ofSeat))
                return true;
        }
        return false;
    };
    const Entity &e = m_analysis.entities[person];
    if (std::any_of(e.roles.cbegin(), e.roles.cend(), holds))
        return true;
    return std::any_of(e.mentions.cbegin(), e.mentions.cend(), [&](int m) {
        return m >= 0 && m < m_analysis.mentions.size() && !m_analysis.mentions[m].role.isEmpty() &&
               holds(m_analysis.mentions[m].role);
    });
}

bool VisitContext::namesAffiliation(int placeToken) const
{
    const int first =
        m_analysis.sentences[m_analysis.sentenceAt(m_analysis.tokens[placeToken].span.begin)]
            .firstToken;
    // Back over the list the place closes: other places, commas and "and".
    int k = placeToken - 1;
    while (k > first && (word(k) == u"," || word(k) == u"and" ||
                         entityOf(mentionOf(k), {EntityType::Place}) >= 0))
        --k;
    if (k <= first || (word(k) != u"of" && word(k) != u"from"))
        return false;
    const QStringView noun = word(k - 1);
    if (noun.isEmpty() || !noun.front().isLower())
        return false;
    return m_lexicon.isPeopleNoun(noun) || m_lexicon.isPost(noun) ||
           (noun.size() > 3 && noun.endsWith(u's') && m_lexicon.isPost(noun.chopped(1)));
}

bool VisitContext::isReportedSubject(int first, int end) const
{
    if (first <= 0 || end >= m_analysis.tokens.size())
        return false;
    const QStringView before = word(first - 1);
    if (before != u"that" && !m_lexicon.isSaying(before))
        return false;
    // A modal or "has" before a verb that is no copula: "Ukraine could lose ground", not
    // "Hanoi will be the first stop of her tour" nor "said Hanoi was the first stop" (review
    // of round 25: that tells the speaker's own destination).
    static constexpr std::array<QStringView, 11> verbs{u"would", u"will",  u"could",  u"can",
                                                       u"may",   u"might", u"should", u"must",
                                                       u"has",   u"had",   u"have"};
    if (end + 1 >= m_analysis.tokens.size() ||
        std::find(verbs.cbegin(), verbs.cend(), word(end)) == verbs.cend())
        return false;
    const QStringView next = word(end + 1);
    return next != u"be" && next != u"been" && !next.isEmpty() && next.front().isLower();
}

bool VisitContext::isCountry(int entity) const
{
    const QString country = countryOfPlace(entity);
    if (country.isEmpty())
        return false;
    return hasForm(entity, country, Qt::CaseInsensitive);
}

QString VisitContext::countryNamedAt(int token) const
{
    const int place = entityOf(mentionOf(token), {EntityType::Place});
    return place >= 0 && isCountry(place) ? countryOfPlace(place) : QString();
}

QString VisitContext::countryOfPlace(int entity) const
{
    const auto cached = m_placeCountry.constFind(entity);
    if (cached != m_placeCountry.cend())
        return *cached;
    const Entity &e = m_analysis.entities[entity];
    QString c = m_lexicon.countryOfPlace(e.name);
    for (qsizetype i = 0; c.isEmpty() && i < e.forms.size(); ++i)
        c = m_lexicon.countryOfPlace(e.forms[i]);
    m_placeCountry.insert(entity, c);
    return c;
}

} // namespace lector
