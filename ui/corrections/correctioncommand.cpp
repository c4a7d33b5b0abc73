// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctioncommand.h"

#include "correctioncontroller.h"

namespace lector {

CorrectionCommand::CorrectionCommand(CorrectionController *controller, const Correction &correction)
    : m_controller(controller)
    , m_correction(correction)
{
    setText(describeCorrection(correction));
}

void CorrectionCommand::redo()
{
    m_index = m_controller->corrections().size();
    // A redo stores a new row: the old one was deleted by the undo.
    m_correction.id = m_controller->append(m_correction);
}

void CorrectionCommand::undo()
{
    if (m_index >= 0)
        m_controller->removeAt(m_index);
    m_index = -1;
}

} // namespace lector
