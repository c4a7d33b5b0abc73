// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightstyle.h"

#include <QCoreApplication>

namespace lector {

namespace {

// Okabe & Ito (2008), "Color Universal Design": blue, bluish green, vermillion, reddish purple,
// orange, yellow.
constexpr QRgb Palette[HighlightStyle::KindCount] = {0x0072B2, 0x009E73, 0xD55E00,
                                                     0xCC79A7, 0xE69F00, 0xF0E442};

int indexOf(HighlightStyle::Kind kind)
{
    return int(kind);
}

} // namespace

HighlightStyle::HighlightStyle(bool dark)
    : m_dark(dark)
{}

HighlightStyle::Kind HighlightStyle::kindOf(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return Kind::Person;
    case EntityType::Place:
        return Kind::Place;
    case EntityType::Organization:
        return Kind::Organization;
    case EntityType::Other:
        break;
    }
    return Kind::Other;
}

QString HighlightStyle::label(Kind kind)
{
    switch (kind) {
    case Kind::Person:
        return QCoreApplication::translate("HighlightStyle", "Person");
    case Kind::Place:
        return QCoreApplication::translate("HighlightStyle", "Place");
    case Kind::Organization:
        return QCoreApplication::translate("HighlightStyle", "Organization");
    case Kind::Other:
        return QCoreApplication::translate("HighlightStyle", "Other");
    case Kind::Date:
        return QCoreApplication::translate("HighlightStyle", "Date");
    case Kind::Quote:
        break;
    }
    return QCoreApplication::translate("HighlightStyle", "Quotation");
}

QColor HighlightStyle::colour(Kind kind) const
{
    QColor c = QColor::fromRgb(Palette[indexOf(kind)]);
    // On a dark background the same hues read better a little lighter.
    return m_dark ? c.lighter(125) : c;
}

QTextCharFormat::UnderlineStyle HighlightStyle::underline(Kind kind) const
{
    switch (kind) {
    case Kind::Person:
        return QTextCharFormat::SingleUnderline;
    case Kind::Place:
        return QTextCharFormat::DashUnderline;
    case Kind::Organization:
        return QTextCharFormat::DotLine;
    case Kind::Other:
        return QTextCharFormat::WaveUnderline;
    case Kind::Date:
        return QTextCharFormat::DashDotLine;
    case Kind::Quote:
        break;
    }
    return QTextCharFormat::NoUnderline;
}

QTextCharFormat HighlightStyle::format(Kind kind) const
{
    QTextCharFormat f;
    QColor tint = colour(kind);
    if (kind == Kind::Quote) {
        tint.setAlpha(m_dark ? 60 : 90);
        f.setFontItalic(true);
        f.setBackground(tint);
        return f;
    }
    f.setUnderlineStyle(underline(kind));
    f.setUnderlineColor(colour(kind));
    tint.setAlpha(m_dark ? 70 : 45);
    f.setBackground(tint);
    return f;
}

QTextCharFormat HighlightStyle::dimmed() const
{
    QTextCharFormat f;
    f.setForeground(m_dark ? QColor(0x80, 0x80, 0x80) : QColor(0xA0, 0xA0, 0xA0));
    return f;
}

QTextCharFormat HighlightStyle::emphasised(Kind kind) const
{
    QTextCharFormat f = format(kind);
    QColor tint = colour(kind);
    tint.setAlpha(m_dark ? 150 : 120);
    f.setBackground(tint);
    f.setFontWeight(QFont::Bold);
    f.setForeground(m_dark ? QColor(Qt::white) : QColor(Qt::black));
    return f;
}

} // namespace lector
