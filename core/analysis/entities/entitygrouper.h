// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/tokencursor.h"
#include "model/analysis.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lector {

class Gazetteer;
class TitleMatcher;

/// Words written around a place's name that make it the state or province of that name, not
/// its city or country (lexicon/regioncues.tsv): before it ("upstate New York") and after it
/// ("New York state", "Georgia Gov. Nathan Deal").
struct RegionCues
{
    QSet<QString> before;
    QSet<QString> after;
    QSet<QString> overCountry; ///< cues that also outweigh a country's name ("Georgia Gov.")
};

/// One run of the AliasResolver's grouping over one Analysis (see aliasresolver.h for the
/// rules). Lives on the stack of AliasResolver::run, so the resolver itself keeps no state.
/// Requires: mentions already trimmed (no titles, no possessives). Adds: Analysis::entities,
/// Mention::entity. Types: first the one vote per written name (agreeOnTypes(), in
/// entitygroupertypes.cpp), then the vote of a list ("Tempe, Peoria, Chandler and Gilbert",
/// agreeInLists()); a mention joined to a person becomes a person; Entity::type is the
/// type most of the entity's mentions have, and changes no mention.
class EntityGrouper
{
public:
    /// `ordinaryWords`: capitalised words that are never a name on their own ("Western");
    /// `placePrepositions`: lower-case words after which a name is usually a place ("in").
    EntityGrouper(const QString &text, Analysis &analysis, const Gazetteer &gazetteer,
                  const TitleMatcher &titles, const QSet<QString> &ordinaryWords,
                  const QSet<QString> &placePrepositions, const QSet<QString> &headWords,
                  const QHash<QString, int> &postalStates, const RegionCues &regionCues,
                  const QSet<QString> &nameParticles);
    void group();

private:
    struct Facts
    {
        QString surface;   ///< the mention as written
        QStringList words; ///< its word tokens ("Wang", "Jianguo")
        QString key;       ///< non-person: gazetteer canonical or surface without "the"
        int entry = -1;    ///< gazetteer entry, or -1
        Gender gender = Gender::Unknown;
        bool definite = false; ///< the entry is sure: a region cue, "Washington, D.C."
    };
    struct Group
    {
        QList<int> mentions;
        QStringList forms;     ///< distinct surfaces in text order
        QStringList nameWords; ///< person: words of the most complete form
        QString key;
        int entry = -1;
        bool person = false;
        int last = -1; ///< its latest mention so far
        Gender gender = Gender::Unknown;
        QString definiteMinor; ///< the gazetteer type of its first sure place ("city")
    };

    // The words of names, read by every step (entitygrouper.cpp).
    static QString acronymLetters(const QString &surface);
    static bool endsWithPlace(const QStringList &name);
    static QString withoutArticle(const QString &surface);
    static bool isAllCaps(const QString &name);
    static QString titleCased(const QString &name);

    // The one type vote before grouping (entitygroupertypes.cpp).
    void agreeOnTypes();
    void agreeInLists();
    void firmShortForms();
    /// Whether "he", "she", "his", "her" or "him" follows the mention in its sentence or the next.
    bool pronounFollows(const Mention &m) const;

    // The facts of one mention: its key and gazetteer entry (entitygrouperfacts.cpp).
    Facts factsOf(int mention) const;
    int entryOf(const QString &phrase) const;
    bool hasRegionCue(const Span &span, bool country) const;
    int regionEntry(const QString &phrase, int entry) const;
    int commaPhraseEntry(int index) const;
    bool otherPlace(int group, const Facts &facts) const;
    bool inCapitalsLine(const Span &span) const;

    // The person a mention names (entitygrouperpeople.cpp).
    bool isPlaceOrNationality(const Facts &facts) const;
    bool isOrdinaryWord(const Facts &facts, const Mention &mention) const;
    bool explainsPerson(const Facts &facts) const;
    const QList<int> *personCandidates(const Facts &facts, QList<int> &out) const;
    int findPerson(const Facts &facts) const;
    int personRank(int group, const Facts &facts, const QList<int> *sameForm) const;
    int personByNameWord(const Facts &facts) const;
    bool endsWithParticleForm(const QStringList &name, const QStringList &words) const;
    /// Whether the group's forms spell one of its acronyms out ("Rapid Support Forces" and
    /// "RSF") as a name other than the gazetteer's `entry` of that acronym, which no form of
    /// the group names and whose canonical name has other initials ("Reporters Without Borders";
    /// not "North Atlantic Treaty Organisation" for "North Atlantic Treaty Organization").
    bool spellsOutOtherName(const Group &group, int entry) const;

    // Places, organizations and the groups (entitygrouper.cpp).
    bool hasForm(int group, const QString &surface) const;
    int findOther(const Facts &facts, int mention) const;
    int acronymGroup(const Facts &facts) const;
    int bracketedAfter(int mention) const;
    void add(int group, int mention, const Facts &facts);
    void indexGroup(int group, const Facts &facts, bool newForm, bool newKey, bool newName);
    Entity entityOf(const Group &group) const;

    const QString &m_text;
    Analysis &m_analysis;
    const Gazetteer &m_gazetteer;
    const TitleMatcher &m_titles;
    const QSet<QString> &m_ordinaryWords;
    const QSet<QString> &m_placePrepositions;
    /// Lower-case head words of organizations and places (orgwords.tsv, placewords.tsv)
    const QSet<QString> &m_headWords;
    const QHash<QString, int> &m_postalStates; ///< "MI" -> the gazetteer entry of Michigan
    const RegionCues &m_regionCues;
    /// Surname particles in lower case (lexicon/nameparticles.tsv: "van", "da"): "Van Aalst" is
    /// "Pieter van Aalst" (round 21)
    const QSet<QString> &m_nameParticles;
    QList<Group> m_groups;
    QList<int> m_groupOfMention;
    mutable TokenCursor m_tokens; ///< mentions are looked at in text order
    // Indexes that replace scans over all groups, so grouping is O(mentions). A list may hold
    // a group that no longer fits (its name grew), never miss one that does: every lookup
    // checks its candidates with the same rule the scan used.
    QHash<QString, QList<int>> m_byForm;     ///< surface -> groups that have it as a form
    QHash<QString, QList<int>> m_byKey;      ///< non-person key -> groups
    QHash<QString, QList<int>> m_byNameEnd;  ///< first or last word of a full name -> people
    QHash<QString, QList<int>> m_byLoneName; ///< the word of a one-word name -> people
    QHash<QString, QList<int>> m_byInitials; ///< initials of a non-person form -> groups
    /// Gazetteer::entriesFor(phrase).value(0, -1) by phrase: names recur, tokenizing does not
    /// need to.
    mutable QHash<QString, int> m_entryOf;
};

} // namespace lector
