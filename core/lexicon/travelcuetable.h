// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace lector {

class Resources;

/// How a travel cue finds its destination (see resources/lexicon/travelcues.tsv).
enum class CueKind : quint8 {
    Go,    ///< motion verb + preposition: "arrived in Minsk"
    Be,    ///< "was in Minsk", subject right before the verb
    Visit, ///< verb with the destination or the person visited as object: "visited Minsk"
    Meet,  ///< verb with the person met as object: "met X in Minsk"
    Noun,  ///< trip noun + preposition: "a visit to Minsk"
    Host,  ///< the subject hosts the visitor: "X hosted Y in Minsk"
};

/// The cue class's name in the visit model's feature keys ("go", "visit", ...).
QStringView cueKindName(CueKind kind);

/// The travel cues of resources/lexicon/travelcues.tsv (rows of class go, be, visit, meet,
/// noun, host), interpreted in one place for every reader of the table: the entity recogniser
/// (a gazetteer place right after a cue is the place) and the visit extractor (its cue
/// patterns), each of which builds one from the shared Resources when it is made. The
/// table's other rows (pronouns, tense words, ...) are the visit extractor's alone.
/// Immutable after construction.
class TravelCueTable
{
public:
    struct Cue
    {
        QString word; ///< lower-case
        CueKind kind = CueKind::Go;
        QStringList prepositions; ///< before the destination ("in", "to"); lower-case
        /// Detail `event`: the verb's object is usually an event or an institution
        /// ("attended Oxford"), not a place.
        bool event = false;
    };

    explicit TravelCueTable(const Resources &resources);

    /// Every cue row, in the file's order.
    const QList<Cue> &cues() const { return m_cues; }

    /// The cue kind a class name of the table stands for ("go"); nullopt for the other classes.
    static std::optional<CueKind> kindOf(QStringView className);

private:
    QList<Cue> m_cues;
};

} // namespace lector
