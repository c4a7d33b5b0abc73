// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corrections/correction.h"
#include "model/analysis.h"
#include "model/document.h"

#include <QObject>

#include <memory>

class QAction;
class QUndoStack;

namespace lector {

class ArticleLibrary;
class LibraryWatcher;

/// The user's corrections of the article shown: the automatic analysis (from AnalysisRunner or
/// the library), the corrections on top of it, oldest first, and the corrected analysis
/// (CorrectionApplier) that the window shows and exports.
///
/// Every change is a CorrectionCommand on undoStack(), so Edit > Undo takes it back. A change
/// is stored in the library (CorrectionStore) when the article has a library id, and undo
/// removes it again; without one the corrections last for the session (isSaved() is false).
/// Contract: `library`, when given, outlives the article it was given with (the window owns
/// both).
class CorrectionController : public QObject
{
    Q_OBJECT
public:
    explicit CorrectionController(QObject *parent = nullptr);
    ~CorrectionController() override;

    /// Takes `automatic` as the analysis of `document`. A new text loads the article's stored
    /// corrections (when `library` and `articleId` are given) and clears the history; the same
    /// text again (re-analysed after a date edit) keeps the corrections and the history.
    /// Emits nothing: the caller shows corrected() itself.
    void setArticle(const Document &document, const Analysis &automatic, ArticleLibrary *library,
                    qint64 articleId);
    /// `document` is shown without an analysis yet (it is being analysed): nothing can be
    /// corrected, undone or redone until the next setArticle(), which keeps the corrections if
    /// the text is the same. Another text drops the history and the corrections at once (they
    /// belong to the previous article).
    void suspend(const Document &document);
    /// The library is about to be closed or replaced by another: the history and the link to
    /// the article's stored corrections go (their ids mean nothing in another library), and
    /// nothing can be corrected until the next setArticle().
    void detachLibrary();
    /// Whether an analysed article is shown, so that corrections can be made.
    bool isActive() const { return m_active; }

    const Document &document() const { return m_document; }
    const Analysis &automatic() const { return m_automatic; }
    const Analysis &corrected() const { return m_corrected; }
    const QList<Correction> &corrections() const { return m_corrections; }
    /// How many corrections took effect on this analysis (a stale one is skipped).
    int appliedCount() const;
    /// The corrections that took effect on this analysis, oldest first (what exports list).
    QList<Correction> appliedCorrections() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Edit > Undo and Redo for undoStack(), off while isActive() is false (another article is
    /// loading), so a history never applies to a text it was not made on.
    QAction *createUndoAction(QObject *parent, const QString &prefix);
    QAction *createRedoAction(QObject *parent, const QString &prefix);
    /// Whether corrections are kept in a library (else only for this session): not in a
    /// read-only library, nor after storing one failed (said once, by storeFailed()).
    bool isSaved() const { return m_library != nullptr && m_articleId > 0 && m_writable; }
    /// Why corrections are not saved, for the correction menu (empty when they are).
    QString unsavedReason() const;
    /// Whether the library is open but this account may only read it (a read-only role).
    bool libraryIsReadOnly() const;

    /// Makes `correction` (stamped with the time now) an undoable change of the article.
    void correct(const Correction &correction);

Q_SIGNALS:
    /// The corrected analysis changed (a correction was made, undone or redone).
    void correctedChanged();
    /// A correction could not be stored or removed; `message` is a sentence for the user.
    void storeFailed(const QString &message);
    /// isActive() changed (or may have).
    void activeChanged(bool active);
    /// Another window or user changed this library's corrections (a team library tells who
    /// and what); this article's were read again. `summary` is for the status bar.
    void changedElsewhere(const QString &summary);

private:
    friend class CorrectionCommand;
    /// Appends `correction`, storing it when possible; returns its library id (0 if none).
    qint64 append(const Correction &correction);
    /// Removes the correction at `index` and its stored row.
    void removeAt(qsizetype index);
    void reapply();
    void setActive(bool active);
    /// Empties the history, without signals while the article changes.
    void clearHistory();
    /// Watches m_library for corrections made elsewhere (LibraryWatcher), or stops.
    void watchLibrary();
    /// Reads this article's stored corrections again (another window changed them).
    void reloadStored(const QString &summary);

    Document m_document;
    Analysis m_automatic;
    Analysis m_corrected;
    QList<Correction> m_corrections;
    QList<bool> m_applied;
    ArticleLibrary *m_library = nullptr;
    qint64 m_articleId = 0;
    bool m_writable = false;
    bool m_active = false;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<LibraryWatcher> m_watcher;
    ArticleLibrary *m_watched = nullptr;
};

} // namespace lector
