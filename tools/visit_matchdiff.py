#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts only: which gold visits two runs match, and how many of those have a consistent date.

usage: tools/visit_matchdiff.py GOLD A.jsonl B.jsonl   (SHARED=../shared by default)

Made to compare two runs on the held-out odd lines of visits-train (tools/visit_cv.sh) without
reading them: does a change of the date figure come from other visits being matched, or from
the same visits dated otherwise?
Prints no text, no name, no id: only counts over the gold visits with a date (score_visits.py's
matching: pairs merged by (visitor, place), required visits first, each pair used once)."""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.environ.get('SHARED') or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared'), 'eval', 'visits'))
from score_visits import words, prefix_consistent, OPTIONAL


def pairs_of(pred):
    """The predicted rows merged by (visitor, place), as score_visits.py merges them, with the
    visitor's words and the place's forms of each pair."""
    pairs = collections.OrderedDict()
    for v in pred:
        key = ((v.get('visitor') or '').lower(), (v.get('place') or '').lower())
        p = pairs.setdefault(key, {'rows': [], 'vw': set(), 'pf': set()})
        p['rows'].append(v)
        for f in [v.get('visitor')] + list(v.get('visitor_forms') or []):
            p['vw'] |= words(f)
        p['pf'] |= {f.lower() for f in [v.get('place')] + list(v.get('place_forms') or []) if f}
    return pairs


def matches(gold, pairs):
    """(gold visit index, gold visit, predicted rows) for every gold visit score_visits.py
    matches: required visits first, each predicted pair used once."""
    order = [i for i, x in enumerate(gold['visits']) if x['status'] not in OPTIONAL] + \
            [i for i, x in enumerate(gold['visits']) if x['status'] in OPTIONAL]
    used = set()
    for i in order:
        gv = gold['visits'][i]
        gw, gp = words(gv['visitor']), {p.lower() for p in gv['places']}
        hit = next((k for k, p in pairs.items() if k not in used and p['vw'] & gw and p['pf'] & gp), None)
        if hit is not None:
            used.add(hit)
            yield i, gv, pairs[hit]['rows']


def outcome(gold, pred):
    """{gold visit index: consistent (bool)} for the matched required gold visits with a date."""
    out = {}
    for i, gv, rows in matches(gold, pairs_of(pred)):
        if gv['status'] in OPTIONAL or not gv.get('date'):
            continue
        out[i] = (any(prefix_consistent(gv['date'], r.get('date')) for r in rows),
                  sorted(r.get('start', -1) for r in rows))
    return out


def load(path):
    return {d['id']: d for d in map(json.loads, open(path)) if d}


def main():
    gold = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
    a, b = load(sys.argv[2]), load(sys.argv[3])
    c = collections.Counter()
    for g in gold:
        da, db = a.get(g['id'], {}), b.get(g['id'], {})
        oa, ob = outcome(g, da.get('visits') or []), outcome(g, db.get('visits') or [])
        for i in set(oa) | set(ob):
            if i in oa and i in ob:
                c['both'] += 1; c['both_okA'] += oa[i][0]; c['both_okB'] += ob[i][0]
                if oa[i][0] != ob[i][0]:
                    c['changed'] += 1
                    c['changed_evidence'] += oa[i][1] != ob[i][1]
                    c['changed_entities'] += da.get('entities') != db.get('entities')
            elif i in oa:
                c['onlyA'] += 1; c['onlyA_ok'] += oa[i][0]
            else:
                c['onlyB'] += 1; c['onlyB_ok'] += ob[i][0]
    nA, nB = c['both'] + c['onlyA'], c['both'] + c['onlyB']
    okA, okB = c['both_okA'] + c['onlyA_ok'], c['both_okB'] + c['onlyB_ok']
    print('dated matched: A %d (consistent %d, %.3f)  B %d (consistent %d, %.3f)' % (
        nA, okA, okA / nA if nA else 0, nB, okB, okB / nB if nB else 0))
    print('matched in both %d: consistent A %d, B %d' % (c['both'], c['both_okA'], c['both_okB']))
    print('  consistency differs on %d of them: evidence rows differ on %d, document entities differ on %d'
          % (c['changed'], c['changed_evidence'], c['changed_entities']))
    print('matched in A only %d: consistent %d;  in B only %d: consistent %d' % (
        c['onlyA'], c['onlyA_ok'], c['onlyB'], c['onlyB_ok']))


if __name__ == '__main__':
    main()
