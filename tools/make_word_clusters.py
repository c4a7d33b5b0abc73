#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/lexicon/wordclusters.tsv: distributional word clusters from unlabeled text.

    python3 tools/make_word_clusters.py [--clusters 256] [--min-count 3] TEXT.jsonl|TEXT.txt...

Each word (lower-cased, digits folded to 0, as NerFeatures hashes it) that occurs at least
--min-count times is described by the words around it (positive pointwise mutual information
with the 3,000 most frequent words one position to the left and to the right), projected to
128 dimensions with a fixed random matrix, and grouped by k-means (fixed seed). Words of one
cluster are used alike ("Ryanair", "Lufthansa"; "Tuesday", "Friday"), which lets the entity
model carry what it learnt about one word to the others (Turian et al. 2010; Ratinov and Roth
2009 use Brown clusters to the same end). Inputs are eval JSONL files (the "text" field is
read, no annotation) or plain text. Deterministic; needs python3-numpy (Debian).
"""
import argparse
import json
import os
import re
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = re.compile(r"[^\W_]+(?:[-'.][^\W_]+)*|\S", re.UNICODE)


def fold(word):
    return re.sub(r'\d', '0', word.lower())


def texts(paths):
    for path in paths:
        with open(path, encoding='utf-8') as f:
            if path.endswith('.jsonl'):
                for line in f:
                    line = line.strip()
                    if line:
                        yield json.loads(line).get('text', '')
            else:
                yield f.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('inputs', nargs='+')
    parser.add_argument('--clusters', type=int, default=256)
    parser.add_argument('--min-count', type=int, default=3)
    parser.add_argument('--contexts', type=int, default=3000)
    parser.add_argument('--out', default=os.path.join(ROOT, 'resources', 'lexicon',
                                                      'wordclusters.tsv'))
    parser.add_argument('--source', default='', help='source and licence line for the header')
    args = parser.parse_args()

    sentences = []
    counts = {}
    for text in texts(args.inputs):
        for line in text.split('\n'):
            words = [fold(w) for w in TOKEN.findall(line)]
            if words:
                sentences.append(words)
                for w in words:
                    counts[w] = counts.get(w, 0) + 1
    vocab = sorted((w for w, c in counts.items() if c >= args.min_count and re.search(r'[^\W\d_]', w)),
                   key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    contexts = sorted(counts, key=lambda w: (-counts[w], w))[:args.contexts]
    cindex = {w: i for i, w in enumerate(contexts)}
    n, c = len(vocab), len(contexts)
    print('%d sentences, %d tokens, %d words clustered' % (
        len(sentences), sum(counts.values()), n), file=sys.stderr)

    # Co-occurrence counts: left contexts in the first c columns, right ones in the next c.
    m = np.zeros((n, 2 * c), dtype=np.float32)
    for words in sentences:
        for k, w in enumerate(words):
            i = index.get(w)
            if i is None:
                continue
            left = cindex.get(words[k - 1]) if k > 0 else None
            right = cindex.get(words[k + 1]) if k + 1 < len(words) else None
            if left is not None:
                m[i, left] += 1
            if right is not None:
                m[i, c + right] += 1
    total = m.sum()
    rows = m.sum(axis=1, keepdims=True) + 1e-9
    cols = m.sum(axis=0, keepdims=True) + 1e-9
    with np.errstate(divide='ignore'):
        pmi = np.log(m * total / (rows * cols))
    pmi[~np.isfinite(pmi)] = 0
    pmi = np.maximum(pmi, 0)
    rng = np.random.default_rng(14)
    projection = rng.standard_normal((2 * c, 128)).astype(np.float32) / np.sqrt(128)
    x = pmi @ projection
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9

    # k-means, seeded with the most frequent words' vectors spread over the vocabulary.
    k = min(args.clusters, n)
    centres = x[np.linspace(0, n - 1, k).astype(int)].copy()
    assign = np.zeros(n, dtype=int)
    for _ in range(20):
        assign = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                centre = members.mean(axis=0)
                centres[j] = centre / (np.linalg.norm(centre) + 1e-9)

    with open(args.out, 'w', encoding='utf-8') as f:
        f.write('# Distributional word clusters for the entity features, made by '
                'tools/make_word_clusters.py; do not edit by hand.\n')
        if args.source:
            f.write('# Source: %s\n' % args.source)
        f.write('# columns: word (lower case, digits as 0), cluster (1..%d)\n' % k)
        for w in sorted(vocab):
            if '\t' not in w:
                f.write('%s\t%d\n' % (w, assign[index[w]] + 1))
    print('wrote %s' % args.out, file=sys.stderr)


if __name__ == '__main__':
    main()
