// SPDX-License-Identifier: GPL-3.0-or-later
// A team library whose server asks for a password that ~/.pgpass does not hold, or refuses the
// one it holds: the window asks in a dialog, tries again after a refused one, and a Cancel
// leaves the reader working without the library, with a clear message. The password is never
// shown or kept anywhere but in memory.
#include "library/articlelibrary.h"
#include "librarypassworddialog.h"
#include "mainwindow.h"
#include "messagebar.h"

#include "data/library/pgtestserver.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace lector;

class TestLibraryPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { PgTestServer::instance().stop(); }
    void asked_data();
    void asked();
};

void TestLibraryPassword::asked_data()
{
    QTest::addColumn<QByteArray>("passFile"); // what ~/.pgpass holds; empty: no entry
    QTest::addColumn<QStringList>("answers"); // typed into each dialog; null: Cancel
    QTest::addColumn<bool>("opened");
    QTest::addColumn<QString>("firstSays"); // the first dialog's words
    const QString right = QString::fromLatin1(PgTestServer::password());
    const QString asks = u"asks for the password"_qs;
    const QString refused = u"refused the password"_qs;
    QTest::newRow("no entry, right password") << QByteArray() << QStringList{right} << true << asks;
    QTest::newRow("wrong entry, right password")
        << QByteArray("not-it") << QStringList{right} << true << refused;
    QTest::newRow("wrong, then right")
        << QByteArray() << QStringList{u"guess-1"_qs, right} << true << asks;
    QTest::newRow("cancel") << QByteArray() << QStringList{QString()} << false << asks;
    QTest::newRow("wrong, then cancel")
        << QByteArray() << QStringList{u"guess-1"_qs, QString()} << false << asks;
    QTest::newRow("wrong entry, then cancel")
        << QByteArray("not-it") << QStringList{QString()} << false << refused;
}

void TestLibraryPassword::asked()
{
    QFETCH(QByteArray, passFile);
    QFETCH(QStringList, answers);
    QFETCH(bool, opened);
    QFETCH(QString, firstSays);
    PgTestServer &server = PgTestServer::instance();
    const QString url = server.createDatabase();
    if (url.isEmpty())
        QSKIP(qPrintable(server.why()));
    server.writePassFile(passFile.isEmpty() ? QByteArray() : passFile);
    if (passFile.isEmpty()) // no line for this server at all
        qputenv("PGPASSFILE", QByteArray("/nonexistent/pgpass"));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList texts;
    QStringList dialogs; // each dialog's words
    int asked = 0;
    // Answers each password dialog as it opens (it runs its own event loop).
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&]() {
        auto *dialog = qobject_cast<LibraryPasswordDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QStringList words;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            words.append(label->text());
        texts += words;
        dialogs.append(words.join(u' '));
        auto *field = dialog->findChild<QLineEdit *>(u"password"_qs);
        QVERIFY(field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        const QString typed = answers.value(asked++);
        if (typed.isNull()) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(field, typed);
        dialog->accept();
    });
    answer.start();
    const bool ok = window.openLibrary(url);
    answer.stop();
    QCOMPARE(asked, int(answers.size()));
    QCOMPARE(ok, opened);
    QCOMPARE(window.library() != nullptr, opened);
    // The first dialog says whether ~/.pgpass had no password or a refused one; the second
    // says the first typed password was refused.
    QVERIFY2(dialogs.value(0).contains(firstSays), qPrintable(dialogs.value(0)));
    if (answers.size() > 1)
        QVERIFY2(dialogs.value(1).contains(u"refused the password"_qs),
                 qPrintable(dialogs.value(1)));
    auto *bar = window.findChild<MessageBar *>();
    QVERIFY(bar);
    if (opened) {
        QCOMPARE(window.library()->articleCount(), 0); // it reads the library
    } else {
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"no password was given"_qs), qPrintable(bar->text()));
    }
    for (const QString &typed : std::as_const(answers))
        if (!typed.isEmpty())
            QVERIFY(!bar->text().contains(typed) && !texts.join(u' ').contains(typed));
    server.writePassFile(PgTestServer::password());
}

QTEST_MAIN(TestLibraryPassword)
#include "tst_librarypassword.moc"
