// SPDX-License-Identifier: GPL-3.0-or-later
// VisitAssembler: one row per trip and destination (GUIDELINES.md): a city's row takes the rows
// of its country, of a region written right after it and of the US state it lies in.
#include "analysis/visits/visitassembler.h"

#include <QDate>

#include <algorithm>

namespace lector {

namespace {

constexpr qint64 CalledOffDays = 14; ///< how long after a trip is called off its plan may lie

// A city's row takes the sentences of its region's or country's row, and its date when it has
// none ("Minsk" dated by "the visit to Belarus on Monday").
void takeEvidence(Visit &city, const Visit &land)
{
    for (int s : land.sentences)
        if (!city.sentences.contains(s))
            city.sentences.append(s);
    std::sort(city.sentences.begin(), city.sentences.end());
    // "called off a planned trip to Saudi Arabia on Sunday. She had been due to fly to Riyadh on
    // Monday": a plan the other row calls off, for a day in the two weeks from the calling off,
    // is off; a plan months later is a new one ("called off a trip to Norway in 2024 ... will
    // fly to Oslo on Monday"; review of round 25).
    const auto callsOff = [](const Visit &off, const Visit &plan) {
        if (off.status != VisitStatus::Cancelled || plan.status != VisitStatus::Planned)
            return false;
        if (off.date.isEmpty() || plan.date.isEmpty())
            return true;
        const QDate from = QDate::fromString(off.date, Qt::ISODate);
        const QDate day = QDate::fromString(plan.date, Qt::ISODate);
        return from.isValid() && day.isValid() && from <= day && from.daysTo(day) <= CalledOffDays;
    };
    if (callsOff(land, city) || callsOff(city, land))
        city.status = VisitStatus::Cancelled;
    if (city.date.isEmpty() && !land.date.isEmpty()) {
        city.date = land.date;
        city.time = land.time;
        city.precision = land.precision;
    }
}

// What is left of a trip's days on a city's own day: "set off on Monday on a ten-day tour of
// Norway", "reached Bergen on Thursday": the stay in Bergen runs to the trip's end, seven days.
// Empty when either date is no day or the city's lies outside the trip.
QString remainingDays(const Visit &city, const Visit &land)
{
    if (city.date.size() != 10 || land.date.size() != 10)
        return {};
    const int days = VisitDater::durationDays(land.duration);
    const QDate from = QDate::fromString(land.date, Qt::ISODate);
    const QDate day = QDate::fromString(city.date, Qt::ISODate);
    if (days <= 0 || !from.isValid() || !day.isValid() || day < from || day >= from.addDays(days))
        return {};
    return u"P%1D"_qs.arg(day.daysTo(from.addDays(days)));
}

} // namespace

bool VisitAssembler::isCityLike(int place) const
{
    // A city, or a place the gazetteer does not know ("RYE" of a dateline in capitals, a town
    // too small for it), which a region or state after a comma places.
    const QString &sub = m_context.analysis().entities[place].subtype;
    return sub.isEmpty() || sub == u"city";
}

void VisitAssembler::mergeDestinations(QList<Visit> &visits) const
{
    QList<bool> removed(visits.size(), false);
    mergeSites(visits, removed);
    mergeCountries(visits, removed);
    mergeRegions(visits, removed);
    QList<Visit> kept;
    for (qsizetype i = 0; i < visits.size(); ++i)
        if (!removed[i])
            kept.append(visits[i]);
    visits = std::move(kept);
}

void VisitAssembler::mergeCountries(QList<Visit> &visits, QList<bool> &removed) const
{
    // "Minsk, Belarus": the country of a city the same visitor went to is the same destination.
    // The visits to a country, by visitor and country: one look-up per city, not a scan.
    QHash<QPair<int, QString>, qsizetype> toCountry;
    QList<QString> countries(visits.size());
    for (qsizetype j = 0; j < visits.size(); ++j) {
        countries[j] = m_context.countryOfPlace(visits[j].place);
        if (!countries[j].isEmpty() && m_context.isCountry(visits[j].place))
            toCountry.insert({visits[j].visitor, countries[j]}, j);
    }
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const QString &country = countries[i];
        if (country.isEmpty() || m_context.isCountry(visits[i].place))
            continue;
        const qsizetype j = toCountry.value({visits[i].visitor, country}, -1);
        if (j < 0 || j == i)
            continue;
        Visit &city = visits[i];
        const Visit &land = visits[j];
        city.region = land.place;
        const bool first = !removed[j]; // the first city of the trip takes the country's sentences
        if (first) {
            takeEvidence(city, land);
            removed[j] = true;
        }
        // "set off on Monday on a ten-day tour of Norway" counts from the day the trip began: a
        // city dated by a day of its own ("reached Bergen on Thursday") takes what is left of it.
        if (city.duration.isEmpty())
            city.duration =
                first && city.date == land.date ? land.duration : remainingDays(city, land);
    }
}

