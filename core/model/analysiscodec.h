// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis.h"

#include <QByteArray>

#include <optional>

namespace lector {

/// A compact binary form of an Analysis, for the library's analysis cache: every field of every
/// annotation, written with QDataStream behind a magic number, a format version and a CRC-32 of
/// the payload.
///
/// Contract: decode(encode(a)) equals `a` field by field. decode() never crashes and never
/// allocates more than the input justifies: truncated, corrupt or foreign bytes, a newer format
/// version, or annotations whose indexes point outside their lists give nullopt. With a
/// `textLength` (>= 0) every span must also lie inside the text.
class AnalysisCodec
{
public:
    /// Bumped whenever the layout changes; older blobs then decode to nullopt (re-analysed).
    static constexpr quint16 FormatVersion = 5; // 5: visit status and sentences

    static QByteArray encode(const Analysis &analysis);
    static std::optional<Analysis> decode(const QByteArray &bytes, qsizetype textLength = -1);
    /// Whether every index and span of `analysis` is in range (spans only when textLength >= 0).
    static bool isConsistent(const Analysis &analysis, qsizetype textLength = -1);
};

} // namespace lector
