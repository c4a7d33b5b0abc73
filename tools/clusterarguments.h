// SPDX-License-Identifier: GPL-3.0-or-later
// The command line and the word form shared by the two word cluster tools
// (tools/brownclusters, tools/embeddingclusters). Header only: each tool includes it.
#pragma once

#include "lexicon/wordhash.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lector {

/// `[--NAME N]... [--source TEXT] --out FILE INPUT...`: integer options declared by the tool,
/// the output file, a source line for the output's header, and the inputs.
class ClusterArguments
{
public:
    /// Declares the option "--`name` N", which sets `*value` (left as it is when not given).
    void addInteger(QStringView name, int *value) { m_integers.append({name, value}); }

    /// Reads `args` (without the program name); false when an option is unknown or lacks its
    /// value, or when --out or an input is missing.
    bool parse(const QStringList &args)
    {
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &a = args[i];
            if (!a.startsWith(u"--")) {
                m_inputs.append(a);
                continue;
            }
            if (i + 1 == args.size())
                return false;
            const QString &value = args[++i];
            if (a == u"--out") {
                m_out = value;
            } else if (a == u"--source") {
                m_source = value;
            } else if (int *target = integer(QStringView(a).sliced(2))) {
                bool ok = false;
                *target = value.toInt(&ok);
                if (!ok)
                    return false;
            } else {
                return false;
            }
        }
        return !m_out.isEmpty() && !m_inputs.isEmpty();
    }

    QString out() const { return m_out; }
    QString source() const { return m_source; }
    QStringList inputs() const { return m_inputs; }

    /// A word as the cluster files hold it, as NerFeatures::hashLower() reads it: lower case,
    /// every digit as '0' (wordhash::lowerFolded(), the one definition of that fold).
    static QString folded(QStringView word)
    {
        QString out;
        out.reserve(word.size());
        for (QChar c : word)
            out.append(QChar(wordhash::lowerFolded(c)));
        return out;
    }

private:
    struct Integer
    {
        QStringView name;
        int *value;
    };
    int *integer(QStringView name) const
    {
        for (const Integer &option : m_integers) {
            if (option.name == name)
                return option.value;
        }
        return nullptr;
    }

    QList<Integer> m_integers;
    QString m_out;
    QString m_source;
    QStringList m_inputs;
};

} // namespace lector