QHash<int, int> VisitAssembler::citiesOfSites() const
{
    const Analysis &a = m_context.analysis();
    QHash<int, int> cityOf;
    for (int m = 0; m < a.mentions.size(); ++m) {
        const int end = m_context.endToken(m);
        const int site = m_context.entityOf(m, {EntityType::Place});
        // A place the gazetteer gives no kind ("Kalnins Palace"), or a building the recogniser
        // types organization ("Dartmouth College in Hanover": VisitContext::isSite()).
        if (site < 0 || (!a.entities[site].subtype.isEmpty() && !m_context.isSite(m)) ||
            m_context.word(end) != u"in")
            continue;
        const int city = m_context.entityOf(m_context.mentionOf(end + 1), {EntityType::Place});
        if (city >= 0 && city != site &&
            m_context.firstToken(m_context.mentionOf(end + 1)) == end + 1 &&
            a.entities[city].subtype == u"city")
            cityOf.insert(site, city);
    }
    // Round 26: "will fly to Washington, where Hale will host him at the White House",
    // "campaigned in Detroit with ..., who introduced her at a rally at Wayne State University":
    // a building the recogniser types organization lies in the city its sentence named last
    // before it when a relative clause (", where", ", who") opened after the city leads to it
    // (not "held a rally in Detroit on Monday and spoke at Harvard University on Tuesday"), and
    // the city is no origin ("who flew in from Delhi"); a state or country between is no other
    // city ("Michigan Governor"). mergeSites() then asks for the same trip.
    const auto linked = [this](int from, int to) {
        for (int k = from; k < to; ++k)
            if (m_context.opensRelativeClause(k))
                return true;
        return false;
    };
    int m = 0;
    for (const Sentence &s : a.sentences) {
        int city = -1, cityEnd = -1;
        for (; m < a.mentions.size() && m_context.firstToken(m) < s.endToken; ++m) {
            const int first = m_context.firstToken(m);
            if (first < s.firstToken)
                continue;
            if (m_context.isSite(m)) {
                const int site = a.mentions[m].entity;
                if (city >= 0 && site != city && !cityOf.contains(site) && linked(cityEnd, first))
                    cityOf.insert(site, city);
                continue;
            }
            if (const int place = m_context.entityOf(m, {EntityType::Place});
                place >= 0 && a.entities[place].subtype == u"city") {
                const bool origin = first > s.firstToken && m_context.word(first - 1) == u"from";
                city = origin ? -1 : place;
                cityEnd = m_context.endToken(m);
            }
        }
    }
    return cityOf;
}

void VisitAssembler::mergeSites(QList<Visit> &visits, QList<bool> &removed) const
{
    // "arrived in Jakarta on Monday", "laid a wreath at Merdeka Palace in Jakarta on Tuesday":
    // a site written in a city the same visitor went to on the same trip is that city's
    // destination (GUIDELINES.md: one entry per trip, unless one place lies inside the other).
    const QHash<int, int> cityOf = citiesOfSites();
    if (cityOf.isEmpty())
        return;
    QHash<quint64, qsizetype> byPair; // (visitor, place) -> its visit
    for (qsizetype j = 0; j < visits.size(); ++j)
        byPair.insert(pairKey(visits[j].visitor, visits[j].place), j);
    const auto sameTrip = [](const Visit &x, const Visit &y) {
        if (x.date.isEmpty() || y.date.isEmpty() || x.date == y.date)
            return true;
        const QDate dx = QDate::fromString(x.date, Qt::ISODate);
        const QDate dy = QDate::fromString(y.date, Qt::ISODate);
        return dx.isValid() && dy.isValid() && qAbs(dx.daysTo(dy)) <= SiteTripDays;
    };
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const auto city = cityOf.constFind(visits[i].place);
        if (removed[i] || city == cityOf.cend())
            continue;
        const qsizetype j = byPair.value(pairKey(visits[i].visitor, *city), -1);
        if (j < 0 || removed[j] || !sameTrip(visits[i], visits[j]) ||
            visits[i].status != visits[j].status)
            continue;
        takeEvidence(visits[j], visits[i]);
        removed[i] = true;
    }
}

