// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/nerfeatures.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace lector {

class Analyser;

/// Sentences of a gold corpus as feature indexes and BIO labels, ready for training.
///
/// Reads the eval JSONL format (../shared/eval/README.md), runs the same tokenizer, sentence
/// splitter, temporal tagger and NerFeatures as the EntityRecogniser, maps each gold span onto
/// tokens (a token belongs to the entity its first character lies in) and interns feature keys
/// into dense indexes. Corpus labels are mapped to Lector's types: per/person -> person;
/// geo/gpe/loc/place -> place (a gpe that is a nationality word -> other); org -> organization;
/// misc/art/eve/nat/event -> other; everything else (tim, abstract, ...) is left out.
class TrainingCorpus
{
public:
    struct Sentence
    {
        std::vector<int> features; ///< length x NerFeatures::perToken indexes
        std::vector<int> labels;   ///< SequenceModel labels, one per token
        int firstToken = 0;        ///< index of its first token in the corpus
        int domain = 0;            ///< index into domains() (0 without domains), -1 for none
        float weight = 1.0f;       ///< the trainer's updates are scaled by it (its file's)
    };

    /// What a document's domain is, for the trainer's domain feature augmentation (round 23):
    /// none (every document in domain 0), its training file, or its training file with each
    /// GUM document in its genre (the id "GUM_<genre>_<name>").
    enum class Domains { None, File, Genre };

    /// `before` are the analysers the EntityRecogniser needs (tokens, sentences, dates).
    TrainingCorpus(std::vector<const Analyser *> before, const NerFeatures &features,
                   const QSet<quint64> &nationalities);
    /// Runs the analysers of `before` on a document.
    static Analysis prepare(const std::vector<const Analyser *> &before, const Document &document);
    /// Adds the documents of a JSONL file (at most `limit` of them when it is positive);
    /// returns an error sentence or an empty string.
    QString add(const QString &path, int limit = 0);
    /// Set before add(): how documents are given their domains.
    void setDomains(Domains domains) { m_domainMode = domains; }
    /// Set before add(): with domains, only the documents of the files of these names (the
    /// last part of the path) are given one; the others are in none (-1). Empty: every file's
    /// documents.
    void setDomainFiles(const QStringList &paths) { m_domainFiles = paths; }
    /// Set before add(): the documents of the files of these names (the last part of the
    /// path) have their training updates scaled by the weight (1 for the others).
    void setFileWeights(const QHash<QString, float> &weights) { m_fileWeights = weights; }
    /// The domains' names (a file's path, or "GUM_<genre>"), in the order first met.
    const QStringList &domains() const { return m_domains; }

    const std::vector<Sentence> &sentences() const { return m_sentences; }
    const std::vector<quint64> &keys() const { return m_keys; }
    const std::vector<int> &counts() const { return m_counts; }
    qsizetype tokenCount() const { return m_tokens; }
    /// Per corpus token: NerTokenFacts::lower of a token that PredictionHistory::takesPart(),
    /// 0 for the others.
    const std::vector<quint64> &historyWords() const { return m_historyWords; }
    /// Per corpus token: the previous token of the same document with the same history word,
    /// -1 when none.
    const std::vector<int> &previousOccurrences() const { return m_previous; }

private:
    int typeOf(const QString &label, QStringView text) const;
    int intern(quint64 key);
    int domainOf(const QString &path, const QString &id);

    std::vector<const Analyser *> m_before;
    const NerFeatures &m_features;
    const QSet<quint64> &m_nationalities;
    std::vector<Sentence> m_sentences;
    std::unordered_map<quint64, int> m_index;
    std::vector<quint64> m_keys;
    std::vector<int> m_counts;
    qsizetype m_tokens = 0;
    std::vector<quint64> m_historyWords;
    std::vector<int> m_previous;
    Domains m_domainMode = Domains::None;
    QStringList m_domains;
    QStringList m_domainFiles;
    QHash<QString, float> m_fileWeights;
};

} // namespace lector
