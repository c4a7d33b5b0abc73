// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ArticleReader::readBytes on arbitrary bytes. The first byte chooses the
// format (plain text, Markdown, HTML, or Auto with a file name that says nothing), the rest is
// the file. Reading must return a Document or a message, never crash, hang or leak.
#include "io/articlereader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace lector;

namespace {

struct Choice
{
    ArticleReader::Format format;
    const char *name;
};

// Auto with a ".html.gz" name also drives the gzip path when the bytes start with its magic.
constexpr Choice choices[] = {
    {ArticleReader::Format::PlainText, "fuzz.txt"}, {ArticleReader::Format::Markdown, "fuzz.md"},
    {ArticleReader::Format::Html, "fuzz.html"},     {ArticleReader::Format::Auto, "fuzz"},
    {ArticleReader::Format::Auto, "fuzz.html.gz"},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const Choice &choice = choices[data[0] % (sizeof(choices) / sizeof(choices[0]))];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // A small limit keeps inflated gzip bombs and oversized input on the refusal path.
    const ReadResult result =
        ArticleReader::readBytes(bytes, QLatin1String(choice.name), choice.format, 4 * 1024 * 1024);
    if (result.isOk()) {
        // Headings are spans of the text: they must lie inside it.
        for (const Span &heading : result.document.headings) {
            if (heading.begin < 0 || heading.begin > heading.end ||
                heading.end > result.document.text.size())
                __builtin_trap();
        }
    }
    return 0;
}
