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
/// another connection committed (PRAGMA data_version) and says only that. Lives on the thread
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
    /// Another connection changed an SQLite library (articles or corrections).
    void libraryChanged();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void poll();
    qint64 dataVersion() const;

    QString m_connection;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
};

} // namespace lector
