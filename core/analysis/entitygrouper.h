// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lector {

class Gazetteer;
class TitleMatcher;

/// One run of the AliasResolver's grouping over one Analysis (see aliasresolver.h for the
/// rules). Lives on the stack of AliasResolver::run, so the resolver itself keeps no state.
/// Requires: mentions already trimmed (no titles, no possessives). Adds: Analysis::entities,
/// Mention::entity, and sets each mention's type to its entity's majority type.
class EntityGrouper
{
public:
    /// `ordinaryWords`: capitalised words that are never a name on their own ("Western").
    EntityGrouper(const QString &text, Analysis &analysis, const Gazetteer &gazetteer,
                  const TitleMatcher &titles, const QSet<QString> &ordinaryWords);
    void group();

private:
    struct Facts
    {
        QString surface;   ///< the mention as written
        QStringList words; ///< its word tokens ("Wang", "Jianguo")
        QString key;       ///< non-person: gazetteer canonical or surface without "the"
        int entry = -1;    ///< gazetteer entry, or -1
        Gender gender = Gender::Unknown;
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
    };

    Facts factsOf(int mention) const;
    bool isPlaceOrNationality(const Facts &facts) const;
    bool isOrdinaryWord(const Facts &facts, const Mention &mention) const;
    int findPerson(const Facts &facts) const;
    static int personRank(const Group &group, const Facts &facts);
    int findOther(const Facts &facts, int mention) const;
    int personByNameWord(const Facts &facts) const;
    int acronymGroup(const Facts &facts) const;
    int bracketedAfter(int mention) const;
    void add(int group, int mention, const Facts &facts);
    Entity entityOf(const Group &group) const;

    const QString &m_text;
    Analysis &m_analysis;
    const Gazetteer &m_gazetteer;
    const TitleMatcher &m_titles;
    const QSet<QString> &m_ordinaryWords;
    QList<Group> m_groups;
    QList<int> m_groupOfMention;
};

} // namespace lector
