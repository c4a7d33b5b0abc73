// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <mutex>

class QThread;

namespace lector {

class ArticleLibrary;

/// Tells a window that the corrections of its library changed elsewhere, so they appear
/// without reopening. On a team library (PostgreSQL) it LISTENs to `lector_corrections`, which
/// a trigger of schema 6 notifies at each commit of a new or removed correction, with who and
/// what; the signal comes within milliseconds. The LISTEN runs on a connection and a thread of
/// its own (a copy of the library's connection settings), which also notices a lost connection
/// (one SELECT 1 a second) and opens it again (every 1, 2, 4, ... up to 32 seconds while the
/// server stays away): connecting to a server that does not answer blocks that thread for up
/// to the connect timeout, never the window. When the connection is back, libraryChanged()
/// says that corrections may have been missed meanwhile, after opening the library's own
/// connection again if it was lost too (the server having just answered). On an SQLite file it
/// looks once a second whether another connection committed (PRAGMA data_version, on the calling
/// thread: a local file) and says only that. Lives on the thread that opened the library, which
/// needs an event loop; the library must outlive it.
class LibraryWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LibraryWatcher(const ArticleLibrary &library, QObject *parent = nullptr);
    /// Stops the listening thread without waiting for a connection attempt under way (a server
    /// that does not answer): such a thread ends by itself when the attempt times out, and
    /// tells this (deleted) watcher nothing. Returns within about 100 ms.
    ~LibraryWatcher() override;
    /// Whether changes are being watched (the library is open; a team library's LISTEN was
    /// set up, or is being set up again after a lost connection).
    bool isWatching() const { return m_listening || m_poll.isActive(); }

Q_SIGNALS:
    /// Another connection added (`removed` false) or removed a correction of `articleId` (0: a
    /// library-wide one); `author` made it; `summary` says so in words for the status bar
    /// ("ana corrected “Wagner”").
    void correctionChanged(qint64 articleId, const QString &author, bool removed,
                           const QString &summary);
    /// Another connection changed an SQLite library (articles or corrections), or a team
    /// library's connection came back (what changed while it was away is not known).
    void libraryChanged();

private:
    void onPayload(const QString &payload);
    void reviveLibraryConnection();
    void poll();
    qint64 dataVersion() const;

    const ArticleLibrary &m_library;
    QString m_connection;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    /// Whether this watcher still lives, for the listener's callbacks (which may outlive it).
    struct Alive
    {
        std::mutex mutex;
        bool yes = true;
    };
    std::shared_ptr<Alive> m_alive = std::make_shared<Alive>();
    std::unique_ptr<QThread> m_thread; ///< a team library's listening thread
};

} // namespace lector
