// SPDX-License-Identifier: GPL-3.0-or-later
// Progress and cancel of an import into a team library with several writers (ArticleImporter),
// on the tests' throw-away PostgreSQL server (pgtestserver.h): progress counts every writer's
// batches on the calling thread, and a cancel, from the callback or from another thread as in the
// window, stops every writer within the batches in flight, leaving only whole articles. (The
// writes themselves: tst_libraryimport.)
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"

#include "data/library/importfixture.h"
#include "data/library/pgtestserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>

using namespace lector;

namespace {

constexpr int Writers = 4;
constexpr int Batch = 4;

// Passes an import's progress to the test thread as a queued signal, as the window's import job
// does (LibraryImportJob).
class ProgressRelay : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void progressed(int done, int total);
};

// What every cancelled import of these tests must leave: it says cancelled, it stopped within
// the batches then in flight (one per writer) and those written but not yet reported (one per
// writer) after the count `seenAt` the callback answered false to, it wrote whole batches, and
// every article stored is whole (analysis, search vector, entity rows).
void verifyCancelled(const ImportReport &r, int seenAt, const QString &url)
{
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.cancelled);
    QVERIFY(seenAt > 0);
    QVERIFY2(r.added <= seenAt + 2 * Writers * Batch,
             qPrintable(QStringLiteral("%1 added after a cancel at %2").arg(r.added).arg(seenAt)));
    QCOMPARE(r.added % Batch, 0); // whole batches
    test::verifyWhole(url, r.added);
}

} // namespace

class TestLibraryImportProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void init();
    void progressCountsEveryWriter();
    void cancelStopsEveryWriter_data();
    void cancelStopsEveryWriter();
    void cancelAfterProgressSignal();

private:
    ImportReport import(ArticleLibrary &library, const QStringList &files,
                        const ArticleImporter::Progress &progress)
    {
        return test::importFiles(library, *m_pipeline, files, Writers, Batch, progress);
    }

    test::ImportFiles m_files;
    QString m_url; ///< each test's fresh database on the test server
    std::optional<Pipeline> m_pipeline;
};

void TestLibraryImportProgress::initTestCase()
{
    QVERIFY(m_files.isValid());
    m_pipeline.emplace(Pipeline::standard(*Resources::shared()));
}

// Every test on a fresh database; without a server (no PostgreSQL here) every test is skipped.
void TestLibraryImportProgress::init()
{
    m_url = PgTestServer::instance().createDatabase();
    if (m_url.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
}

// Four writers: progress is reported after every batch, whichever writer wrote it, on the
// calling thread, and reaches the total (before, only the calling thread's own batches were
// reported, and the others' only at the end).
void TestLibraryImportProgress::progressCountsEveryWriter()
{
    const QStringList files = m_files.reports(300, 96);
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));
    QList<int> done;
    bool otherThread = false;
    const ImportReport r = import(library, files, [&](int d, int total) {
        otherThread = otherThread || QThread::currentThread() != thread() || total != 96;
        done.append(d);
        return true;
    });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.added, 96);
    QVERIFY(!otherThread);
    QList<int> everyBatch;
    for (int d = Batch; d <= 96; d += Batch)
        everyBatch.append(d);
    QCOMPARE(done, everyBatch);
}

// Cancelled from the progress callback: no writer claims a batch after that. A slow first
// report (the window busy) must not let the writers run ahead: before round 8's review they
// wrote all 160 files while it slept.
void TestLibraryImportProgress::cancelStopsEveryWriter_data()
{
    QTest::addColumn<int>("slowReports"); // reports that take 1.5 s and go on
    QTest::newRow("at the first report") << 0;
    QTest::newRow("after a slow report") << 1;
}

void TestLibraryImportProgress::cancelStopsEveryWriter()
{
    QFETCH(int, slowReports);
    const QStringList files = m_files.reports(500, 160, test::namedReport);
    ArticleLibrary library;
    QVERIFY2(library.open(m_url), qPrintable(library.lastError()));
    int cancelledAt = -1;
    int reports = 0;
    const ImportReport r = import(library, files, [&](int d, int) {
        if (reports++ < slowReports) {
            QThread::msleep(1500);
            return true;
        }
        cancelledAt = d;
        return false;
    });
    QCOMPARE(cancelledAt, Batch * (slowReports + 1));
    verifyCancelled(r, cancelledAt, m_url);
    QCOMPARE(library.articleCount(), r.added);
}

// The window's way: the import runs on another thread, its progress comes as a queued signal,
// and the user's cancel (a flag the progress callback reads) follows the first one. The import
// stops within the same bound, counted from the report at which the callback saw the flag; with
// no cancel, the last signal is the total.
void TestLibraryImportProgress::cancelAfterProgressSignal()
{
    const QStringList files = m_files.reports(700, 160, test::namedReport);
    int firstAdded = 0;
    for (const bool cancel : {true, false}) {
        ProgressRelay relay;
        QSignalSpy spy(&relay, &ProgressRelay::progressed);
        std::atomic<bool> cancelled = false;
        std::atomic<int> seenAt = -1; // the count of files done when the callback saw the flag
        ImportReport r;
        std::thread worker([&] {
            ArticleLibrary library;
            if (!library.open(m_url)) {
                r.error = library.lastError();
                return;
            }
            r = import(library, files, [&](int done, int total) {
                QMetaObject::invokeMethod(
                    &relay, [&relay, done, total] { Q_EMIT relay.progressed(done, total); },
                    Qt::QueuedConnection);
                if (!cancelled)
                    return true;
                seenAt = done;
                return false;
            });
        });
        const bool signalled = spy.wait(60000);
        if (cancel)
            cancelled = true;
        worker.join();
        QVERIFY(signalled);
        QCoreApplication::processEvents(); // the last queued signals
        if (cancel) {
            qInfo("cancel seen at %d of 160, %d added", int(seenAt), r.added);
            verifyCancelled(r, seenAt, m_url);
            firstAdded = r.added;
            continue;
        }
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.cancelled);
        QCOMPARE(spy.size(), 160 / Batch);
        QCOMPARE(spy.last().at(0).toInt(), 160);
        QCOMPARE(r.added + r.duplicates, 160);
        QCOMPARE(r.duplicates, firstAdded); // the cancelled run's articles
        test::verifyWhole(m_url, 160);
    }
}

QTEST_GUILESS_MAIN(TestLibraryImportProgress)
#include "tst_libraryimportprogress.moc"
