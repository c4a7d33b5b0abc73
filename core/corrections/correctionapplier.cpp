// SPDX-License-Identifier: GPL-3.0-or-later
#include "corrections/correctionapplier.h"

#include "corrections/correctionstate.h"

namespace lector {

namespace {

bool applyOne(CorrectionState &state, const Correction &correction)
{
    switch (correction.kind) {
    case CorrectionKind::MarkEntity:
        return state.mark(correction);
    case CorrectionKind::RemoveEntity:
        return state.remove(correction);
    case CorrectionKind::ChangeType:
        return state.changeType(correction);
    case CorrectionKind::MergeEntities:
        return state.merge(correction);
    case CorrectionKind::SplitEntity:
        return state.split(correction);
    case CorrectionKind::ReassignSpeaker:
        return state.reassignSpeaker(correction);
    case CorrectionKind::SetVisitDate:
        return state.setVisitDate(correction);
    }
    return false;
}

} // namespace

Analysis CorrectionApplier::apply(const Document &document, const Analysis &automatic,
                                  const QList<Correction> &corrections, QList<bool> *applied)
{
    if (applied)
        applied->clear();
    if (corrections.isEmpty())
        return automatic;
    CorrectionState state(document, automatic);
    for (const Correction &correction : corrections) {
        const bool done = applyOne(state, correction);
        if (applied)
            applied->append(done);
    }
    return state.finish();
}

QList<Correction> CorrectionApplier::appliedOnly(const QList<Correction> &corrections,
                                                 const QList<bool> &applied)
{
    QList<Correction> out;
    for (qsizetype i = 0; i < corrections.size(); ++i) {
        if (applied.value(i))
            out.append(corrections.at(i));
    }
    return out;
}

} // namespace lector
