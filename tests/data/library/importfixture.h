// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the import suites (tst_libraryimport, tst_libraryimportprogress,
// tst_libraryimportcorrections): invented report files, an import with a given number of writers
// and batch size, values read from a library through a connection of its own, and the check that
// every stored article is whole.

#include "analysis/pipeline.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"
#include "library/librarylocation.h"

#include "pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace lector::test {

/// Invented short reports; `n` makes each text different.
inline QByteArray report(int n)
{
    return QStringLiteral("Harbour report %1\n\nThe pilots of berth %1 counted %2 ferries on "
                          "Monday, and the board said the channel stays open until June.\n")
        .arg(n)
        .arg(n * 7 + 3)
        .toUtf8();
}

/// A report that names a person and a place (every article then has entity rows).
inline QByteArray namedReport(int n)
{
    return report(n) + "Maria Okafor said in Lisbon that the berth is safe.\n";
}

/// Folders of article files under one temporary folder.
class ImportFiles
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Writes the files of `texts` (one per entry, in order) under a new folder; their paths.
    QStringList write(const QList<QByteArray> &texts)
    {
        const QString folder = m_dir.filePath(QStringLiteral("in%1").arg(++m_folders));
        QDir().mkpath(folder);
        QStringList files;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString file =
                QStringLiteral("%1/%2.txt").arg(folder).arg(i, 4, 10, QLatin1Char('0'));
            QFile f(file);
            if (f.open(QIODevice::WriteOnly))
                f.write(texts[i]);
            files.append(file);
        }
        return files;
    }

    /// The files of `count` different texts `text(first)`, `text(first + 1)`, ...
    QStringList reports(int first, int count, QByteArray (*text)(int) = report)
    {
        QList<QByteArray> texts;
        for (int i = 0; i < count; ++i)
            texts.append(text(first + i));
        return write(texts);
    }

private:
    QTemporaryDir m_dir;
    int m_folders = 0;
};

/// Imports `files` with `writers` writers (a team library) in batches of `batch`.
inline ImportReport importFiles(ArticleLibrary &library, const Pipeline &pipeline,
                                const QStringList &files, int writers, int batch = 4,
                                const ArticleImporter::Progress &progress = {})
{
    ArticleImporter importer(library, pipeline);
    importer.setWriterCount(writers);
    importer.setBatchSize(batch);
    importer.setThreadCount(2);
    return importer.run(files, progress);
}

/// Runs `use` with a connection of its own to the library at `location` (a file or a library on
/// the test server).
inline void withConnection(const QString &location, const std::function<void(QSqlDatabase &)> &use)
{
    const QString name = QStringLiteral("test-fixture");
    {
        QSqlDatabase db;
        if (LibraryLocation::isServer(location)) {
            db = PgTestServer::instance().connect(PgTestServer::databaseOf(location), name);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
            db.open();
        }
        use(db);
    }
    QSqlDatabase::removeDatabase(name);
}

/// The first value of `sql` on the library at `location`, as a number; -1 on an error.
inline int countRows(const QString &location, const QString &sql)
{
    int n = -1;
    withConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            n = q.value(0).toInt();
    });
    return n;
}

/// Whether the library holds `articles` articles and every one is whole: its analysis, its
/// search vector (the server's column, or SQLite's FTS5 index) and its entity rows (the texts of
/// these tests name a person and a place).
inline void verifyWhole(const QString &location, int articles)
{
    QCOMPARE(countRows(location, QStringLiteral("SELECT count(*) FROM articles")), articles);
    QCOMPARE(countRows(location, QStringLiteral("SELECT count(*) FROM analysis_cache")), articles);
    // Every article is found by a word all these texts hold ("Harbour report N").
    QCOMPARE(
        countRows(location, LibraryLocation::isServer(location)
                                ? QStringLiteral("SELECT count(*) FROM articles "
                                                 "WHERE fts @@ to_tsquery('lector', 'harbour')")
                                : QStringLiteral("SELECT count(*) FROM articles_fts "
                                                 "WHERE articles_fts MATCH 'harbour'")),
        articles);
    QCOMPARE(countRows(location, QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                                "(SELECT 1 FROM entities e WHERE "
                                                "e.article_id = a.id)")),
             0);
}

} // namespace lector::test
