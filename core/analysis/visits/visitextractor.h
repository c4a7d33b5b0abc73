// SPDX-License-Identifier: GPL-3.0-or-later
// The visits family (analysis/visits/): reads entities, times, sentences and quotes, and adds
// Analysis::visits and Analysis::timeline. VisitExtractor finds who went where (VisitPatterns,
// VisitContext, VisitLexicon), VisitDater dates each visit, TimelineBuilder orders them.
#pragma once

#include "analysis/analyser.h"
#include "analysis/visits/visitlexicon.h"
#include "analysis/visits/visitpatterns.h"

#include <memory>

namespace lector {

class Resources;
class VisitContext;
class VisitDater;
class VisitModel;

/// Finds visits: who travelled to or was in which place, when (CAMEO 042 "make a visit",
/// 043 "host a visit").
///
/// With a trained VisitModel (the compiled-in one by default) the VisitAssembler generates
/// (visitor, place) candidates and the model decides; each accepted pair is one visit with all
/// its evidence sentences, a date and a status, and a city and its country on the same trip
/// are one destination. Without a model the travel-cue patterns alone decide, as below.
///
/// Requires: tokens, sentences, mentions with entities (aliases), times (dates); reads quotes
/// when present (the speaker of "my visit"). Adds: Analysis::visits in text order.
/// Ensures: every visit has a person or organization visitor, a place, its evidence sentence
/// and cue; one visit per visitor, place and sentence; no visit to the visitor's own country or
/// its places; date and precision are those of a TIMEX3 date (see VisitDater), empty when no
/// date governs the visit. Cues and word lists come from lexicon/travelcues.tsv, countries from
/// the gazetteer.
class VisitExtractor final : public Analyser
{
public:
    explicit VisitExtractor(const Resources &resources);
    VisitExtractor(const Resources &resources, std::shared_ptr<const VisitModel> model);
    const VisitLexicon &lexicon() const { return m_lexicon; }
    QString name() const override { return QStringLiteral("visits"); }
    QStringList prerequisites() const override
    {
        return {QStringLiteral("aliases"), QStringLiteral("dates")};
    }
    void run(const Document &document, Analysis &analysis) const override;

private:
    void addVisits(const VisitContext &context, const VisitDater &dater, VisitPatterns::Match match,
                   int sentence, QList<Visit> &visits) const;

    void runPatterns(const Document &document, Analysis &analysis) const;

    VisitLexicon m_lexicon;
    std::shared_ptr<const VisitModel> m_model;
};

} // namespace lector
