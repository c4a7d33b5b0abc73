// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <functional>

namespace lector {

/// Which addresses Lector may fetch. Only http and https; a local address (this machine, a
/// private or link-local network, a single-label or .local host name) only when the user typed
/// one: a page, a redirect or a feed found on the public web can never make Lector reach into
/// the user's machine or network. Stateless and thread-safe.
class UrlPolicy
{
public:
    /// Whether `text` is an http:// or https:// address (as typed on the command line or pasted).
    [[nodiscard]] static bool isWebAddress(const QString &text);
    /// Whether the address names this machine or a private network.
    [[nodiscard]] static bool isLocal(const QUrl &url);
    /// Whether the address is this machine, a private, shared or link-local network, multicast
    /// or unspecified.
    [[nodiscard]] static bool isLocalAddress(const QHostAddress &address);
    /// An empty string when Lector may fetch `url`, else a whole sentence saying why not.
    /// `allowLocal`: the user typed a local address, so local addresses are allowed.
    [[nodiscard]] static QString check(const QUrl &url, bool allowLocal);
    /// The same for the address `url`'s host name resolved to (DNS rebinding: a public name
    /// that resolves to a local address is refused unless allowLocal). `isLocal` replaces
    /// isLocalAddress() when given.
    [[nodiscard]] static QString
    checkResolved(const QUrl &url, const QHostAddress &address, bool allowLocal,
                  const std::function<bool(const QHostAddress &)> &isLocal = {});
};

} // namespace lector
