// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarywatcher.h"

#include "library/articlelibrary.h"
#include "library/servererror.h"
#include "library/sqldialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lector {

namespace {

const QString Channel = QStringLiteral("lector_corrections");

} // namespace

LibraryWatcher::LibraryWatcher(const ArticleLibrary &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_connection(library.connectionName())
{
    if (!library.isOpen())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (SqlDialect::backend(db) == SqlBackend::PostgreSQL) {
        QSqlDriver *driver = db.driver();
        m_listening = driver->subscribeToNotification(Channel);
        connect(driver, &QSqlDriver::notification, this, &LibraryWatcher::onNotification);
        // A connection opened again (after a server restart, by a statement of the library or
        // by keepListening()) has lost its LISTEN: checked once a second.
        m_poll.setInterval(1000);
        connect(&m_poll, &QTimer::timeout, this, &LibraryWatcher::keepListening);
        m_poll.start();
        return;
    }
    m_dataVersion = dataVersion();
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &LibraryWatcher::poll);
    m_poll.start();
}

LibraryWatcher::~LibraryWatcher()
{
    if (m_listening && QSqlDatabase::contains(m_connection)) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(Channel);
    }
}

void LibraryWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &payload)
{
    if (name != Channel || source == QSqlDriver::SelfSource)
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString author = o.value(u"author").toString();
    const bool removed = o.value(u"action").toString() == u"delete";
    const QString who = author.isEmpty() ? QStringLiteral("Someone") : author;
    const QString text = o.value(u"text").toString();
    const QString summary = removed
                                ? QStringLiteral("%1 removed a correction of “%2”.").arg(who, text)
                                : QStringLiteral("%1 corrected “%2”.").arg(who, text);
    Q_EMIT correctionChanged(o.value(u"article").toInteger(), author, removed, summary);
}

qint64 LibraryWatcher::dataVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(u"PRAGMA data_version"_qs) && query.next() ? query.value(0).toLongLong() : -1;
}

void LibraryWatcher::poll()
{
    if (!QSqlDatabase::contains(m_connection)) {
        m_poll.stop();
        return;
    }
    const qint64 version = dataVersion();
    if (version >= 0 && m_dataVersion >= 0 && version != m_dataVersion)
        Q_EMIT libraryChanged();
    m_dataVersion = version;
}

// A team library: LISTEN again on a connection that was opened again, and notice a lost one
// while the window is idle (one SELECT 1 a second; when it fails the connection is reopened,
// then every 2, 4, ... up to 32 seconds while the server stays away, as each try blocks the
// window for up to the connect timeout). What was notified while away is not replayed:
// libraryChanged() asks the window to read the corrections again.
void LibraryWatcher::keepListening()
{
    if (!QSqlDatabase::contains(m_connection)) {
        m_poll.stop();
        return;
    }
    if (m_wait > 0) {
        --m_wait;
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool subscribed =
        db.isOpen() && db.driver()->subscribedToNotifications().contains(Channel);
    if (subscribed) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT 1"_qs) || !ServerError::isConnectionLost(query.lastError())) {
            m_failures = 0;
            return;
        }
    }
    // Opened again by the library (closing a connection ends its LISTEN), or lost: open it
    // again here.
    bool listening = !subscribed && db.isOpen() && db.driver()->subscribeToNotification(Channel);
    if (!listening && m_library.reconnect()) {
        db = QSqlDatabase::database(m_connection, false);
        listening = db.driver()->subscribeToNotification(Channel);
    }
    if (!listening) {
        m_wait = (1 << qMin(m_failures, 5)) - 1;
        ++m_failures;
        return;
    }
    m_listening = true;
    m_failures = 0;
    Q_EMIT libraryChanged(); // what was notified while away is not replayed
}

} // namespace lector
