#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The false visit pairs of a prediction, classed against the document's gold (round 18).

usage: round18-falsepairs.py GOLD.jsonl PRED.jsonl > census.txt

PRED: `lector-trainvisits --predict-out` / `--cv-out` (or `lector analyze --jsonl`) output with
"visits" (visitor, visitor_forms, place, place_forms, start, end). A false pair is a predicted
(visitor, place) pair the scorer's matching (tools/visit_matchdiff.py) gives no gold visit. Each
is printed with its first row's evidence span and a class:
  A0 no gold visit in the document;   A  no gold visitor (the visitor's words match none);
  B  a gold visitor at a place gold gives none of their visits;
  B2 a gold visitor at another visitor's gold place;
  C  the same visitor and place as a gold visit (a second row, or a trip of another date).
Counts by class go to stderr. Read errors only on XA and the even lines of visits-train (never
the odd lines, XB or dev)."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'tools'))
sys.path.insert(0, os.path.join(os.environ.get('SHARED') or os.path.join(HERE, '..', '..', '..', 'shared'),
                                'eval', 'visits'))
from visit_matchdiff import pairs_of, matches  # noqa: E402
from score_visits import words  # noqa: E402


def main():
    gold = {d['id']: d for d in map(json.loads, open(sys.argv[1]))}
    counts = collections.Counter()
    for line in open(sys.argv[2]):
        p = json.loads(line)
        if p['id'] not in gold:
            continue
        g = gold[p['id']]
        pairs = pairs_of(p['visits'])
        used = set()
        for _, _, rows in matches(g, pairs):
            used |= {k for k, q in pairs.items() if q['rows'] is rows}
        for k, q in pairs.items():
            if k in used:
                continue
            gvis = [gv for gv in g['visits'] if q['vw'] & words(gv['visitor'])]
            if not g['visits']:
                c = 'A0 no gold visit in the document'
            elif not gvis:
                c = 'A  no gold visitor'
            else:
                mine = {x.lower() for gv in gvis for x in gv['places']}
                every = {x.lower() for gv in g['visits'] for x in gv['places']}
                if q['pf'] & mine:
                    c = 'C  the same visitor and place as a gold visit'
                elif q['pf'] & every:
                    c = "B2 a gold visitor at another visitor's place"
                else:
                    c = 'B  a gold visitor at a place gold does not give them'
            counts[c] += 1
            r = q['rows'][0]
            evidence = g['text'][r['start']:r['end']].replace('\n', ' ')
            print(f"{c[:2]}\t{p['id']}\t{k[0]} -> {k[1]}\t{r.get('status')}\n\tEV: {evidence[:400]}")
            if gvis:
                print('\tGOLD:', '; '.join(f"{gv['visitor']}->{gv['places']}" for gv in gvis)[:300])
    for c, n in sorted(counts.items()):
        print(n, c, file=sys.stderr)
    print(sum(counts.values()), 'false pairs', file=sys.stderr)


if __name__ == '__main__':
    main()
