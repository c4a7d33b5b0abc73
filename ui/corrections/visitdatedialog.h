// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotations.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace lector {

/// Asks when a visit happened: a date known to the day, the month or the year, or "undated".
/// value() is the TIMEX3 form of the answer ("2024-05-03", "2024-05", "2024", or empty when
/// undated) and precision() its DatePrecision (Day, Month, Year or None).
class VisitDateDialog : public QDialog
{
    Q_OBJECT
public:
    /// Starts from the visit's `value` and `precision`; an undated visit starts on `fallback`.
    VisitDateDialog(const QString &value, DatePrecision precision, const QDate &fallback,
                    QWidget *parent = nullptr);

    QString value() const;
    DatePrecision precision() const;

private:
    void showPrecision();

    QComboBox *m_precision = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace lector
