// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

namespace lector {

class ArticleLibrary;

/// Tells a window that the corrections of its library changed elsewhere, so they appear
/// without reopening. On a team library (PostgreSQL) it LISTENs to `lector_corrections`, which
/// a trigger of schema 6 notifies at each commit of a new or removed correction, with who and
/// what; the signal comes within milliseconds. On an SQLite file it looks once a second whether
/// another connection committed (PRAGMA data_version) and says only that. A team library's
/// connection that was lost and opened again (a restarted server) LISTENs again within about
/// a second of being back, and libraryChanged() then says that corrections may have been
/// missed meanwhile. Lives on the thread
/// that opened the library, which needs an event loop; the library must outlive it.
class LibraryWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LibraryWatcher(const ArticleLibrary &library, QObject *parent = nullptr);
    ~LibraryWatcher() override;
    /// Whether changes are being watched (the library is open).
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
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void poll();
    void keepListening();
    qint64 dataVersion() const;

    const ArticleLibrary &m_library;
    QString m_connection;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    int m_failures = 0; ///< reconnections that failed in a row (team library)
    int m_wait = 0;     ///< checks to skip before the next try
};

} // namespace lector
