// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/analysiscache.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"
#include "library/libraryerror.h"
#include "library/schemamigrator.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace lector;

namespace {

Document makeDocument(const QString &title, const QString &text)
{
    Document doc;
    doc.title = title;
    doc.text = text;
    doc.published = QDate(2024, 6, 1);
    return doc;
}

const QString FirstText = u"The council approved the harbour budget after a long debate."_qs;
const QString SecondText = u"Ferry crews voted to accept the new timetable on Friday."_qs;

// A second connection to the same file, as another program would hold it.
class OtherProgram
{
public:
    explicit OtherProgram(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_qs);
        m_ok = db.open();
    }
    ~OtherProgram()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return m_ok && query.exec(sql);
    }

private:
    QString m_name = u"other-program"_qs;
    bool m_ok = false;
};

// A database at schema `version`, made by running the migration scripts by hand, with one
// article in it.
bool makeDatabaseAt(const QString &path, int version)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"maker"_qs);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (int v = 1; ok && v <= version; ++v)
            for (const QString &statement : SchemaMigrator::statements(v))
                ok = ok && query.exec(statement);
        ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        ok = ok && query.exec(QStringLiteral("INSERT INTO articles (hash, title, added, body) "
                                             "VALUES ('%1', 'Old', '2024-01-01', 'Old words.')")
                                  .arg(ArticleLibrary::contentHash(u"Old words."_qs)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"maker"_qs);
    return ok;
}

} // namespace

class TestLibraryFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void lockedLibraryStaysReadable();
    void lockedDuringMigration();
    void writeWaitsForAnotherWriter();
    void damagedCacheEntryIsReplaced();
    void readOnly_data();
    void readOnly();
    void fullDiskRollsBack();
    void fullDiskDuringImportKeepsWholeBatches();
    void unusableFiles_data();
    void unusableFiles();
    void errorKinds_data();
    void errorKinds();

private:
    QString path() const { return m_dir->filePath(u"lib.sqlite"_qs); }
    void checkFirstArticleIntact(ArticleLibrary &library);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ArticleLibrary> m_library;
};

void TestLibraryFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = std::make_unique<ArticleLibrary>();
    QVERIFY2(m_library->open(path()), qPrintable(m_library->lastError()));
    QVERIFY(m_library->addArticle(makeDocument(u"Budget"_qs, FirstText), Analysis()));
}

void TestLibraryFaults::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestLibraryFaults::checkFirstArticleIntact(ArticleLibrary &library)
{
    QCOMPARE(library.articleCount(), 1);
    QCOMPARE(library.search(u"harbour"_qs).size(), 1);
    QSqlQuery query(QSqlDatabase::database(library.connectionName(), false));
    QVERIFY(query.exec(u"PRAGMA integrity_check"_qs) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_qs);
}

void TestLibraryFaults::lockedLibraryStaysReadable()
{
    OtherProgram other(path());
    QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_qs));
    QVERIFY(!m_library->addArticle(makeDocument(u"Ferries"_qs, SecondText), Analysis()));
    QVERIFY2(m_library->lastError().contains(u"locked by another program"_qs),
             qPrintable(m_library->lastError()));
    // Still a reader while the other program writes.
    QCOMPARE(m_library->articles().size(), 1);
    QCOMPARE(m_library->search(u"budget"_qs).size(), 1);
    QVERIFY(other.exec(u"ROLLBACK"_qs));
    QVERIFY2(m_library->addArticle(makeDocument(u"Ferries"_qs, SecondText), Analysis()),
             qPrintable(m_library->lastError()));
    QCOMPARE(m_library->articleCount(), 2);
}

// An import's writer thread (or another Lector) holds the write lock for a moment: the write
// waits for it within the busy timeout instead of failing at once. A deferred BEGIN that has
// read before writing could not wait: its snapshot is stale once the other one commits.
void TestLibraryFaults::writeWaitsForAnotherWriter()
{
    std::atomic<bool> holding{false};
    std::atomic<bool> committed{false};
    std::thread writer([this, &holding, &committed] {
        OtherProgram other(path());
        if (other.exec(u"BEGIN IMMEDIATE"_qs) &&
            other.exec(u"INSERT INTO articles (hash, title, added, body) "
                       "VALUES ('other', 'Other', '2024-01-01', 'Words of another writer.')"_qs)) {
            holding = true;
            QThread::msleep(500);
            committed = other.exec(u"COMMIT"_qs);
        }
        holding = true; // never leave the test waiting
    });
    while (!holding)
        QThread::msleep(5);
    // Reads first (is the text there?), then writes, as opening an article does.
    const std::optional<qint64> added =
        m_library->addArticle(makeDocument(u"Ferries"_qs, SecondText), Analysis());
    writer.join();
    QVERIFY(committed);
    QVERIFY2(added, qPrintable(m_library->lastError()));
    QCOMPARE(m_library->articleCount(), 3);
}

