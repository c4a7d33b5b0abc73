// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/writetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lector {

bool WriteTransaction::begin(const QSqlDatabase &db, QSqlError *error)
{
    if (!db.isOpen()) {
        if (error)
            *error = QSqlError(QStringLiteral("the library is not open"), QString(),
                               QSqlError::ConnectionError);
        return false;
    }
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

} // namespace lector
