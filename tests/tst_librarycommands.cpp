// SPDX-License-Identifier: GPL-3.0-or-later
// The library subcommands of the real `lector` binary (LECTOR_BINARY): import, search,
// entities, export --format, each on a library in a QTemporaryDir and on a team library
// (PostgreSQL, pgtestserver.h); and an import killed mid-way, after which the database must be
// intact and a second import adds exactly what is missing.
#include "data/library/pgtestserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A short article of our own, different for each `n`, naming one person in several.
QByteArray generatedArticle(int n)
{
    const QByteArray number = QByteArray::number(n);
    return "Ferry service " + number + " resumes\n\n" +
           "Harbour director Clara Oduya said on Monday that ferry " + number +
           " would sail again after the storm. \"The crossing is safe,\" Oduya said.\n"
           "Repairs to pier " +
           number + " cost less than feared, the port authority added.\n";
}

} // namespace

class TestLibraryCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { PgTestServer::addBackendRows(); }
    void initTestCase();
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void importReportsAddedDuplicatesSkipped();
    void search_data();
    void search();
    void entitiesCountArticles();
    void usageErrors_data();
    void usageErrors();
    void exportFormats();
    void killDuringImportLeavesIntactLibrary();

private:
    Result run(const QStringList &arguments, int timeoutMs = 120'000) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    /// The library of the current backend, shared by the test functions: a file, or one
    /// database on the test server (made on first use; empty when there is no server).
    QString library()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == u"sqlite")
            return m_dir.filePath(u"lib/library.sqlite"_qs);
        if (m_serverLibrary.isEmpty())
            m_serverLibrary = PgTestServer::instance().createDatabase();
        return m_serverLibrary;
    }
    QString m_serverLibrary;

    QString m_binary;
    QTemporaryDir m_dir;
};

Result TestLibraryCommands::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.start(m_binary, arguments);
    Result r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString TestLibraryCommands::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestLibraryCommands::initTestCase()
{
    m_binary = qEnvironmentVariable("LECTOR_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("LECTOR_BINARY does not name the lector program (run through ctest).");
    QVERIFY(m_dir.isValid());
    writeFile(u"news/ferry.txt"_qs, generatedArticle(1));
    writeFile(u"news/more/ferry2.txt"_qs, generatedArticle(2));
    writeFile(u"news/budget.txt"_qs,
              "Council agrees budget\n\nThe council agreed the school budget on Tuesday.\n");
    writeFile(u"news/empty.txt"_qs, QByteArray());
    writeFile(u"news/photo.jpg"_qs, "not an article, not even looked at");
}

void TestLibraryCommands::importReportsAddedDuplicatesSkipped()
{
    const QString folder = m_dir.filePath(u"news"_qs);
    Result r = run({u"import"_qs, folder, u"--library"_qs, library()});
    QCOMPARE(r.exitCode, 1); // a file was skipped
    QVERIFY2(r.out.contains(u"Added: 3\n"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Duplicates: 0\n"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Skipped: 1\n"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"empty.txt"_qs), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"photo.jpg"_qs), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"imported 4/4"_qs), qPrintable(r.err));

    // The same files again: nothing new, the texts are already there.
    r = run({u"import"_qs, folder, u"--library"_qs, library()});
    QVERIFY2(r.out.contains(u"Added: 0\n"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Duplicates: 3\n"_qs), qPrintable(r.out));

    r = run({u"import"_qs, m_dir.filePath(u"news/budget.txt"_qs), u"--library"_qs, library()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Duplicates: 1\n"_qs), qPrintable(r.out));
}

void TestLibraryCommands::search_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("word in the body")
        << QStringList{u"storm"_qs}
        << QStringList{u"Ferry service 1 resumes"_qs, u"Ferry service 2 resumes"_qs};
    QTest::newRow("word in the title")
        << QStringList{u"budget"_qs} << QStringList{u"Council agrees budget"_qs};
    QTest::newRow("several words")
        << QStringList{u"school"_qs, u"council"_qs} << QStringList{u"Council agrees budget"_qs};
    QTest::newRow("prefix") << QStringList{u"schoo*"_qs}
                            << QStringList{u"Council agrees budget"_qs};
    QTest::newRow("unbalanced quote searched as words")
        << QStringList{u"\"council"_qs} << QStringList{u"Council agrees budget"_qs};
    QTest::newRow("no match") << QStringList{u"volcano"_qs} << QStringList{};
}

void TestLibraryCommands::search()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, titles);
    const Result r =
        run(QStringList{u"search"_qs} + words + QStringList{u"--library"_qs, library()});
    QCOMPARE(r.exitCode, 0);
    QStringList found;
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 4); // id, title, date, snippet
        QVERIFY(fields.at(0).toLongLong() > 0);
        QVERIFY2(fields.at(3).contains(u'['), qPrintable(line)); // the match is marked
        found.append(fields.at(1));
    }
    found.sort();
    QCOMPARE(found, titles);
}

void TestLibraryCommands::entitiesCountArticles()
{
    const Result r = run({u"entities"_qs, u"--library"_qs, library()});
    QCOMPARE(r.exitCode, 0);
    // articles, mentions, type, name: the director is named in both ferry articles.
    static const QRegularExpression director(u"^2\\t\\d+\\tperson\\tClara Oduya$"_qs,
                                             QRegularExpression::MultilineOption);
    QVERIFY2(director.match(r.out).hasMatch(), qPrintable(r.out));
}

void TestLibraryCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("import without files") << QStringList{u"import"_qs};
    QTest::newRow("search without words") << QStringList{u"search"_qs};
    QTest::newRow("entities given a file") << QStringList{u"entities"_qs, u"a.txt"_qs};
    QTest::newRow("library option on analyze")
        << QStringList{u"analyze"_qs, u"--json"_qs, u"a.txt"_qs, u"--library"_qs, u"x"_qs};
    QTest::newRow("unknown export format")
        << QStringList{u"export"_qs, u"--format"_qs, u"pdf"_qs, u"a.txt"_qs, u"-o"_qs, u"x"_qs};
    QTest::newRow("format on import")
        << QStringList{u"import"_qs, u"--format"_qs, u"csv"_qs, u"a.txt"_qs};
}

void TestLibraryCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(u'\n'), 1); // one whole-sentence line
}

void TestLibraryCommands::exportFormats()
{
    const QString article = m_dir.filePath(u"news/ferry.txt"_qs);
    const QString csv = m_dir.filePath(u"out/ferry.csv"_qs);
    QDir().mkpath(m_dir.filePath(u"out"_qs));
    Result r = run({u"export"_qs, u"--format"_qs, u"csv"_qs, article, u"-o"_qs, csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile entities(csv), quotes(m_dir.filePath(u"out/ferry-quotes.csv"_qs));
    QVERIFY(entities.open(QIODevice::ReadOnly) && quotes.open(QIODevice::ReadOnly));
    const QString entityText = QString::fromUtf8(entities.readAll());
    const QString quoteText = QString::fromUtf8(quotes.readAll());
    QVERIFY(entityText.startsWith(u"name,type,forms,count\r\n"_qs));
    QVERIFY2(entityText.contains(u"Clara Oduya,person,"_qs), qPrintable(entityText));
    QVERIFY(quoteText.startsWith(u"speaker,quote,article\r\n"_qs));
    QVERIFY2(quoteText.contains(u"The crossing is safe"_qs), qPrintable(quoteText));

    const QString json = m_dir.filePath(u"out/ferry.json"_qs);
    r = run({u"export"_qs, u"--format"_qs, u"json"_qs, article, u"-o"_qs, json});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(jsonFile.readAll()).isObject());

    const QString html = m_dir.filePath(u"out/ferry.html"_qs);
    r = run({u"export"_qs, article, u"-o"_qs, html});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    QVERIFY(htmlFile.readAll().contains("<html"));
}

// Batches are transactions: a kill loses at most the batch in flight. Whatever is stored must
// be whole (the body hashes to its hash, the analysis row exists) and SQLite must be sound.
void TestLibraryCommands::killDuringImportLeavesIntactLibrary()
{
    constexpr int Count = 1000;
    for (int i = 0; i < Count; ++i)
        writeFile(QStringLiteral("many/%1.txt").arg(i, 4, 10, QLatin1Char('0')),
                  generatedArticle(1000 + i).repeated(4));
    QFETCH_GLOBAL(QString, backend);
    const bool server = backend != u"sqlite";
    const QString path = server ? PgTestServer::instance().createDatabase()
                                : m_dir.filePath(u"killed/library.sqlite"_qs);
    if (path.isEmpty())
        QSKIP(qPrintable(PgTestServer::instance().why()));
    QProcess process;
    process.start(m_binary, {u"import"_qs, m_dir.filePath(u"many"_qs), u"--library"_qs, path});
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (!err.contains("imported ") && process.waitForReadyRead(60'000))
        err += process.readAllStandardError();
    QVERIFY2(err.contains("imported "), err.constData());
    process.kill();
    process.waitForFinished();
    err += process.readAllStandardError();
    if (err.contains("imported 1000/1000"))
        qWarning("the import finished before it could be killed");

    int stored = 0;
    {
        QSqlDatabase db;
        if (server) {
            db = PgTestServer::instance().connect(PgTestServer::databaseOf(path), u"killed"_qs);
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"killed"_qs);
            db.setDatabaseName(path);
            db.open();
        }
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        if (!server) {
            QVERIFY(q.exec(u"PRAGMA integrity_check"_qs) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_qs);
        }
        // The cached analysis of each article is the binary one (analysis_cache): the JSON
        // table `analyses` is no longer written.
        QVERIFY(q.exec(u"SELECT a.hash, a.body, (SELECT count(*) FROM analysis_cache n "
                       "WHERE n.article_id = a.id) FROM articles a"_qs));
        while (q.next()) {
            const QString body = q.value(1).toString();
            const QByteArray hash =
                QCryptographicHash::hash(body.trimmed().toUtf8(), QCryptographicHash::Sha256);
            QCOMPARE(q.value(0).toString(), QString::fromLatin1(hash.toHex()));
            QCOMPARE(q.value(2).toInt(), 1);
            ++stored;
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"killed"_qs);
    QVERIFY(stored > 0);
    // Whole batches only: of 64 articles, and the last one's 40 (a team library's writers may
    // commit it before an earlier batch; a file library's one writer commits in order).
    QVERIFY2(server ? stored % 64 == 0 || stored % 64 == Count % 64
                    : stored % 64 == 0 || stored == Count,
             qPrintable(QString::number(stored)));

    // The library goes on: importing again adds exactly what is missing.
    const Result r = run({u"import"_qs, m_dir.filePath(u"many"_qs), u"--library"_qs, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Added: %1\n").arg(Count - stored)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Duplicates: %1\n").arg(stored)), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestLibraryCommands)
#include "tst_librarycommands.moc"
