// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctioncontroller.h"

#include "analysis/correctionapplier.h"
#include "correctioncommand.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"

#include <QUndoStack>

namespace lector {

CorrectionController::CorrectionController(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

CorrectionController::~CorrectionController()
{
    // The commands call back into this object while the stack is destroyed: clear it first.
    m_undoStack->clear();
}

void CorrectionController::setArticle(const Document &document, const Analysis &automatic,
                                      ArticleLibrary *library, qint64 articleId)
{
    const bool sameArticle = !m_document.text.isEmpty() && document.text == m_document.text &&
                             library == m_library && articleId == m_articleId;
    m_document = document;
    m_automatic = automatic;
    if (!sameArticle) {
        // The history belongs to the corrections of one article: none of it applies here.
        const QSignalBlocker blocker(m_undoStack);
        m_undoStack->clear();
        m_library = library && library->isOpen() ? library : nullptr;
        m_articleId = m_library ? articleId : 0;
        m_corrections.clear();
        if (isSaved()) {
            const CorrectionStore store(*m_library);
            m_corrections = store.corrections(m_articleId);
        }
    }
    m_active = true;
    reapply();
}

int CorrectionController::appliedCount() const
{
    return int(m_applied.count(true));
}

void CorrectionController::correct(const Correction &correction)
{
    if (!m_active)
        return;
    Correction stamped = correction;
    stamped.id = 0;
    stamped.created = QDateTime::currentDateTimeUtc();
    m_undoStack->push(new CorrectionCommand(this, stamped));
}

qint64 CorrectionController::append(const Correction &correction)
{
    Correction stored = correction;
    stored.id = 0;
    if (isSaved()) {
        CorrectionStore store(*m_library);
        const std::optional<qint64> id = store.add(m_articleId, stored);
        if (id)
            stored.id = *id;
        else
            Q_EMIT storeFailed(
                tr("The correction could not be saved in the library: %1").arg(store.lastError()));
    }
    m_corrections.append(stored);
    reapply();
    Q_EMIT correctedChanged();
    return stored.id;
}

void CorrectionController::removeAt(qsizetype index)
{
    if (index < 0 || index >= m_corrections.size())
        return;
    const Correction removed = m_corrections.takeAt(index);
    if (isSaved() && removed.id > 0) {
        CorrectionStore store(*m_library);
        if (!store.remove(removed.id))
            Q_EMIT storeFailed(tr("The correction could not be removed from the library: %1")
                                   .arg(store.lastError()));
    }
    reapply();
    Q_EMIT correctedChanged();
}

void CorrectionController::reapply()
{
    m_applied.clear();
    m_corrected = m_corrections.isEmpty() ? m_automatic
                                          : CorrectionApplier::apply(m_document, m_automatic,
                                                                     m_corrections, &m_applied);
}

} // namespace lector
