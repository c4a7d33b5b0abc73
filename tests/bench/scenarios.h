// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lector {
class ArticleLibrary;
}

namespace lector::bench {

/// The end-to-end measurements of lector-bench, each printing Markdown table rows for
/// docs/performance.md and returning a process exit code (0, or 1 when the input is missing).
class Scenarios
{
public:
    /// Runs each analyser of the standard pipeline on FILE, repeated until about 5 M characters
    /// went through, and prints its thread-CPU throughput, the total and the peak RSS.
    static int steps(const QString &path);
    /// The cost growth of each analyser between about 100 KB and ten times as much of one
    /// repeated text (FILE's, else each of a few sentences of our own that exercise the name,
    /// quote, date and visit passes): best thread-CPU time of a few runs at each size and their
    /// ratio, 10 for a step linear in the text. Returns 2 when a step that takes 5 ms or more at
    /// the larger size grows more than 20 times (a pass quadratic in the text's names or
    /// quotes grows about 100 times), else 0.
    static int growth(const QString &path);
    /// Times Resources::shared(), the NER model and Pipeline::standard() in a fresh process.
    static int load();
    /// Imports every article under DIR into a temporary library (threads: 0 = all cores),
    /// then prints FTS search latency (median, p95 of 100 queries) and resident memory.
    /// `library`: where to import (a file path or a postgresql:// address of an empty
    /// database); empty for a temporary SQLite file. `writers`: a server's writer connections
    /// (0: ArticleImporter's default).
    static int import(const QString &dir, int threads, const QString &library = QString(),
                      int writers = 0);
    /// The search rows of import() alone, on a library imported before (a file or a
    /// postgresql:// address).
    static int search(const QString &library);
    /// The writer alone: reads, analyses and prepares the first `count` articles under DIR,
    /// then times only ArticleLibrary::addArticles() in import batches of 64 (thread CPU).
    static int write(const QString &dir, int count);

private:
    static void searchRows(const ArticleLibrary &library);
};

} // namespace lector::bench
