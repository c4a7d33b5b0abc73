// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingcorpus.h"

#include "analysis/analyser.h"
#include "analysis/entities/predictionhistory.h"
#include "analysis/entities/sequencemodel.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lector {

namespace {

struct GoldSpan
{
    Span span;
    int type = -1;
};

} // namespace

TrainingCorpus::TrainingCorpus(std::vector<const Analyser *> before, const NerFeatures &features,
                               const QSet<quint64> &nationalities)
    : m_before(std::move(before))
    , m_features(features)
    , m_nationalities(nationalities)
{}

Analysis TrainingCorpus::prepare(const std::vector<const Analyser *> &before,
                                 const Document &document)
{
    Analysis analysis;
    for (const Analyser *analyser : before) {
        analyser->run(document, analysis);
        analysis.completed.append(analyser->name());
    }
    return analysis;
}

int TrainingCorpus::typeOf(const QString &label, QStringView text) const
{
    const QString l = label.toLower();
    if (l == u"per" || l == u"person")
        return int(EntityType::Person);
    if (l == u"gpe" && m_nationalities.contains(NerFeatures::hashLower(text)))
        return int(EntityType::Other);
    if (l == u"loc" || l == u"geo" || l == u"gpe" || l == u"place" || l == u"location")
        return int(EntityType::Place);
    if (l == u"org" || l == u"organization")
        return int(EntityType::Organization);
    if (l == u"misc" || l == u"art" || l == u"eve" || l == u"nat" || l == u"event")
        return int(EntityType::Other);
    return -1;
}

int TrainingCorpus::intern(quint64 key)
{
    auto [it, inserted] = m_index.try_emplace(key, int(m_keys.size()));
    if (inserted) {
        m_keys.push_back(key);
        m_counts.push_back(0);
    }
    ++m_counts[size_t(it->second)];
    return it->second;
}

int TrainingCorpus::domainOf(const QString &path, const QString &id)
{
    if (m_domainMode == Domains::None)
        return 0;
    if (!m_domainFiles.isEmpty() && !m_domainFiles.contains(QFileInfo(path).fileName()))
        return -1;
    QString name = path;
    // "GUM_news_afghan", "GUM_academic_art": the genre is the id's second part.
    if (m_domainMode == Domains::Genre && id.startsWith(u"GUM_"))
        name = id.section(u'_', 0, 1);
    const qsizetype at = m_domains.indexOf(name);
    if (at >= 0)
        return int(at);
    m_domains.append(name);
    return int(m_domains.size() - 1);
}

QString TrainingCorpus::add(const QString &path, int limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString());
    std::vector<NerTokenFacts> facts;
    std::vector<quint64> keys;
    const float weight = m_fileWeights.value(QFileInfo(path).fileName(), 1.0f);
    for (int read = 0; !file.atEnd() && (limit <= 0 || read < limit); ++read) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.isEmpty())
            continue;
        Document document;
        document.text = o.value(u"text").toString();
        const int domain = domainOf(path, o.value(u"id").toString());
        const Analysis analysis = prepare(m_before, document);
        m_features.describe(document.text, analysis.tokens, analysis.times, facts);
        std::vector<int> labels(size_t(analysis.tokens.size()), 0);
        // GUM nests names ("University of [Portsmouth]"); a flat tagger learns the outermost
        // name of a kept type, so spans inside an earlier, longer one are left out.
        std::vector<GoldSpan> gold;
        for (const QJsonValue &v : o.value(u"entities").toArray()) {
            const QJsonObject e = v.toObject();
            const Span span{e.value(u"start").toInteger(), e.value(u"end").toInteger()};
            const int type = typeOf(e.value(u"type").toString(),
                                    QStringView(document.text).mid(span.begin, span.length()));
            if (type >= 0)
                gold.push_back({span, type});
        }
        std::stable_sort(gold.begin(), gold.end(), [](const GoldSpan &a, const GoldSpan &b) {
            return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                                : a.span.end > b.span.end;
        });
        qsizetype covered = 0; // end of the last span kept
        for (const GoldSpan &g : gold) {
            const Span span = g.span;
            const int type = g.type;
            if (span.begin < covered)
                continue;
            covered = span.end;
            bool inside = false;
            for (qsizetype t = analysis.tokenAfter(span.begin); t < analysis.tokens.size(); ++t) {
                if (!span.contains(analysis.tokens[t].span.begin))
                    break;
                // GMB includes titles in person names ("President Bush"); Lector does not.
                if (!inside && type == int(EntityType::Person) &&
                    (facts[size_t(t)].flags & NerFeatures::TitleWord))
                    continue;
                labels[size_t(t)] = inside ? 2 + 2 * type : 1 + 2 * type;
                inside = true;
            }
        }
        // GUM leaves nationality words unmarked where CoNLL-2003 marks them (MISC): a
        // capitalised demonym outside every gold name is "other" in every corpus alike.
        for (size_t t = 0; t < labels.size(); ++t) {
            if (labels[t] == 0 && (facts[t].flags & NerFeatures::InitialCapital) &&
                m_nationalities.contains(facts[t].lower))
                labels[t] = 1 + 2 * int(EntityType::Other);
        }
        // Where each capitalised word occurred before in the document, for the history
        // features that the trainer fills from its own predictions.
        std::unordered_map<quint64, int> last;
        const int offset = int(m_historyWords.size());
        for (size_t t = 0; t < facts.size(); ++t) {
            const bool part = PredictionHistory::takesPart(facts[t]);
            m_historyWords.push_back(part ? facts[t].lower : 0);
            int previous = -1;
            if (part) {
                auto [it, inserted] = last.try_emplace(facts[t].lower, offset + int(t));
                if (!inserted) {
                    previous = it->second;
                    it->second = offset + int(t);
                }
            }
            m_previous.push_back(previous);
        }
        for (const lector::Sentence &s : analysis.sentences) {
            Sentence sentence;
            sentence.firstToken = offset + s.firstToken;
            sentence.domain = domain;
            sentence.weight = weight;
            keys.clear();
            m_features.extract(facts, s.firstToken, s.endToken, keys);
            sentence.features.reserve(keys.size());
            for (quint64 k : keys)
                sentence.features.push_back(intern(k));
            sentence.labels.assign(labels.begin() + s.firstToken, labels.begin() + s.endToken);
            m_tokens += s.endToken - s.firstToken;
            m_sentences.push_back(std::move(sentence));
        }
    }
    return {};
}

} // namespace lector
