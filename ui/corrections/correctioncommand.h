// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"

#include <QUndoCommand>

namespace lector {

class CorrectionController;

/// One correction as an undoable step: redo appends it to the controller's list (storing it in
/// the library), undo removes it again. Its text is describeCorrection(), so Edit > Undo reads
/// `Undo Marked "Wagner" as an organization`.
/// Contract: the controller outlives the command (it owns the stack the command is on), and
/// commands run in stack order, so the correction undone is always the last one appended.
class CorrectionCommand : public QUndoCommand
{
public:
    CorrectionCommand(CorrectionController *controller, const Correction &correction);

    void redo() override;
    void undo() override;

private:
    CorrectionController *m_controller;
    Correction m_correction;
    qsizetype m_index = -1;
};

} // namespace lector
