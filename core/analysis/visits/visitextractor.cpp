// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/visits/visitextractor.h"

#include "analysis/visits/visitassembler.h"
#include "analysis/visits/visitcontext.h"
#include "analysis/visits/visitdater.h"
#include "analysis/visits/visitmodel.h"
#include "lexicon/resources.h"

namespace lector {

namespace {

Visit *findSame(QList<Visit> &visits, const Visit &v)
{
    for (auto it = visits.rbegin(); it != visits.rend() && it->sentence == v.sentence; ++it)
        if (it->visitor == v.visitor && it->place == v.place)
            return &*it;
    return nullptr;
}

void merge(Visit &into, const Visit &from)
{
    if (into.host < 0)
        into.host = from.host;
    for (int m : from.metWith)
        if (!into.metWith.contains(m))
            into.metWith.append(m);
    if (into.duration.isEmpty())
        into.duration = from.duration;
}

} // namespace

VisitExtractor::VisitExtractor(const Resources &resources)
    : VisitExtractor(resources, VisitModel::shared())
{}

VisitExtractor::VisitExtractor(const Resources &resources, std::shared_ptr<const VisitModel> model)
    : m_lexicon(resources)
    , m_model(model ? std::move(model) : std::make_shared<const VisitModel>())
{}

void VisitExtractor::run(const Document &document, Analysis &analysis) const
{
    analysis.visits.clear();
    if (analysis.sentences.isEmpty() || analysis.mentions.isEmpty())
        return;
    if (m_model->isEmpty()) {
        runPatterns(document, analysis);
        return;
    }
    const VisitAssembler assembler(document, analysis, m_lexicon, *m_model);
    // The home base rule, as runPatterns() applies it: "the Chinese minister in Beijing" is at
    // home. The model learns from these pairs too (3 of 252 in the training set are visits,
    // through a home the text gets wrong); the decision never accepts one.
    QList<VisitCandidate> candidates = assembler.candidates();
    candidates.removeIf([](const VisitCandidate &c) { return c.atHome(); });
    analysis.visits = assembler.visits(candidates);
}

void VisitExtractor::runPatterns(const Document &document, Analysis &analysis) const
{
    const VisitContext context(document, analysis, m_lexicon);
    const VisitPatterns patterns(context);
    const VisitDater dater(context);
    QList<Visit> visits;
    for (int s = 0; s < analysis.sentences.size(); ++s) {
        const Sentence &sentence = analysis.sentences[s];
        for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
            if (analysis.tokens[i].kind != TokenKind::Word)
                continue;
            const VisitWord *w = m_lexicon.find(context.word(i));
            if (!w)
                continue;
            for (const TravelCue &cue : w->cues) {
                if (auto match = patterns.match(i, s, cue)) {
                    addVisits(context, dater, std::move(*match), s, visits);
                    break;
                }
            }
        }
    }
    analysis.visits = std::move(visits);
}

void VisitExtractor::addVisits(const VisitContext &context, const VisitDater &dater,
                               VisitPatterns::Match match, int sentence, QList<Visit> &visits) const
{
    const Analysis &a = context.analysis();
    QStringList home = context.countriesOf(match.visitor);
    // "Jones met Smith in Paris" where Jones is French: Smith is the visitor, Jones the host.
    if (match.kind == CueKind::Meet && match.metWith.size() == 1) {
        const QString country = context.countryOfPlace(match.places.constFirst());
        const QStringList other = context.countriesOf(match.metWith.constFirst());
        if (!country.isEmpty() && home.contains(country) && !other.contains(country)) {
            std::swap(match.visitor, match.metWith.first());
            match.host = match.metWith.constFirst();
            home = other;
        }
    }
    for (int place : match.places) {
        const QString country = context.countryOfPlace(place);
        // "the Chinese minister in Beijing" is at home, not on a visit.
        if (place == match.visitor || (!country.isEmpty() && home.contains(country)))
            continue;
        Visit v;
        v.visitor = match.visitor;
        v.place = place;
        v.host = match.host;
        v.metWith = match.metWith;
        v.metWith.removeAll(match.visitor);
        // "visited Belarusian President X in Minsk": a person met at home hosts the visit.
        for (int m : std::as_const(v.metWith))
            if (v.host < 0 && !country.isEmpty() && context.countriesOf(m).contains(country))
                v.host = m;
        v.sentence = sentence;
        v.evidence = a.sentences[sentence].span;
        v.cueSpan = Span{a.tokens[match.cueToken].span.begin, a.tokens[match.cueEnd - 1].span.end};
        if (Visit *same = findSame(visits, v)) {
            merge(*same, v);
            continue;
        }
        dater.addDuration(v, match.cueToken);
        dater.addDate(v, match.cueToken, visits);
        v.sentences = {sentence};
        visits.append(v);
    }
}

} // namespace lector
