// SPDX-License-Identifier: GPL-3.0-or-later
// AnalysisCache's row writers take a connection and an ArticleWriter apart (review 15 of round
// 9): a writer of another connection would write the rows outside the caller's transaction, into
// another library. Such a pair is refused with a sentence before anything is written. On SQLite
// and on the tests' PostgreSQL server (pgtestserver.h).
#include "data/library/corrections.h"
#include "data/library/personanalysis.h"
#include "data/library/pgtestserver.h"
#include "library/analysiscache.h"
#include "library/articlelibrary.h"
#include "library/articlewriter.h"
#include "library/correctedrows.h"
#include "library/correctionstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lector;

namespace {

const QString Text = u"Nadia Ferreira opened the harbour of Valmont on Tuesday."_qs;
const QString Name = u"Nadia Ferreira"_qs;

// The number of entity rows of `library` (the library's own connection).
int entityRows(const ArticleLibrary &library)
{
    QSqlQuery q(QSqlDatabase::database(library.connectionName(), false));
    return q.exec(u"SELECT count(*) FROM entities"_qs) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestAnalysisCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { PgTestServer::addBackendRows(); }
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void writerOfAnotherConnectionIsRefused_data();
    void writerOfAnotherConnectionIsRefused();

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;
};

void TestAnalysisCache::writerOfAnotherConnectionIsRefused_data()
{
    QTest::addColumn<QString>("call");
    QTest::newRow("AnalysisCache::writeRows") << u"writeRows"_qs;
    QTest::newRow("AnalysisCache::writeCorrectedRows") << u"writeCorrectedRows"_qs;
    QTest::newRow("CorrectedRows::write") << u"CorrectedRows::write"_qs;
}

void TestAnalysisCache::writerOfAnotherConnectionIsRefused()
{
    QFETCH_GLOBAL(QString, backend);
    QFETCH(QString, call);
    ArticleLibrary library, other;
    for (ArticleLibrary *l : {&library, &other}) {
        const QString location =
            PgTestServer::location(backend, m_dir, u"lib%1.sqlite"_qs.arg(++m_libraries));
        if (location.isEmpty())
            QSKIP(qPrintable(PgTestServer::instance().why()));
        QVERIFY2(l->open(location), qPrintable(l->lastError()));
    }
    // An article with a correction of its own, so that every call reaches the writer.
    const Document document = test::makeDocument(Text, u"Harbour"_qs);
    const Analysis analysis = test::personAnalysis(Name);
    const std::optional<qint64> id = library.addArticle(document, analysis);
    QVERIFY2(id, qPrintable(library.lastError()));
    const Correction correction = test::makeCorrection(
        CorrectionKind::ChangeType, CorrectionScope::Article, Text, Name, EntityType::Organization);
    CorrectionStore store(library);
    QVERIFY2(store.add(*id, correction), qPrintable(store.lastError()));
    QCOMPARE(entityRows(library), 1);

    const QString connection = library.connectionName();
    const auto run = [&](ArticleWriter &writer, QString *error) {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (!db.transaction())
            return false;
        bool ok = false;
        if (call == u"writeRows")
            ok =
                AnalysisCache::writeRows(connection, *id, document, analysis, true, error, &writer);
        else if (call == u"writeCorrectedRows")
            ok = AnalysisCache::writeCorrectedRows(connection, *id, document, analysis, error,
                                                   &writer);
        else
            ok = CorrectedRows::write(connection, *id, document, analysis, {correction}, error,
                                      &writer);
        db.rollback();
        return ok;
    };
    ArticleWriter wrong(other.connectionName());
    QString error;
    QVERIFY(!run(wrong, &error));
    QVERIFY2(error.contains(u"article writer of the connection"), qPrintable(error));
    QCOMPARE(entityRows(other), 0);
    QCOMPARE(entityRows(library), 1);
    // The library's own writer is accepted.
    ArticleWriter own(connection);
    error.clear();
    QVERIFY2(run(own, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAnalysisCache)
#include "tst_analysiscache.moc"
