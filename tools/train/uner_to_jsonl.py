#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts a Universal NER file (.iob2: CoNLL-U-like lines "index word tag ...", "# newdoc"
comments between documents) to the eval JSONL format, as training text for lector-train.

    python3 tools/train/uner_to_jsonl.py NAME < FILE.iob2 > OUT.jsonl

Used for UNER_English-EWT (github.com/UniversalNER/UNER_English-EWT, CC BY-SA 4.0: Mayhew et
al., "Universal NER: A Gold-Standard Multilingual Named Entity Recognition Benchmark", NAACL
2024), the English Web Treebank's web text (questions and answers, reviews, e-mails,
newsgroups, weblogs) with PER, LOC and ORG marked by hand. Its writers often leave names in
lower case ("tampa bay"): as for the Broad Twitter Corpus, only names that open with a
capital are kept (conll_to_jsonl.names_only), since Lector tags names as written in prose.
"""
import argparse
import json
import sys

from conll_to_jsonl import convert, names_only


def documents(lines):
    doc, sent = [], []
    for line in lines:
        line = line.rstrip('\n')
        if line.startswith('# newdoc'):
            if sent:
                doc.append(sent)
            if doc:
                yield doc
            doc, sent = [], []
            continue
        if line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) < 3:
            if sent:
                doc.append(sent)
            sent = []
            continue
        if '-' in parts[0] or '.' in parts[0]:
            continue  # multi-word token or empty node lines
        sent.append((parts[1], parts[2]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('name', help="prefix of the documents' ids")
    a = ap.parse_args()
    for n, doc in enumerate(documents(sys.stdin)):
        print(json.dumps(names_only(convert(a.name, n, doc)), ensure_ascii=False))


if __name__ == '__main__':
    main()
