// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole standard Pipeline, then the JSON export, on arbitrary text with a
// fixed publication date. The first byte chooses how the rest becomes text: UTF-8 (invalid
// sequences become U+FFFD) or raw UTF-16 (lone surrogates included). Every annotation's span
// must lie inside the text.
#include "analysis/pipeline.h"
#include "export/jsonexporter.h"
#include "lexicon/resources.h"

#include <QByteArray>
#include <QDate>
#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace lector;

namespace {

const Pipeline &pipeline()
{
    static const std::shared_ptr<const Resources> resources = Resources::shared();
    static const Pipeline standard = Pipeline::standard(*resources);
    return standard;
}

QString textOf(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    if (data[0] & 1)
        return QString::fromUtf8(bytes, length);
    return QString(reinterpret_cast<const QChar *>(bytes), length / 2);
}

void checkSpan(const Span &span, qsizetype length)
{
    if (span.begin < 0 || span.begin > span.end || span.end > length)
        __builtin_trap();
}

} // namespace

// Loads the resources and builds the pipeline before the first input, so that seconds of
// start-up are not reported as a slow input.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pipeline();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Document document;
    document.text = textOf(data, size);
    document.source = QStringLiteral("fuzz.txt");
    document.published = QDate(2023, 6, 15);
    document.publishedOrigin = DateOrigin::User;
    const Analysis analysis = pipeline().run(document);
    const qsizetype length = document.text.size();
    for (const Token &token : analysis.tokens)
        checkSpan(token.span, length);
    for (const Sentence &sentence : analysis.sentences)
        checkSpan(sentence.span, length);
    for (const Mention &mention : analysis.mentions)
        checkSpan(mention.span, length);
    for (const Quote &quote : analysis.quotes) {
        checkSpan(quote.span, length);
        checkSpan(quote.outer, length);
    }
    for (const TimeExpression &time : analysis.times)
        checkSpan(time.span, length);
    const QByteArray json =
        QJsonDocument(JsonExporter::analysis(document, analysis)).toJson(QJsonDocument::Compact);
    if (json.isEmpty())
        __builtin_trap();
    return 0;
}
