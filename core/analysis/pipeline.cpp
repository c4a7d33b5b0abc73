// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"

#include "analysis/entities/aliasresolver.h"
#include "analysis/entities/entityrecogniser.h"
#include "analysis/entities/sequencemodel.h"
#include "analysis/quotes/quotationfinder.h"
#include "analysis/quotes/speakerattributor.h"
#include "analysis/textanalysers.h"
#include "analysis/time/temporaltagger.h"
#include "analysis/visits/timelinebuilder.h"
#include "analysis/visits/visitextractor.h"
#include "lexicon/resources.h"
#include "text/sentencesplitter.h"
#include "text/tokenizer.h"

#include <QThreadPool>

namespace lector {

bool Pipeline::append(std::unique_ptr<Analyser> analyser)
{
    for (const QString &needed : analyser->prerequisites()) {
        const bool present = std::any_of(m_analysers.cbegin(), m_analysers.cend(),
                                         [&](const auto &a) { return a->name() == needed; });
        if (!present) {
            m_error = QStringLiteral("The analyser \"%1\" needs \"%2\" to run before it.")
                          .arg(analyser->name(), needed);
            return false;
        }
    }
    m_analysers.push_back(std::move(analyser));
    return true;
}

Analysis Pipeline::run(const Document &document) const
{
    return runPrefix(document, size());
}

Analysis Pipeline::runPrefix(const Document &document, int count) const
{
    Analysis analysis;
    for (int i = 0; i < count && i < size(); ++i) {
        m_analysers[size_t(i)]->run(document, analysis);
        analysis.completed.append(m_analysers[size_t(i)]->name());
    }
    return analysis;
}

Pipeline Pipeline::standard(const Resources &resources)
{
    Pipeline pipeline;
    bool ok = pipeline.append(std::make_unique<TokenAnalyser>()) &&
              pipeline.append(std::make_unique<SentenceAnalyser>(resources)) &&
              pipeline.append(std::make_unique<TemporalTagger>(resources)) &&
              pipeline.append(std::make_unique<EntityRecogniser>(resources)) &&
              pipeline.append(std::make_unique<AliasResolver>(resources)) &&
              pipeline.append(std::make_unique<QuotationFinder>(resources)) &&
              pipeline.append(std::make_unique<SpeakerAttributor>(resources)) &&
              pipeline.append(std::make_unique<VisitExtractor>(resources)) &&
              pipeline.append(std::make_unique<TimelineBuilder>());
    Q_ASSERT_X(ok, "Pipeline::standard", qPrintable(pipeline.error()));
    Q_UNUSED(ok);
    return pipeline;
}

std::shared_ptr<const Pipeline> Pipeline::shared()
{
    // Function statics are built once, thread-safely, and destroyed in reverse order: the
    // resources the analysers refer to outlive the pipeline.
    static const std::shared_ptr<const Resources> resources = Resources::shared();
    static const std::shared_ptr<const Pipeline> pipeline =
        std::make_shared<const Pipeline>(standard(*resources));
    return pipeline;
}

void Pipeline::preload()
{
    // Two loaders: the NER model does not need the lexicons, so it loads beside them.
    QThreadPool::globalInstance()->start([] { SequenceModel::shared(); });
    QThreadPool::globalInstance()->start([] { shared(); });
}

} // namespace lector