QHash<int, QList<int>> VisitAssembler::regionsAfterCities() const
{
    const Analysis &a = m_context.analysis();
    QHash<int, QList<int>> regionsOf;
    for (int m = 0; m < a.mentions.size(); ++m) {
        const int end = m_context.endToken(m);
        const int city = m_context.entityOf(m, {EntityType::Place});
        if (city < 0 || !isCityLike(city) || m_context.word(end) != u",")
            continue;
        const int region = m_context.entityOf(m_context.mentionOf(end + 1), {EntityType::Place});
        const QString &sub = region >= 0 ? a.entities[region].subtype : QString();
        if (region >= 0 && region != city && sub != u"city" && sub != u"country" &&
            !regionsOf.value(city).contains(region))
            regionsOf[city].append(region);
    }
    return regionsOf;
}

void VisitAssembler::mergeRegions(QList<Visit> &visits, QList<bool> &removed) const
{
    // "Orlando, Florida", "Springfield, Mo.", a dateline "RYE, N.H. (AP)": a region written
    // right after a city the same visitor went to is that city's destination too; so is the US
    // state the city lies in (the admin1 key of gazetteer/cities.tsv), written anywhere ("told
    // a crowd in Seattle" and "states like Washington").
    const Analysis &a = m_context.analysis();
    const QHash<int, QList<int>> regionsOf = regionsAfterCities();
    QHash<quint64, qsizetype> byPair;      // (visitor, place) -> its visit
    QHash<int, QList<qsizetype>> statesOf; // visitor -> the visits to a region (a state)
    for (qsizetype j = 0; j < visits.size(); ++j) {
        if (removed[j])
            continue;
        byPair.insert(pairKey(visits[j].visitor, visits[j].place), j);
        if (a.entities[visits[j].place].subtype == u"region")
            statesOf[visits[j].visitor].append(j);
    }
    const auto merge = [&](Visit &city, qsizetype j) {
        const Visit &land = visits[j];
        if (city.region < 0)
            city.region = land.place;
        takeEvidence(city, land);
        removed[j] = true;
    };
    const auto agree = [](const Visit &x, const Visit &y) {
        return x.date.isEmpty() || y.date.isEmpty() || x.date == y.date;
    };
    for (qsizetype i = 0; i < visits.size(); ++i) {
        if (removed[i] || !isCityLike(visits[i].place))
            continue;
        for (int region : regionsOf.value(visits[i].place)) {
            const qsizetype j = byPair.value(pairKey(visits[i].visitor, region), -1);
            if (j >= 0 && j != i && !removed[j])
                merge(visits[i], j);
        }
        // "Paris" in France is no Paris of Texas: a city the gazetteer places in another
        // country is none of the United States. (A state's country is not read: the gazetteer
        // gives "Florida" to Cuba, its city, and none to "Texas".)
        const QString &city = a.entities[visits[i].place].name;
        if (const QString country = m_context.countryOfPlace(visits[i].place);
            !country.isEmpty() && country != u"united states")
            continue;
        if (regionsOf.contains(visits[i].place))
            continue; // "Portland, Oregon": its state is written; no other state is
        // Only one state of the visitor's holds the city (Springfield after Missouri and
        // Illinois is neither), on the same day ("Iowa on March 3", "Des Moines on March 10"
        // are two trips).
        QList<qsizetype> holders;
        for (qsizetype j : statesOf.value(visits[i].visitor))
            if (j != i && !removed[j] &&
                m_context.lexicon().liesInState(city, a.entities[visits[j].place].name))
                holders.append(j);
        if (holders.size() == 1 && agree(visits[i], visits[holders.first()]))
            merge(visits[i], holders.first());
    }
}

} // namespace lector
