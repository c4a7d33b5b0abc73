// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

namespace lector {

namespace {

const QString KindKeys[HighlightStyle::KindCount] = {
    QStringLiteral("person"), QStringLiteral("place"), QStringLiteral("organization"),
    QStringLiteral("other"),  QStringLiteral("date"),  QStringLiteral("quote")};

// Positions are keyed by a hash of the absolute path: a path may hold '/' and other characters
// that QSettings treats as group separators.
QString positionKey(const QString &path)
{
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    return u"positions/"_qs +
           QString::fromLatin1(
               QCryptographicHash::hash(absolute, QCryptographicHash::Sha1).toHex());
}

} // namespace

QSettings ReadingSettings::store()
{
    return QSettings(QStringLiteral("Lector"), QStringLiteral("Lector"));
}

ReadingSettings ReadingSettings::load(const QSettings &s)
{
    ReadingSettings r;
    r.fontFamily = s.value(u"reading/fontFamily"_qs).toString();
    r.pointSize = std::clamp(s.value(u"reading/pointSize"_qs, DefaultPointSize).toInt(),
                             MinPointSize, MaxPointSize);
    r.theme = Theme(std::clamp(s.value(u"reading/theme"_qs, 0).toInt(), 0, 2));
    r.dateDefault = DateDefault(std::clamp(s.value(u"reading/dateDefault"_qs, 0).toInt(), 0, 2));
    r.libraryLocation = s.value(u"reading/libraryLocation"_qs).toString();
    r.restoreSession = s.value(u"reading/restoreSession"_qs, true).toBool();
    for (int k = 0; k < HighlightStyle::KindCount; ++k)
        r.shownKinds[k] = s.value(u"highlights/"_qs + KindKeys[k], true).toBool();
    return r;
}

void ReadingSettings::save(QSettings &s) const
{
    s.setValue(u"reading/fontFamily"_qs, fontFamily);
    s.setValue(u"reading/pointSize"_qs, pointSize);
    s.setValue(u"reading/theme"_qs, int(theme));
    s.setValue(u"reading/dateDefault"_qs, int(dateDefault));
    s.setValue(u"reading/libraryLocation"_qs, libraryLocation);
    s.setValue(u"reading/restoreSession"_qs, restoreSession);
    for (int k = 0; k < HighlightStyle::KindCount; ++k)
        s.setValue(u"highlights/"_qs + KindKeys[k], shownKinds[k]);
}

QStringList ReadingSettings::recentFiles(const QSettings &s)
{
    return s.value(u"recentFiles"_qs).toStringList();
}

void ReadingSettings::addRecentFile(QSettings &s, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles(s);
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    s.setValue(u"recentFiles"_qs, files);
}

int ReadingSettings::readingPosition(const QSettings &s, const QString &path)
{
    return std::max(0, s.value(positionKey(path), 0).toInt());
}

void ReadingSettings::setReadingPosition(QSettings &s, const QString &path, int position)
{
    s.setValue(positionKey(path), position);
}

} // namespace lector
