// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The automatic analysis that tst_correctionapplier corrects, built from markup, and the
// helpers that make corrections of it and print what an analysis holds.

#include "corrections/correction.h"
#include "model/analysis.h"

#include <QHash>
#include <QString>

namespace lector::test {

// The automatic analysis every row corrects, written as markup: [words|Tn] is a mention of
// type T (P person, L place, O organization) of the n-th actor. "Tern" is a place by mistake,
// "Kestrel" a false person, "Vance" not yet joined to "Mira Vance", and the second "Carter" is
// someone else than "Jo Carter"; "Harbour Bank" was missed.
inline const char16_t *const Markup =
    u"[Amara Okafor|P1] flew to [Lisbon|L2] on Monday. \"We will finish the bridge,\" "
    u"[Okafor|P1] said. [Tern|L3] denied it, and [Tern|L3] staff left. [Mira Vance|P4] arrived "
    u"later; [Vance|P5] smiled. Analysts at Harbour Bank disagreed. \"The road stays shut,\" "
    u"said [Kestrel|P6]. [Kestrel|P6] visited [Porto|L7]. [Jo Carter|P8] thanked [Carter|P8].";

struct Fixture
{
    Document document;
    Analysis analysis;
};

inline EntityType typeOfLetter(QChar letter)
{
    if (letter == u'P')
        return EntityType::Person;
    if (letter == u'L')
        return EntityType::Place;
    return letter == u'O' ? EntityType::Organization : EntityType::Other;
}

inline void parseMarkup(Fixture &f)
{
    const QString markup = QString::fromUtf16(Markup);
    QHash<QString, int> entityOfKey;
    for (qsizetype i = 0; i < markup.size(); ++i) {
        if (markup[i] != u'[') {
            f.document.text += markup[i];
            continue;
        }
        const qsizetype bar = markup.indexOf(u'|', i);
        const qsizetype close = markup.indexOf(u']', bar);
        const QString words = markup.mid(i + 1, bar - i - 1);
        const QString key = markup.mid(bar + 1, close - bar - 1);
        Mention m;
        m.span = {f.document.text.size(), f.document.text.size() + words.size()};
        m.type = typeOfLetter(key[0]);
        if (!entityOfKey.contains(key)) {
            entityOfKey.insert(key, int(f.analysis.entities.size()));
            Entity e;
            e.id = QStringLiteral("e%1").arg(f.analysis.entities.size() + 1);
            e.type = m.type;
            e.name = words;
            f.analysis.entities.append(e);
        }
        m.entity = entityOfKey.value(key);
        Entity &e = f.analysis.entities[m.entity];
        if (!e.forms.contains(words))
            e.forms.append(words);
        e.mentions.append(int(f.analysis.mentions.size()));
        f.analysis.mentions.append(m);
        f.document.text += words;
        i = close;
    }
}

inline Span spanOf(const QString &text, const QString &words, int nth = 0)
{
    qsizetype at = text.indexOf(words);
    for (int n = 0; n < nth; ++n)
        at = text.indexOf(words, at + 1);
    return {at, at + words.size()};
}

inline Quote quoteOf(const Fixture &f, const QString &words, int speakerMention)
{
    Quote q;
    q.span = spanOf(f.document.text, words);
    q.outer = {q.span.begin - 1, q.span.end + 2}; // the marks, and the comma inside them
    q.speakerMention = speakerMention;
    q.speaker = f.analysis.mentions[speakerMention].entity;
    q.speakerName = f.analysis.entities[q.speaker].name;
    q.confidence = 0.5f;
    return q;
}

inline Visit visitOf(const Fixture &f, int visitor, int place, const QString &cue,
                     const QString &date)
{
    Visit v;
    v.visitor = visitor;
    v.place = place;
    v.cueSpan = spanOf(f.document.text, cue);
    v.date = date;
    v.precision = date.isEmpty() ? DatePrecision::None : DatePrecision::Month;
    return v;
}

inline const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture f;
        parseMarkup(f);
        f.analysis.quotes = {quoteOf(f, u"We will finish the bridge"_qs, 2),
                             quoteOf(f, u"The road stays shut"_qs, 7)};
        Visit flight = visitOf(f, 0, 1, u"flew"_qs, {});
        flight.metWith = {4};
        f.analysis.visits = {flight, visitOf(f, 5, 6, u"visited"_qs, u"2024-05"_qs)};
        TimelineBuilder().run(f.document, f.analysis);
        return f;
    }();
    return f;
}

inline Correction make(CorrectionKind kind, CorrectionScope scope, const QString &words,
                       int nth = 0)
{
    Correction c;
    c.kind = kind;
    c.scope = scope;
    c.text = words;
    c.span = spanOf(fixture().document.text, words, nth);
    return c;
}

inline Correction withTarget(Correction c, const QString &words)
{
    c.targetText = words;
    if (!words.isEmpty())
        c.target = spanOf(fixture().document.text, words);
    return c;
}

inline Correction withType(Correction c, EntityType type)
{
    c.type = type;
    return c;
}

inline QString entitiesOf(const Analysis &a)
{
    QStringList parts;
    for (const Entity &e : a.entities)
        parts.append(
            QStringLiteral("%1:%2:%3").arg(e.name, entityTypeName(e.type)).arg(e.mentions.size()));
    return parts.join(u", ");
}

inline QString quotesOf(const Analysis &a)
{
    QStringList parts;
    for (const Quote &q : a.quotes)
        parts.append(q.speaker >= 0 ? q.speakerName : u"?"_qs);
    return parts.join(u", ");
}

/// The visits in timeline order: "visitor>place@date with companion".
inline QString visitsOf(const Analysis &a)
{
    QStringList parts;
    for (int v : a.timeline) {
        const Visit &visit = a.visits[v];
        QString part = a.entities[visit.visitor].name + u'>' + a.entities[visit.place].name + u'@' +
                       visit.date;
        for (int e : visit.metWith)
            part += u" with "_qs + a.entities[e].name;
        parts.append(part);
    }
    return parts.join(u", ");
}

inline int userMentions(const Analysis &a)
{
    return int(std::count_if(a.mentions.cbegin(), a.mentions.cend(), [](const Mention &m) {
        return m.source == MentionSource::User && m.confidence == 1.0f;
    }));
}

} // namespace lector::test
