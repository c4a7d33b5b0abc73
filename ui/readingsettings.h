// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstyle.h"

#include <QSettings>
#include <QString>
#include <QStringList>

namespace lector {

/// The reader's preferences as one value: read from and written to QSettings in one place so that
/// the window, the preferences dialog and the tests agree on keys and defaults.
/// Contract: load() of what save() wrote gives an equal value; missing keys give the defaults.
struct ReadingSettings
{
    enum class Theme { System, Light, Dark };
    /// What the publication-date field holds when an article names no date.
    enum class DateDefault { Unknown, FileDate, Today };

    static constexpr int DefaultPointSize = 12;
    static constexpr int MinPointSize = 7;
    static constexpr int MaxPointSize = 40;
    static constexpr int MaxRecentFiles = 10;

    QString fontFamily; ///< empty: the system's font
    int pointSize = DefaultPointSize;
    Theme theme = Theme::System;
    DateDefault dateDefault = DateDefault::Unknown;
    QString libraryLocation; ///< empty: the standard application data folder
    bool restoreSession = true;
    /// One flag per HighlightStyle::Kind: false leaves that kind unpainted.
    bool shownKinds[HighlightStyle::KindCount] = {true, true, true, true, true, true};

    bool isShown(HighlightStyle::Kind kind) const { return shownKinds[int(kind)]; }
    void setShown(HighlightStyle::Kind kind, bool shown) { shownKinds[int(kind)] = shown; }

    static ReadingSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// The application's settings store (organisation and application "Lector").
    static QSettings store();

    /// Most recent first, at most MaxRecentFiles, no duplicates.
    static QStringList recentFiles(const QSettings &settings);
    static void addRecentFile(QSettings &settings, const QString &path);
    /// The reading position (a character offset) last seen in the article at `path`, or 0.
    static int readingPosition(const QSettings &settings, const QString &path);
    static void setReadingPosition(QSettings &settings, const QString &path, int position);

    friend bool operator==(const ReadingSettings &, const ReadingSettings &) = default;
};

} // namespace lector
