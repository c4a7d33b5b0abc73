#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the documents of a training file that share a run of N words (8 by default) with any
document of the evaluation files, so that added training text never holds text the
evaluation scores (docs/quality.md, Entities: every corpus added since round 11 is checked).

    python3 tools/train/overlap_check.py TRAIN.jsonl [--n 8] [--against FILE ...]

By default TRAIN is checked against GUM train and dev (news and other), CoNLL-2003 dev and
the visit files (train and dev) of ../shared/eval. Words are compared in lower case without
punctuation. Prints, per overlapping training document, its id and the number of shared
runs, never the text of the evaluation file; the last line gives the totals.
"""
import argparse
import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared',
                    'eval')
DEFAULT = ['data/gum-news-train.jsonl', 'data/gum-other-train.jsonl', 'data/gum-news-dev.jsonl',
           'data/gum-other-dev.jsonl', 'data/conll2003-dev.jsonl',
           'visits/visits-train.jsonl', 'visits/visits-dev.jsonl']


def words(text):
    return re.findall(r"\w+", text.lower())


def grams(text, n):
    w = words(text)
    return {hash(tuple(w[i:i + n])) for i in range(len(w) - n + 1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('train')
    ap.add_argument('--n', type=int, default=8)
    ap.add_argument('--against', nargs='*', default=[os.path.join(ROOT, f) for f in DEFAULT])
    a = ap.parse_args()
    seen = set()
    for path in a.against:
        for line in open(path, encoding='utf-8'):
            if line.strip():
                seen |= grams(json.loads(line).get('text', ''), a.n)
    docs = hits = 0
    for line in open(a.train, encoding='utf-8'):
        if not line.strip():
            continue
        d = json.loads(line)
        docs += 1
        shared = len(grams(d['text'], a.n) & seen)
        if shared:
            hits += 1
            print('%s\t%d' % (d.get('id', '?'), shared))
    print('%d of %d documents share a run of %d words with the evaluation files' % (hits, docs,
                                                                                    a.n))


if __name__ == '__main__':
    main()
