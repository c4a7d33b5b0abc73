#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/lexicon/dictwords.tsv: how an English dictionary writes its words.

    python3 tools/make_dictwords.py [--words /usr/share/dict/american-english]

The word list is Debian's wamerican package (SCOWL size 50, Kevin Atkinson; permissive licence,
see resources/README.md). A word listed in lower case ("customers", "bank") is an ordinary word;
one listed only capitalised ("Abuja", "Charlene") is a name. The entity recogniser's features
read this as a lower-case prior: a capitalised word at the start of a sentence or in a
title-case heading that the dictionary writes in lower case is rarely a name on its own.
Possessives ("bank's") and words of one letter are left out. Output is sorted and deterministic.
"""
import argparse
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'resources', 'lexicon', 'dictwords.tsv')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--words', default='/usr/share/dict/american-english')
    parser.add_argument('--out', default=OUT)
    args = parser.parse_args()
    lower, names = set(), set()
    with open(args.words, encoding='utf-8') as f:
        for line in f:
            word = line.strip()
            if len(word) < 2 or "'" in word or not all(c.isalpha() or c == '-' for c in word):
                continue
            (lower if word == word.lower() else names).add(word)
    # A name the dictionary also lists in lower case ("Graves", "graves") is written once, in
    # lower case, and once capitalised: the features see both.
    words = sorted(lower) + sorted(w for w in names if w[0].isupper())
    # One row per initial letter, the words separated by spaces: 75,000 rows would cost the
    # resource loader 150,000 allocations at every start; a few dozen long rows cost nothing.
    rows = {}
    for w in words:
        rows.setdefault(w[0].lower(), []).append(w)
    with open(args.out, 'w', encoding='utf-8', newline='\n') as out:
        out.write('# How an English dictionary writes its words: in lower case (an ordinary word)\n'
                  '# or capitalised (a name). Both forms when both are listed.\n'
                  '# Source: Debian wamerican (SCOWL, Kevin Atkinson), by tools/make_dictwords.py.\n'
                  '# columns: initial, words (separated by spaces)\n')
        for initial in sorted(rows):
            out.write(initial + '\t' + ' '.join(rows[initial]) + '\n')
    print('%d words (%d lower case, %d names)' % (len(words), len(lower), len(names)))


if __name__ == '__main__':
    main()
