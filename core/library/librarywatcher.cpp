// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarywatcher.h"

#include "library/articlelibrary.h"
#include "library/sqldialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace lector {

namespace {

const QString Channel = QStringLiteral("lector_corrections");

} // namespace

LibraryWatcher::LibraryWatcher(const ArticleLibrary &library, QObject *parent)
    : QObject(parent)
    , m_connection(library.connectionName())
{
    if (!library.isOpen())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (SqlDialect::backend(db) == SqlBackend::PostgreSQL) {
        QSqlDriver *driver = db.driver();
        m_listening = driver->subscribeToNotification(Channel);
        connect(driver, &QSqlDriver::notification, this, &LibraryWatcher::onNotification);
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

} // namespace lector
