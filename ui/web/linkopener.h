// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"

#include <QObject>
#include <QUrl>

#include <optional>

class QMimeData;
class QWidget;

namespace lector {

class PageFetcher;
struct FetchResult;

/// File > Open Link, a dropped or pasted address: fetches the one page the user asked for
/// (PageFetcher, in the background on the GUI thread's event loop, so the window never freezes)
/// and reads its article. progress() feeds the status bar; cancel() (Esc) stops it.
class LinkOpener : public QObject
{
    Q_OBJECT
public:
    explicit LinkOpener(QObject *parent = nullptr);

    /// The web address in dropped or pasted data: one http(s) URL as text or as a link; none
    /// for anything else (files, text that is not an address).
    static std::optional<QUrl> webAddress(const QMimeData *mime);
    /// Asks the user for an address, offering the one on the clipboard; nullopt on Cancel.
    static std::optional<QUrl> askForAddress(QWidget *parent);

    /// Fetches `url` (typed or dropped by the user: local addresses allowed), cancelling a
    /// fetch in flight.
    void open(const QUrl &url);
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    /// A line for the status bar ("Fetching example.org… 120 KB").
    void progress(const QString &message);
    void opened(const lector::Document &document);
    /// The fetch or the reading failed (or was cancelled): one sentence.
    void failed(const QString &message);

private:
    void onFinished(const FetchResult &result);

    PageFetcher *m_fetcher;
    QUrl m_url;
};

} // namespace lector
