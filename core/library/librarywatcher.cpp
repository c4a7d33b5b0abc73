// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarywatcher.h"

#include "library/articlelibrary.h"
#include "library/servererror.h"
#include "library/sqldialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <functional>
#include <mutex>
#include <utility>

namespace lector {

namespace {

// Listening threads a closed window left to finish a connection attempt (~LibraryWatcher).
// They are owned, and deleted, on the main thread; at exit, before Qt Sql's globals go, the
// application joins the ones still running (each ends within the connect timeout).
QList<QPointer<QThread>> &abandonedThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

void joinAbandonedThreads()
{
    const QList<QPointer<QThread>> threads = std::exchange(abandonedThreads(), {});
    for (const QPointer<QThread> &thread : threads) {
        if (thread && thread->wait(10000))
            delete thread.data();
    }
}

const QString Channel = QStringLiteral("lector_corrections");

// The LISTEN connection of a team library, on the watcher's thread: made there as a copy of
// the library's connection settings, checked once a second and opened again after a loss.
// It hands each notification's payload and each return of the connection to callbacks, which
// post them to the window's thread.
class Listener : public QObject
{
public:
    Listener(QString source, std::function<void(QString)> notified, std::function<void()> back)
        : m_source(std::move(source))
        , m_name(m_source + u"-listen"_qs)
        , m_notified(std::move(notified))
        , m_back(std::move(back))
    {}

    // On the thread: the first LISTEN, then the checks; `ready` is released after the first try.
    struct Start
    {
        QSemaphore ready;
        std::atomic<bool> listening = false;
    };

    void start(const std::shared_ptr<Start> &first)
    {
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(m_source, m_name);
            QString options = db.connectOptions();
            options.replace(u"connect_timeout=5"_qs, u"connect_timeout=3"_qs);
            db.setConnectOptions(options);
            connect(db.driver(), &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource,
                           const QVariant &payload) {
                        if (name == Channel)
                            m_notified(payload.toString());
                    });
        }
        first->listening = listen();
        first->ready.release();
        m_timer = new QTimer(this);
        m_timer->setInterval(1000);
        connect(m_timer, &QTimer::timeout, this, &Listener::check);
        m_timer->start();
    }

    // On the thread, as it ends.
    void finish()
    {
        if (m_timer)
            m_timer->stop();
        if (QSqlDatabase::contains(m_name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                if (db.isOpen())
                    db.driver()->unsubscribeFromNotification(Channel);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }

private:
    bool listen()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.isOpen() && !db.open())
            return false;
        return db.driver()->subscribedToNotifications().contains(Channel) ||
               db.driver()->subscribeToNotification(Channel);
    }

    // A lost connection (the server restarted or went away) is opened again; what was notified
    // meanwhile is not replayed: the window reads the corrections again (m_back).
    void check()
    {
        if (m_wait > 0) {
            --m_wait;
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen() && db.driver()->subscribedToNotifications().contains(Channel)) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT 1"_qs) || !ServerError::isConnectionLost(query.lastError())) {
                m_failures = 0;
                return;
            }
        }
        db.close();
        if (!listen()) {
            m_wait = (1 << qMin(m_failures, 5)) - 1;
            ++m_failures;
            return;
        }
        m_failures = 0;
        m_back();
    }

    QString m_source;
    QString m_name;
    std::function<void(QString)> m_notified;
    std::function<void()> m_back;
    QTimer *m_timer = nullptr;
    int m_failures = 0; ///< reconnections that failed in a row
    int m_wait = 0;     ///< checks to skip before the next try
};

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
        // The listener may outlive this watcher (the destructor does not wait for a connection
        // attempt under way): it posts to the watcher only while the watcher lives.
        auto alive = m_alive;
        auto *listener = new Listener(
            m_connection,
            [this, alive](const QString &payload) {
                const std::lock_guard lock(alive->mutex);
                if (alive->yes)
                    QMetaObject::invokeMethod(
                        this, [this, payload] { onPayload(payload); }, Qt::QueuedConnection);
            },
            [this, alive] {
                const std::lock_guard lock(alive->mutex);
                if (!alive->yes)
                    return;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_listening = true;
                        reviveLibraryConnection();
                        Q_EMIT libraryChanged();
                    },
                    Qt::QueuedConnection);
            });
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"LibraryWatcher"_qs);
        listener->moveToThread(m_thread.get());
        // On the thread as it ends, whether the watcher waited for it or not.
        connect(
            m_thread.get(), &QThread::finished, listener,
            [listener] {
                listener->finish();
                delete listener;
            },
            Qt::DirectConnection);
        m_thread->start();
        // The library was just opened, so the first LISTEN takes milliseconds; waiting for it
        // means a correction made right after this constructor is heard.
        const auto first = std::make_shared<Listener::Start>();
        QMetaObject::invokeMethod(listener, [listener, first] { listener->start(first); });
        m_listening = first->ready.tryAcquire(1, 10000) && first->listening;
        return;
    }
    m_dataVersion = dataVersion();
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &LibraryWatcher::poll);
    m_poll.start();
}

LibraryWatcher::~LibraryWatcher()
{
    {
        const std::lock_guard lock(m_alive->mutex);
        m_alive->yes = false; // from now on the listener posts nothing to this object
    }
    if (!m_thread)
        return;
    m_thread->quit();
    if (m_thread->wait(100))
        return;
    // A connection attempt under way (a server that does not answer: up to the 3 s connect
    // timeout). The window does not wait for it: the thread ends when the attempt returns,
    // closes its connection, deletes its listener and then (on this thread's event loop) itself.
    QThread *thread = m_thread.release();
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished()) { // finished meanwhile, maybe before the connection above
        delete thread;
        return;
    }
    static const bool joinAtExit = [] {
        qAddPostRoutine(joinAbandonedThreads);
        return true;
    }();
    Q_UNUSED(joinAtExit);
    abandonedThreads().append(thread);
}

void LibraryWatcher::onPayload(const QString &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    // This library's own commits (schema 7 names the sending server process).
    const qint64 pid = o.value(u"pid").toInteger();
    if (pid != 0 && pid == m_library.serverProcessId())
        return;
    const QString author = o.value(u"author").toString();
    const bool removed = o.value(u"action").toString() == u"delete";
    const QString who = author.isEmpty() ? QStringLiteral("Someone") : author;
    const QString text = o.value(u"text").toString();
    const QString summary = removed
                                ? QStringLiteral("%1 removed a correction of “%2”.").arg(who, text)
                                : QStringLiteral("%1 corrected “%2”.").arg(who, text);
    Q_EMIT correctionChanged(o.value(u"article").toInteger(), author, removed, summary);
}

// The server is back (the watcher's thread just connected): the library's own connection, lost
// too when the server restarted, is opened again now, while the window reads the corrections
// again, rather than failing that read. A healthy connection is left alone; the server having
// just answered, neither step waits for the connect timeout.
void LibraryWatcher::reviveLibraryConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen()) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT 1"_qs) || !ServerError::isConnectionLost(query.lastError()))
            return;
    }
    m_library.reconnect();
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
