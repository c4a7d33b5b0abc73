#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The false visit pairs of a prediction, each with its evidence sentence, for a census by cause.

usage: tools/visit_falsepairs.py GOLD.jsonl PRED.jsonl [--news]   (SHARED=../shared by default)

A predicted (visitor, place) pair is false when score_visits.py's matching (tools/visit_matchdiff.py:
required gold visits first, each pair used once) leaves it unmatched. --news leaves out the GMB
documents (the "news" of tools/visit_cv.sh). Prints text: only for files whose errors may be read
(the XA halves, the even lines of visits-train); never for the odd lines, XB or dev.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from visit_matchdiff import pairs_of, matches


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 2:
        sys.exit(__doc__)
    news = '--news' in sys.argv
    gold = {d['id']: d for d in map(json.loads, open(args[0])) if d}
    n = 0
    for line in open(args[1]):
        p = json.loads(line)
        g = gold.get(p['id'])
        if g is None or (news and g.get('source') == 'gmb'):
            continue
        pairs = pairs_of(p.get('visits', []))
        used = {id(rows) for _, _, rows in matches(g, pairs)}
        for v in pairs.values():
            if id(v['rows']) in used:
                continue
            n += 1
            r = v['rows'][0]
            evidence = g['text'][r.get('start', 0):r.get('end', 0)].replace('\n', ' ')
            listed = '; '.join(f"{x['visitor']}@{'/'.join(x['places'])}" for x in g['visits'])
            print(f"## {n} {p['id']} | {r['visitor']} @ {r['place']} [{r.get('status')}] "
                  f"rows={len(v['rows'])}\n   EV: {evidence[:400]}\n   GOLD: {listed[:200]}")


if __name__ == '__main__':
    main()
