// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-built Document and Analysis for the UI tests, so that the window and its views can be
// tested while the analysers are still being written. The sentences are made up for the tests.

#include "model/analysis.h"
#include "model/document.h"

#include <utility>

namespace lector::test {

struct SampleArticle
{
    Document document;
    Analysis analysis;

    /// The span of `needle` in the text, searching from `from`; advances `from` past it.
    static Span find(const QString &text, const QString &needle, qsizetype &from)
    {
        const qsizetype at = text.indexOf(needle, from);
        Q_ASSERT(at >= 0);
        from = at + needle.size();
        return {at, at + needle.size()};
    }

    // Entities: 0 Maria Okafor (person, 2 mentions), 1 Lisbon (place), 2 Ministry of Ports
    // (organization), 3 Jonas Berg (person), 4 Oslo (place).
    // Quotes: 0 by Maria Okafor, 1 by Jonas Berg naming Lisbon, 2 a scare quote, 3 unattributed.
    // Visits: 0 Maria Okafor to Lisbon (dated, hosted by the ministry), 1 Jonas Berg to Oslo
    // (undated).
    static SampleArticle make()
    {
        SampleArticle s;
        Document &d = s.document;
        d.text = QStringLiteral(
            "Maria Okafor visited Lisbon on 3 May 2024.\n"
            "The Ministry of Ports received her. \"We will build a new harbour,\" Okafor said.\n"
            "Jonas Berg travelled to Oslo. \"Lisbon moved too fast,\" he said.\n"
            "Critics called it a 'neutral party'. \"Nobody asked us,\" a sign read.");
        d.title = QStringLiteral("Harbour plans");
        d.source = QStringLiteral("sample.txt");
        d.published = QDate(2024, 5, 4);
        d.publishedOrigin = DateOrigin::User;
        Analysis &a = s.analysis;
        const QString &t = d.text;
        qsizetype from = 0;
        auto entity = [&a](const QString &name, EntityType type) {
            Entity e;
            e.id = u'e' + QString::number(a.entities.size() + 1);
            e.name = name;
            e.type = type;
            e.forms << name;
            a.entities << e;
        };
        entity(QStringLiteral("Maria Okafor"), EntityType::Person);
        entity(QStringLiteral("Lisbon"), EntityType::Place);
        entity(QStringLiteral("Ministry of Ports"), EntityType::Organization);
        entity(QStringLiteral("Jonas Berg"), EntityType::Person);
        entity(QStringLiteral("Oslo"), EntityType::Place);
        a.entities[0].forms << QStringLiteral("Okafor");
        a.entities[0].roles << QStringLiteral("harbour planner");
        auto mention = [&](const QString &form, int e) {
            Mention m;
            m.span = find(t, form, from);
            m.type = a.entities.at(e).type;
            m.entity = e;
            a.entities[e].mentions << int(a.mentions.size());
            a.mentions << m;
            return m.span;
        };
        mention(QStringLiteral("Maria Okafor"), 0);
        mention(QStringLiteral("Lisbon"), 1);
        TimeExpression date;
        date.span = find(t, QStringLiteral("3 May 2024"), from);
        date.value = QStringLiteral("2024-05-03");
        date.precision = DatePrecision::Day;
        a.times << date;
        mention(QStringLiteral("Ministry of Ports"), 2);
        const Quote q0 = quote(t, QStringLiteral("We will build a new harbour,"), from, 0);
        const Span okafor = mention(QStringLiteral("Okafor"), 0);
        mention(QStringLiteral("Jonas Berg"), 3);
        mention(QStringLiteral("Oslo"), 4);
        Quote q1 = quote(t, QStringLiteral("Lisbon moved too fast,"), from, 3);
        from = q1.span.begin;
        mention(QStringLiteral("Lisbon"), 1);
        from = q1.outer.end;
        Quote q2 = quote(t, QStringLiteral("neutral party"), from, -1);
        q2.kind = QuoteKind::Scare;
        const Quote q3 = quote(t, QStringLiteral("Nobody asked us,"), from, -1);
        a.quotes << q0 << q1 << q2 << q3;
        a.quotes[0].speakerSpan = okafor;
        a.quotes[0].speakerMention = 3;

        qsizetype line = 0;
        for (const QStringView paragraph : QStringView(t).split(u'\n')) {
            Sentence sentence;
            sentence.span = {line, line + paragraph.size()};
            sentence.paragraph = int(a.sentences.size());
            a.sentences << sentence;
            line += paragraph.size() + 1;
        }
        Visit v0;
        v0.visitor = 0;
        v0.place = 1;
        v0.host = 2;
        v0.time = 0;
        v0.date = date.value;
        v0.precision = DatePrecision::Day;
        v0.sentence = 0;
        v0.evidence = a.sentences.at(0).span;
        Visit v1;
        v1.visitor = 3;
        v1.place = 4;
        v1.sentence = 2;
        v1.evidence = a.sentences.at(2).span;
        a.visits << v0 << v1;
        a.timeline << 0 << 1;
        return s;
    }

    static Quote quote(const QString &text, const QString &words, qsizetype &from, int speaker)
    {
        Quote q;
        q.span = find(text, words, from);
        q.outer = {q.span.begin - 1, q.span.end + 1};
        q.speaker = speaker;
        q.cue = speaker >= 0 ? QStringLiteral("said") : QString();
        q.confidence = speaker >= 0 ? 0.9f : 0.0f;
        return q;
    }
};

} // namespace lector::test
