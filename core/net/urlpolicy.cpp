// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/urlpolicy.h"

#include <QHostAddress>

#include <algorithm>

namespace lector {

bool UrlPolicy::isLocalAddress(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isSiteLocal() ||
        address.isUniqueLocalUnicast() || address.isMulticast() || address.isBroadcast() ||
        address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return true;
    bool isV4 = false;
    quint32 v4 = address.toIPv4Address(&isV4); // also for ::ffff:a.b.c.d
    if (!isV4 && address.protocol() == QAbstractSocket::IPv6Protocol) {
        // An IPv4 address wrapped in IPv6: NAT64 64:ff9b::a.b.c.d (last four bytes) and 6to4
        // 2002:a.b.c.d:: (bytes 2-5) reach that IPv4 host, so they are judged as it is.
        const Q_IPV6ADDR a = address.toIPv6Address();
        const auto be32 = [&a](int i) {
            return quint32(a[i]) << 24 | quint32(a[i + 1]) << 16 | quint32(a[i + 2]) << 8 |
                   a[i + 3];
        };
        static constexpr quint8 nat64[12] = {0, 0x64, 0xff, 0x9b};
        if (std::equal(nat64, nat64 + 12, a.c)) {
            v4 = be32(12);
            isV4 = true;
        } else if (a[0] == 0x20 && a[1] == 0x02) {
            v4 = be32(2);
            isV4 = true;
        }
    }
    if (!isV4)
        return false;
    const auto in = [v4](quint32 net, int bits) {
        return (v4 >> (32 - bits)) == (net >> (32 - bits));
    };
    return in(0x00000000, 8) || in(0x0A000000, 8) || in(0x7F000000, 8) || in(0xAC100000, 12) ||
           in(0xC0A80000, 16) || in(0xA9FE0000, 16) || in(0x64400000, 10) || in(0xE0000000, 3);
}

bool UrlPolicy::isWebAddress(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(u"http://", Qt::CaseInsensitive) ||
           t.startsWith(u"https://", Qt::CaseInsensitive);
}

bool UrlPolicy::isLocal(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return true;
    QHostAddress address;
    if (address.setAddress(host))
        return isLocalAddress(address);
    // Host names: this machine, mDNS and intranet names (no dot: resolved through the local
    // search domains), and the names reserved for private use.
    return host == u"localhost" || !host.contains(u'.') || host.endsWith(u".localhost") ||
           host.endsWith(u".local") || host.endsWith(u".internal") || host.endsWith(u".lan") ||
           host.endsWith(u".home.arpa");
}

QString UrlPolicy::check(const QUrl &url, bool allowLocal)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("\"%1\" is not a web address.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return QStringLiteral("Lector fetches only http and https addresses, not %1.")
            .arg(url.toDisplayString());
    if (!allowLocal && isLocal(url))
        return QStringLiteral("Lector does not fetch %1: it is a local address, and only an "
                              "address the user typed may be local.")
            .arg(url.toDisplayString());
    return {};
}

QString UrlPolicy::checkResolved(const QUrl &url, const QHostAddress &address, bool allowLocal,
                                 const std::function<bool(const QHostAddress &)> &isLocal)
{
    if (allowLocal || !(isLocal ? isLocal(address) : isLocalAddress(address)))
        return {};
    return QStringLiteral("Lector does not fetch %1: its name resolves to the local address %2, "
                          "and only an address the user typed may be local.")
        .arg(url.toDisplayString(), address.toString());
}

} // namespace lector
