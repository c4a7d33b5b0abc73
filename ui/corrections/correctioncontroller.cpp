// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctioncontroller.h"

#include "correctioncommand.h"
#include "corrections/correctionapplier.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"
#include "library/librarywatcher.h"

#include <QAction>
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
        clearHistory();
        m_library = library && library->isOpen() ? library : nullptr;
        m_articleId = m_library ? articleId : 0;
        m_writable = m_library && !m_library->isReadOnly();
        watchLibrary();
        m_corrections.clear();
        if (isSaved()) {
            const CorrectionStore store(*m_library);
            m_corrections = store.corrections(m_articleId);
        }
    }
    reapply();
    setActive(true);
}

void CorrectionController::suspend(const Document &document)
{
    if (document.text != m_document.text) {
        clearHistory();
        m_document = document;
        m_automatic = Analysis();
        m_corrections.clear();
        m_library = nullptr;
        m_articleId = 0;
        reapply();
    }
    setActive(false);
}

void CorrectionController::detachLibrary()
{
    clearHistory();
    m_watcher.reset(); // before the library closes
    m_watched = nullptr;
    m_library = nullptr;
    m_articleId = 0;
    m_writable = false;
    setActive(false);
}

void CorrectionController::setActive(bool active)
{
    m_active = active;
    Q_EMIT activeChanged(active);
}

void CorrectionController::clearHistory()
{
    const QSignalBlocker blocker(m_undoStack);
    m_undoStack->clear();
}

QAction *CorrectionController::createUndoAction(QObject *parent, const QString &prefix)
{
    QAction *action = m_undoStack->createUndoAction(parent, prefix);
    // Connected after the stack's own connection, so this decides last.
    const auto update = [this, action] { action->setEnabled(m_active && m_undoStack->canUndo()); };
    connect(m_undoStack, &QUndoStack::canUndoChanged, action, update);
    connect(this, &CorrectionController::activeChanged, action, update);
    update();
    return action;
}

QAction *CorrectionController::createRedoAction(QObject *parent, const QString &prefix)
{
    QAction *action = m_undoStack->createRedoAction(parent, prefix);
    const auto update = [this, action] { action->setEnabled(m_active && m_undoStack->canRedo()); };
    connect(m_undoStack, &QUndoStack::canRedoChanged, action, update);
    connect(this, &CorrectionController::activeChanged, action, update);
    update();
    return action;
}

int CorrectionController::appliedCount() const
{
    return int(m_applied.count(true));
}

QList<Correction> CorrectionController::appliedCorrections() const
{
    return CorrectionApplier::appliedOnly(m_corrections, m_applied);
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
        if (id) {
            stored.id = *id;
        } else {
            // Said once: the next corrections of this article last for the session.
            m_writable = false;
            Q_EMIT storeFailed(tr("The correction could not be saved in the library: %1 The "
                                  "corrections of this article are not saved from now on.")
                                   .arg(store.lastError()));
        }
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
    // A stored one is removed even after a later correction failed to be stored.
    if (m_library && m_articleId > 0 && removed.id > 0) {
        CorrectionStore store(*m_library);
        // A library-wide correction was stored for no article (CorrectionStore::add()).
        const qint64 owner = removed.scope == CorrectionScope::Library ? 0 : m_articleId;
        if (!store.remove(removed.id, owner))
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

bool CorrectionController::libraryIsReadOnly() const
{
    return m_library && m_library->isReadOnly();
}

QString CorrectionController::unsavedReason() const
{
    if (!m_library)
        return tr("No library is open");
    if (m_library->isReadOnly())
        return tr("Your account may only read this library: corrections last for this session "
                  "and are not saved");
    if (m_articleId <= 0)
        return tr("This article is not in the library");
    if (!m_writable)
        return tr("Saving a correction failed: corrections of this article last for this session");
    return {};
}

void CorrectionController::watchLibrary()
{
    if (m_library == m_watched)
        return;
    m_watcher.reset();
    m_watched = m_library;
    if (!m_library)
        return;
    m_watcher = std::make_unique<LibraryWatcher>(*m_library);
    connect(m_watcher.get(), &LibraryWatcher::correctionChanged, this,
            [this](qint64 articleId, const QString &, bool, const QString &summary) {
                if (articleId == 0 || articleId == m_articleId)
                    reloadStored(summary);
                else
                    Q_EMIT changedElsewhere(summary);
            });
    connect(m_watcher.get(), &LibraryWatcher::libraryChanged, this,
            [this] { reloadStored(tr("The library was changed by another window.")); });
}

void CorrectionController::reloadStored(const QString &summary)
{
    if (m_library && m_articleId > 0) {
        const CorrectionStore store(*m_library);
        const QList<Correction> stored = store.corrections(m_articleId);
        // Corrections kept only for this session (not saved) stay on top of the stored ones.
        QList<Correction> merged = stored;
        for (const Correction &c : std::as_const(m_corrections))
            if (c.id == 0)
                merged.append(c);
        if (store.lastError().isEmpty() && merged != m_corrections) {
            m_corrections = merged;
            reapply();
            Q_EMIT correctedChanged();
        }
    }
    Q_EMIT changedElsewhere(summary);
}

} // namespace lector
