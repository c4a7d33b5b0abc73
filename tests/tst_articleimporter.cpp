// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/pipeline.h"
#include "lexicon/resources.h"
#include "library/articleimporter.h"
#include "library/articlelibrary.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestArticleImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importsFolderAndReportsSkips();
    void cancelKeepsWrittenBatches();
};

void TestArticleImporter::importsFolderAndReportsSkips()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_qs);
    writeFile(in + u"/a.txt"_qs, "The port reopened on Monday after a week of repairs.\n");
    writeFile(in + u"/sub/b.md"_qs, "# Trade talks\n\nNegotiators met again in the capital.\n");
    writeFile(in + u"/sub/copy.txt"_qs, "The port reopened on Monday after a week of repairs.\n");
    writeFile(in + u"/empty.txt"_qs, "");
    writeFile(in + u"/binary.txt"_qs, QByteArray("\x00\x01\x02\x03 binary", 11).repeated(50));
    writeFile(in + u"/notes.pdf"_qs, "ignored: not an article suffix");

    const QStringList files = ArticleImporter::collectFiles({in});
    QCOMPARE(files.size(), 5);

    ArticleLibrary library;
    QVERIFY(library.open(dir.filePath(u"lib.sqlite"_qs)));
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    ArticleImporter importer(library, pipeline);
    importer.setBatchSize(2);
    QList<int> progress;
    const ImportReport report = importer.run(files, [&](int done, int) {
        progress.append(done);
        return true;
    });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.added, 2);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(report.skipped.size(), 2);
    for (const ImportReport::Skipped &s : report.skipped)
        QVERIFY2(!s.reason.isEmpty(), qPrintable(s.path));
    QCOMPARE(progress, (QList<int>{2, 4, 5}));
    QCOMPARE(library.articleCount(), 2);
}

void TestArticleImporter::cancelKeepsWrittenBatches()
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 6; ++i) {
        const QString path = dir.filePath(QStringLiteral("in/%1.txt").arg(i));
        writeFile(path, QStringLiteral("Report number %1 about the harbour.\n").arg(i).toUtf8());
        files.append(path);
    }
    ArticleLibrary library;
    QVERIFY(library.open(dir.filePath(u"lib.sqlite"_qs)));
    const Pipeline pipeline = Pipeline::standard(*Resources::shared());
    ArticleImporter importer(library, pipeline);
    importer.setBatchSize(2);
    const ImportReport report = importer.run(files, [](int done, int) { return done < 4; });
    QVERIFY(report.cancelled);
    QCOMPARE(report.added, 4);
    QCOMPARE(library.articleCount(), 4);
}

QTEST_GUILESS_MAIN(TestArticleImporter)
#include "tst_articleimporter.moc"
