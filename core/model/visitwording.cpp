// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/visitwording.h"

#include "model/analysis.h"

#include <QCoreApplication>
#include <QDate>

namespace lector {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VisitWording", text);
}

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(tr(n == 1 ? one : many));
}

} // namespace

QString VisitWording::date(const QString &value, DatePrecision precision, const QLocale &locale)
{
    if (value.isEmpty())
        return tr("undated");
    if (value == u"PRESENT_REF")
        return tr("now");
    if (value == u"PAST_REF")
        return tr("in the past");
    if (value == u"FUTURE_REF")
        return tr("in the future");
    const QStringView v(value);
    const QList<QStringView> parts = v.left(v.indexOf(u'T')).split(u'-');
    bool ok = false;
    const int year = parts.value(0).toInt(&ok);
    if (!ok) {
        // "XXXX-08": a month of an unknown year.
        const int month = parts.value(1).toInt(&ok);
        if (parts.value(0) == u"XXXX" && ok && month >= 1 && month <= 12)
            return locale.standaloneMonthName(month);
        return tr("undated");
    }
    const qsizetype digits = parts.value(0).size();
    if (digits == 3)
        return tr("the %1s").arg(year * 10);
    if (digits == 2)
        return tr("the %1s").arg(year * 100);
    if (parts.size() == 1)
        return QString::number(year);
    const QStringView second = parts[1];
    if (second.startsWith(u'W'))
        return tr("week %1 of %2").arg(second.mid(1).toInt()).arg(year);
    if (second.startsWith(u'Q'))
        return tr("Q%1 %2").arg(second.mid(1).toInt()).arg(year);
    static const QStringView seasons[] = {u"SP", u"SU", u"FA", u"WI"};
    static const char *seasonNames[] = {"spring %1", "summer %1", "autumn %1", "winter %1"};
    for (int i = 0; i < 4; ++i)
        if (second == seasons[i])
            return tr(seasonNames[i]).arg(year);
    const int month = second.toInt(&ok);
    if (!ok || month < 1 || month > 12)
        return value;
    const bool dayKnown = parts.size() >= 3 && precision != DatePrecision::Month;
    if (!dayKnown)
        return locale.toString(QDate(year, month, 1), u"MMMM yyyy"_qs);
    const QDate day(year, month, parts[2].toInt());
    if (!day.isValid())
        return locale.toString(QDate(year, month, 1), u"MMMM yyyy"_qs);
    QString out = locale.toString(day, u"ddd d MMM yyyy"_qs);
    const qsizetype t = value.indexOf(u'T');
    if (t > 0 && value.size() >= t + 6 && value.at(t + 1).isDigit())
        out += u", "_qs + value.mid(t + 1, 5);
    return out;
}

QString VisitWording::duration(const QString &value)
{
    if (value.size() < 3 || !value.startsWith(u'P'))
        return {};
    const bool time = value.at(1) == u'T';
    const QStringView number = QStringView(value).mid(time ? 2 : 1).chopped(1);
    const QChar unit = value.back();
    bool ok = false;
    const int n = number.toInt(&ok);
    if (!ok) {
        if (number != u"X")
            return {};
        switch (unit.unicode()) {
        case u'D':
            return time ? QString() : tr("some days");
        case u'W':
            return tr("some weeks");
        case u'M':
            return time ? tr("some minutes") : tr("some months");
        case u'Y':
            return tr("some years");
        case u'H':
            return tr("some hours");
        default:
            return {};
        }
    }
    switch (unit.unicode()) {
    case u'D':
        return plural(n, "day", "days");
    case u'W':
        return plural(n, "week", "weeks");
    case u'M':
        return time ? plural(n, "minute", "minutes") : plural(n, "month", "months");
    case u'Y':
        return plural(n, "year", "years");
    case u'H':
        return plural(n, "hour", "hours");
    default:
        return {};
    }
}

QString VisitWording::status(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Past:
        return tr("past");
    case VisitStatus::Ongoing:
        return tr("ongoing");
    case VisitStatus::Planned:
        return tr("planned");
    case VisitStatus::Cancelled:
        return tr("cancelled");
    case VisitStatus::Hypothetical:
        break;
    }
    return tr("hypothetical");
}

} // namespace lector