// A cache entry that no longer decodes (a damaged page, an older codec) is a miss, so it is not
// current either: the next analysis replaces it.
void TestLibraryFaults::damagedCacheEntryIsReplaced()
{
    const Document doc = makeDocument(u"Budget"_qs, FirstText);
    const std::optional<qint64> id = m_library->articleIdForText(FirstText);
    QVERIFY(id);
    AnalysisCache cache(*m_library);
    QVERIFY(cache.find(doc));
    QVERIFY(cache.isCurrent(*id, doc));
    QSqlQuery query(QSqlDatabase::database(m_library->connectionName(), false));
    QVERIFY(query.exec(u"UPDATE analysis_cache SET data = x'00'"_qs));
    QVERIFY(!cache.find(doc));
    QVERIFY(!cache.isCurrent(*id, doc));
    QVERIFY2(cache.store(*id, doc, Analysis()), qPrintable(cache.lastError()));
    QVERIFY(cache.find(doc));
    QVERIFY(cache.isCurrent(*id, doc));
}

void TestLibraryFaults::lockedDuringMigration()
{
    const QString old = m_dir->filePath(u"old.sqlite"_qs);
    QVERIFY(makeDatabaseAt(old, 1));
    {
        OtherProgram other(old);
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_qs));
        ArticleLibrary library;
        QVERIFY(!library.open(old));
        QVERIFY2(library.lastError().contains(u"locked by another program"_qs),
                 qPrintable(library.lastError()));
        QVERIFY(!library.isOpen());
        QVERIFY(other.exec(u"ROLLBACK"_qs));
    }
    ArticleLibrary library;
    QVERIFY2(library.open(old), qPrintable(library.lastError()));
    QCOMPARE(library.articles().value(0).title, u"Old"_qs);
}

void TestLibraryFaults::readOnly_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("opened read-only") << 0;
    QTest::newRow("writes refused by SQLite (query_only)") << 1;
}

// As root, file modes do not stop writes, so the two honest ways in: opening with
// QSQLITE_OPEN_READONLY (what a read-only file or mount leads to) and SQLite refusing writes
// with SQLITE_READONLY on a connection that believed it could write.
void TestLibraryFaults::readOnly()
{
    QFETCH(int, how);
    ArticleLibrary library;
    if (how == 0) {
        m_library->close();
        QVERIFY2(library.open(path(), ArticleLibrary::Access::ReadOnly),
                 qPrintable(library.lastError()));
        QVERIFY(library.isReadOnly());
        QVERIFY(library.lastError().contains(u"read-only"_qs));
    } else {
        QVERIFY(library.open(path()));
        QSqlQuery query(QSqlDatabase::database(library.connectionName(), false));
        QVERIFY(query.exec(u"PRAGMA query_only = ON"_qs));
    }
    QVERIFY(!library.addArticle(makeDocument(u"Ferries"_qs, SecondText), Analysis()));
    QVERIFY2(library.lastError().startsWith(u"The library is read-only"_qs),
             qPrintable(library.lastError()));
    checkFirstArticleIntact(library);
}

