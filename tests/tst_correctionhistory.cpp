// SPDX-License-Identifier: GPL-3.0-or-later
// The undo history of corrections belongs to one article in one library: switching libraries or
// opening another article never lets Edit > Undo touch another article's view or stored rows.
// And a library that cannot store corrections says so once, not at every correction.
#include "corrections/correctioncontroller.h"
#include "data/ui/sampleanalysis.h"
#include "library/articlelibrary.h"
#include "library/correctionstore.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lector;
using lector::test::SampleArticle;

namespace {

/// "Jonas Berg" of the sample article, as an organization.
Correction jonasAsOrganization(const Document &document)
{
    const qsizetype at = document.text.indexOf(u"Jonas Berg"_qs);
    Correction c;
    c.kind = CorrectionKind::ChangeType;
    c.span = {at, at + 10};
    c.text = u"Jonas Berg"_qs;
    c.type = EntityType::Organization;
    return c;
}

Correction removal(qsizetype at, const QString &words)
{
    Correction c;
    c.kind = CorrectionKind::RemoveEntity;
    c.span = {at, at + words.size()};
    c.text = words;
    return c;
}

QAction *action(const MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

/// A library at `path` with the sample article in it; returns the article's id.
qint64 libraryWithSample(const QString &path, const SampleArticle &s)
{
    ArticleLibrary library;
    if (!library.open(path))
        return 0;
    return library.addArticle(s.document, s.analysis).value_or(0);
}

} // namespace

class TestCorrectionHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Ids are per library: undoing a correction made in the first library must not delete the
    // row with the same id in the second one.
    void undoAfterSwitchingLibraries()
    {
        const QString other = m_dir.filePath(u"other.sqlite"_qs);
        {
            ArticleLibrary library;
            QVERIFY(library.open(other));
            Document d;
            d.text = u"An unrelated note about ferries and their timetables."_qs;
            const std::optional<qint64> id = library.addArticle(d, Analysis());
            QVERIFY(id);
            CorrectionStore store(library);
            QCOMPARE(store.add(*id, removal(3, u"unrelated"_qs)).value_or(-1), 1);
        }
        const SampleArticle s = SampleArticle::make();
        MainWindow window;
        show(window);
        QVERIFY(window.openLibrary(m_dir.filePath(u"first.sqlite"_qs)));
        window.showAnalysis(s.document, s.analysis);
        window.corrections()->correct(jonasAsOrganization(s.document));
        QCOMPARE(CorrectionStore(*window.library()).corrections(1).size(), 1);
        QVERIFY(action(window, u"undoAction"_qs)->isEnabled());

        QVERIFY(window.openLibrary(other));
        QVERIFY(!action(window, u"undoAction"_qs)->isEnabled());
        action(window, u"undoAction"_qs)->trigger();
        window.corrections()->undoStack()->undo(); // even past the action
        QCOMPARE(CorrectionStore(*window.library()).corrections(1).size(), 1);
    }

    // Ctrl+Z right after opening another article: the previous article's history must not paint
    // its entities over the new text, nor delete its stored correction.
    void undoWhileAnotherArticleLoads()
    {
        const SampleArticle s = SampleArticle::make();
        MainWindow window;
        show(window);
        QVERIFY(window.openLibrary(m_dir.filePath(u"loading.sqlite"_qs)));
        window.showAnalysis(s.document, s.analysis);
        window.corrections()->correct(jonasAsOrganization(s.document));
        QCOMPARE(CorrectionStore(*window.library()).corrections(1).size(), 1);

        const QString path = m_dir.filePath(u"short.txt"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("A short note.\nIt names nobody at all and is over quickly.\n");
        file.close();
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        QVERIFY(window.openFile(path)); // analysed off the GUI thread
        QAction *undo = action(window, u"undoAction"_qs);
        QVERIFY(!undo->isEnabled());
        undo->trigger();
        QVERIFY(window.analysis().entities.isEmpty());
        QVERIFY(window.analysis().mentions.isEmpty());
        QCOMPARE(CorrectionStore(*window.library()).corrections(1).size(), 1);

        QVERIFY(shown.wait(60000));
        QCOMPARE(window.document().source, path);
        QVERIFY(!undo->isEnabled()); // the history was the other article's
        undo->trigger();
        QCOMPARE(CorrectionStore(*window.library()).corrections(1).size(), 1);
    }

    // A read-only library keeps its corrections for the session without an error per
    // correction; the status bar says they are not saved.
    void readOnlyLibraryStoresNothingQuietly()
    {
        const SampleArticle s = SampleArticle::make();
        const QString path = m_dir.filePath(u"readonly.sqlite"_qs);
        const qint64 id = libraryWithSample(path, s);
        QVERIFY(id > 0);
        ArticleLibrary library;
        QVERIFY(library.open(path, ArticleLibrary::Access::ReadOnly));
        QVERIFY(library.isReadOnly());
        CorrectionController controller;
        QSignalSpy failed(&controller, &CorrectionController::storeFailed);
        controller.setArticle(s.document, s.analysis, &library, id);
        QVERIFY(!controller.isSaved());
        controller.correct(jonasAsOrganization(s.document));
        const qsizetype at = s.document.text.indexOf(u"Berg"_qs);
        controller.correct(removal(at, u"Berg"_qs));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(controller.corrections().size(), 2);
        QCOMPARE(controller.appliedCount(), 2);
        QVERIFY(CorrectionStore(library).corrections(id).isEmpty());
    }

    // Storing fails (here: the table is gone): said once, then the article's corrections last
    // for the session.
    void failedStoreIsSaidOnce()
    {
        const SampleArticle s = SampleArticle::make();
        const QString path = m_dir.filePath(u"broken.sqlite"_qs);
        const qint64 id = libraryWithSample(path, s);
        QVERIFY(id > 0);
        ArticleLibrary library;
        QVERIFY(library.open(path));
        CorrectionController controller;
        QSignalSpy failed(&controller, &CorrectionController::storeFailed);
        controller.setArticle(s.document, s.analysis, &library, id);
        QVERIFY(controller.isSaved());
        QSqlQuery query(QSqlDatabase::database(library.connectionName(), false));
        QVERIFY(query.exec(u"DROP TABLE corrections"_qs));
        controller.correct(jonasAsOrganization(s.document));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!controller.isSaved());
        const qsizetype at = s.document.text.indexOf(u"Berg"_qs);
        controller.correct(removal(at, u"Berg"_qs));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(controller.corrections().size(), 2);
        controller.undoStack()->undo();
        controller.undoStack()->undo();
        QCOMPARE(failed.count(), 1); // nothing was stored, nothing to remove
        QVERIFY(controller.corrections().isEmpty());
    }

private:
    static void show(MainWindow &window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCorrectionHistory)
#include "tst_correctionhistory.moc"
