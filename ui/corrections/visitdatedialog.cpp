// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitdatedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace lector {

namespace {

// TIMEX3 dates as the tagger writes them: "2024-05-03", "2024-05", "2024".
QDate parseValue(const QString &value)
{
    if (value.size() >= 10)
        return QDate::fromString(value.left(10), Qt::ISODate);
    if (value.size() == 7)
        return QDate::fromString(value + u"-01"_qs, Qt::ISODate);
    if (value.size() == 4)
        return QDate::fromString(value + u"-01-01"_qs, Qt::ISODate);
    return {};
}

} // namespace

VisitDateDialog::VisitDateDialog(const QString &value, DatePrecision precision,
                                 const QDate &fallback, QWidget *parent)
    : QDialog(parent)
    , m_precision(new QComboBox(this))
    , m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("visitDateDialog"));
    setWindowTitle(tr("Set Visit Date"));
    m_precision->setObjectName(QStringLiteral("visitDatePrecision"));
    m_precision->addItem(tr("Day"), int(DatePrecision::Day));
    m_precision->addItem(tr("Month"), int(DatePrecision::Month));
    m_precision->addItem(tr("Year"), int(DatePrecision::Year));
    m_precision->addItem(tr("Undated"), int(DatePrecision::None));
    m_date->setObjectName(QStringLiteral("visitDateEdit"));
    m_date->setCalendarPopup(true);
    const QDate date = parseValue(value);
    m_date->setDate(date.isValid() ? date : fallback.isValid() ? fallback : QDate::currentDate());
    // A week, a season or a time of day is kept to the nearest precision offered here.
    DatePrecision shown = precision;
    if (value.isEmpty() || !date.isValid())
        shown = DatePrecision::None;
    else if (precision > DatePrecision::Month)
        shown = DatePrecision::Day;
    else if (precision > DatePrecision::Year)
        shown = DatePrecision::Month;
    else
        shown = DatePrecision::Year;
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(int(shown))));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Known to the"), m_precision);
    form->addRow(tr("&Date"), m_date);
    form->addRow(buttons);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &VisitDateDialog::showPrecision);
    showPrecision();
}

DatePrecision VisitDateDialog::precision() const
{
    return DatePrecision(m_precision->currentData().toInt());
}

QString VisitDateDialog::value() const
{
    const QDate date = m_date->date();
    switch (precision()) {
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Month:
        return date.toString(u"yyyy-MM"_qs);
    case DatePrecision::Year:
        return date.toString(u"yyyy"_qs);
    default:
        return {};
    }
}

// The date field shows only what the precision keeps: "May 2024" for a month.
void VisitDateDialog::showPrecision()
{
    switch (precision()) {
    case DatePrecision::Day:
        m_date->setDisplayFormat(u"d MMMM yyyy"_qs);
        break;
    case DatePrecision::Month:
        m_date->setDisplayFormat(u"MMMM yyyy"_qs);
        break;
    default:
        m_date->setDisplayFormat(u"yyyy"_qs);
        break;
    }
    m_date->setEnabled(precision() != DatePrecision::None);
}

} // namespace lector