void TestLibraryFaults::fullDiskRollsBack()
{
    {
        QSqlQuery query(QSqlDatabase::database(m_library->connectionName(), false));
        QVERIFY(query.exec(u"PRAGMA page_count"_qs) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    }
    const QString big =
        QString(SecondText + u' ').repeated(4000); // about 230 KB: far beyond 2 pages
    QVERIFY(!m_library->addArticle(makeDocument(u"Ferries"_qs, big), Analysis()));
    QVERIFY2(m_library->lastError().startsWith(u"Disk full:"_qs),
             qPrintable(m_library->lastError()));
    checkFirstArticleIntact(*m_library);
    QVERIFY(!m_library->search(u"ferry"_qs).size());
    // Room again: the same article goes in, so nothing of the failed write was left behind.
    QSqlQuery query(QSqlDatabase::database(m_library->connectionName(), false));
    QVERIFY(query.exec(u"PRAGMA max_page_count = 1000000"_qs));
    bool added = false;
    QVERIFY(m_library->addArticle(makeDocument(u"Ferries"_qs, big), Analysis(), &added));
    QVERIFY(added);
}

void TestLibraryFaults::fullDiskDuringImportKeepsWholeBatches()
{
    QStringList files;
    for (int i = 0; i < 12; ++i) {
        files.append(m_dir->filePath(QStringLiteral("article%1.txt").arg(i)));
        QFile f(files.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Report number %1 from the harbour office. ").arg(i).toUtf8());
        f.write(QByteArray("The tide tables were checked again and the pier stayed shut. ")
                    .repeated(300)); // about 18 KB: a few batches fill the allowed pages
    }
    {
        QSqlQuery query(QSqlDatabase::database(m_library->connectionName(), false));
        QVERIFY(query.exec(u"PRAGMA page_count"_qs) && query.next());
        QVERIFY(query.exec(
            QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt() + 60)));
    }
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    ArticleImporter importer(*m_library, pipeline);
    importer.setBatchSize(2);
    importer.setThreadCount(1);
    const ImportReport report = importer.run(files);
    QVERIFY2(LibraryError::kindOf(report.error) == LibraryError::Kind::Full,
             qPrintable(report.error));
    QVERIFY(LibraryError::explained(report.error).startsWith(u"Disk full:"_qs));
    QVERIFY(report.added >= 2 && report.added < files.size());
    QCOMPARE(report.added % 2, 0); // only whole batches
    QCOMPARE(m_library->articleCount(), 1 + report.added);
    QSqlQuery query(QSqlDatabase::database(m_library->connectionName(), false));
    QVERIFY(query.exec(u"PRAGMA integrity_check"_qs) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_qs);
}

void TestLibraryFaults::unusableFiles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("corrupt file") << 0 << u"not a usable database"_qs;
    QTest::newRow("newer schema") << 1 << u"newer Lector"_qs;
    QTest::newRow("newer schema opened read-only") << 2 << u"newer Lector"_qs;
}

// The file is refused and left byte for byte as it was.
void TestLibraryFaults::unusableFiles()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    const QString file = m_dir->filePath(u"unusable.sqlite"_qs);
    if (kind == 0) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a database at all, only words\n").repeated(300));
    } else {
        QVERIFY(makeDatabaseAt(file, SchemaMigrator::latestVersion()));
        OtherProgram other(file);
        QVERIFY(other.exec(u"PRAGMA user_version = 999"_qs));
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    ArticleLibrary library;
    QVERIFY(!library.open(file, kind == 2 ? ArticleLibrary::Access::ReadOnly
                                          : ArticleLibrary::Access::ReadWrite));
    QVERIFY2(library.lastError().contains(message), qPrintable(library.lastError()));
    QVERIFY(!library.isOpen());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestLibraryFaults::errorKinds_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("busy") << u"5"_qs << u"database is locked"_qs << int(LibraryError::Kind::Locked);
    QTest::newRow("extended read-only code")
        << u"1032"_qs << u"attempt to write a readonly database"_qs
        << int(LibraryError::Kind::ReadOnly);
    QTest::newRow("full") << u"13"_qs << u"database or disk is full"_qs
                          << int(LibraryError::Kind::Full);
    QTest::newRow("not a database")
        << u"26"_qs << u"file is not a database"_qs << int(LibraryError::Kind::Corrupt);
    QTest::newRow("syntax error") << u"1"_qs << u"near \"x\": syntax error"_qs
                                  << int(LibraryError::Kind::Other);
}

void TestLibraryFaults::errorKinds()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(int, kind);
    const QSqlError error(QString(), text, QSqlError::StatementError, code);
    QCOMPARE(int(LibraryError::kind(error)), kind);
    QCOMPARE(int(LibraryError::kindOf(text)), kind);
    QVERIFY(LibraryError::sentence(error).contains(text));
}

QTEST_GUILESS_MAIN(TestLibraryFaults)
#include "tst_libraryfaults.moc"
