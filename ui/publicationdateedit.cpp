// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationdateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace lector {

PublicationDateEdit::PublicationDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_known(new QCheckBox(tr("Published"), this))
    , m_edit(new QDateEdit(this))
{
    setObjectName(QStringLiteral("publicationDateEdit"));
    m_known->setObjectName(QStringLiteral("publicationDateKnown"));
    m_known->setToolTip(tr("Relative dates (\"last Tuesday\") resolve against this date; "
                           "clear it when the date is unknown."));
    m_edit->setObjectName(QStringLiteral("publicationDate"));
    m_edit->setAccessibleName(tr("Publication date"));
    m_edit->setAccessibleDescription(tr("Relative dates in the article resolve against it"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    // Editing the date re-runs the analysis: wait for the user to finish typing.
    m_edit->setKeyboardTracking(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit);
    connect(m_known, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_known, &QCheckBox::toggled, this, &PublicationDateEdit::onUserChange);
    connect(m_edit, &QDateEdit::dateChanged, this, &PublicationDateEdit::onUserChange);
}

QDate PublicationDateEdit::date() const
{
    return m_known->isChecked() ? m_edit->date() : QDate();
}

void PublicationDateEdit::setDate(const QDate &date)
{
    m_updating = true;
    m_known->setChecked(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
    m_updating = false;
}

void PublicationDateEdit::onUserChange()
{
    if (!m_updating)
        Q_EMIT dateEdited(date());
}

} // namespace lector
