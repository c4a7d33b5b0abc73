// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyser.h"
#include "analysis/entities/entitygrouper.h"
#include "lexicon/gazetteer.h"
#include "lexicon/titlematcher.h"

namespace lector {

class Resources;

/// Groups mentions into entities: short forms, titles, possessives, acronyms (the rules of
/// GATE's OrthoMatcher).
///
/// Requires: entities (Analysis::mentions, sorted and non-overlapping, with types).
/// Adds: Analysis::entities, ids "e1", "e2", ... in order of first mention; sets
/// Mention::entity for every mention.
/// Also edits mentions, only ever shrinking spans, so they stay sorted and non-overlapping:
/// - a person's mention that is wholly a title of several words, right before a person's
///   mention, is removed ("Chief Justice" of "Chief Justice John Roberts"; round 16);
/// - a possessive "'s" or a title at the start of a person's span is cut off; the title, or a
///   title written just before the name ("Defence Minister Li"), becomes Mention::role and is
///   listed in Entity::roles, never in the name;
/// - every mention of a person entity becomes a person ("Moretti" tagged as an organization
///   after "Elena Moretti"); mentions of places and organizations keep their own type, since
///   metonymy is per mention ("Chicago" the city, "Chicago" the team). Entity::type is the
///   majority type of its mentions.
/// Grouping:
/// - people: a one-word name joins the nearest preceding person whose full name starts with it
///   ("Wang" -> "Wang Jianguo", "President Wang" -> "Wang Jianguo") or ends with it
///   ("Kowalska" -> "Maria Kowalska"), if the genders agree; else a later full name that fits. Full
///   names with different given names stay apart ("John Smith", "Jane Smith"); a name opening
///   with a capitalised surname particle (lexicon/nameparticles.tsv) is the earlier person whose
///   full name ends with it in lower case ("Van Aalst" -> "Pieter van Aalst"), whatever the
///   model typed it (round 21);
/// - places and organizations: by gazetteer canonical name ("U.S." = "United States"), by a
///   bracketed acronym ("European Union (EU)", later "EU") or by initials ("SCO"); an acronym
///   with periods that the gazetteer lists without them is that entry ("N.Y.C.", round 17);
///   "Washington, D.C." (a place, a comma and a place that the gazetteer lists together) is
///   that entry, both mentions, and a place named for sure ("Washington, D.C.", "Washington
///   state") never joins a place of the same name named for sure as another type (round 17).
/// - a lone word tagged as a person that is a nationality, country or large city in the
///   gazetteer, or an ordinary word (lexicon/stopnames.tsv), becomes other or place.
/// - before grouping, a name written the same way takes the type most of its mentions have
///   (a titled person keeps its own), and a one-word "person" that stands twice or more after
///   a word of lexicon/placepreps.tsv ("in", "near", "at", in lower case; in a third of its
///   mentions) is a place.
/// Entity::name is the most complete form (the gazetteer's canonical name where there is one;
/// a place written only in capitals in datelines or headlines in title case: "RYE" -> "Rye"),
/// Entity::subtype the gazetteer minor type, Entity::gender from titles and given names.
class AliasResolver final : public Analyser
{
public:
    explicit AliasResolver(const Resources &resources);
    QString name() const override { return QStringLiteral("aliases"); }
    QStringList prerequisites() const override { return {QStringLiteral("entities")}; }
    void run(const Document &document, Analysis &analysis) const override;

private:
    void trimMentions(const Document &document, Analysis &analysis) const;
    bool isTitleBeforePerson(const QString &text, const QList<Token> &tokens,
                             const Mention &mention, int first, int end, const Mention &next) const;

    Gazetteer m_gazetteer; ///< a cheap, implicitly shared copy of Resources::gazetteer()
    TitleMatcher m_titles;
    QSet<QString> m_ordinaryWords;     ///< Resources::ordinaryWords() (implicitly shared)
    QSet<QString> m_placePrepositions; ///< lexicon/placepreps.tsv, lower case ("in", "near")
    /// Lower case: the head words of organizations (lexicon/orgwords.tsv: "Records", "Bank")
    /// and the last words of places (lexicon/placewords.tsv: "Cemetery")
    QSet<QString> m_headWords;
    /// The US states by postal code ("MI" of iso US-MI): gazetteer entries.
    QHash<QString, int> m_postalStates;
    RegionCues m_regionCues;       ///< lexicon/regioncues.tsv ("upstate", "state")
    QSet<QString> m_nameParticles; ///< lexicon/nameparticles.tsv ("van", "da"), lower case
};

} // namespace lector
