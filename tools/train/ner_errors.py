#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the entity recogniser loses, by class: a map of its errors on cross-validation output.

    python3 tools/train/ner_errors.py GOLD.jsonl PRED.jsonl [--genre] [--list CLASS] [--limit N]

Only for CV predictions of GUM *train* (or CoNLL-2003 train): never run it on a dev file, whose
errors are not to be read. Matching is the scorer's partial one (score.py: spans overlap, types
equal, one-to-one, largest overlap first) over PER, LOC, ORG. Every gold name that no prediction
matches falls into one class, as does every prediction that matches no gold name:

  gold side   missed-nested   no prediction overlaps it, and it lies inside another gold name
                              ("University of [Kent]": a flat tagger outputs one of the two)
              missed          no prediction overlaps it (one word / several / lower case)
              typed-X         a prediction of type X overlaps it (the type confusion)
              nested-lost     every prediction that overlaps it matched another gold name that
                              holds it ("[University of Kent]" matched, "Kent" lost)
              merged          the same, but the other gold name does not hold it
  pred side   typed-wrong     it overlaps a gold name of another type (counted on the gold side)
              split           it overlaps a gold name of its type that another prediction matched
              other-gold      it overlaps only a gold name of a type the scorer leaves out
                              (GUM's abstract, object, event, ...)
              spurious        no gold name of any type overlaps it

--genre prints the classes per GUM genre (the id's second part, GUM_<genre>_<name>);
--list CLASS prints the texts of one class with their context, to read (train CV output only).
"""
import argparse
import collections
import json

KEEP = {'person': 'PER', 'per': 'PER', 'place': 'LOC', 'loc': 'LOC', 'gpe': 'LOC',
        'geo': 'LOC', 'location': 'LOC', 'organization': 'ORG', 'org': 'ORG'}


def load(path):
    with open(path, encoding='utf-8') as f:
        return {d['id']: d for d in (json.loads(l) for l in f if l.strip())}


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(golds, preds):
    cands = sorted((-overlap(g, p), gi, pi) for gi, g in enumerate(golds)
                   for pi, p in enumerate(preds) if g[2] == p[2] and overlap(g, p) > 0)
    gm, pm = {}, {}
    for _, gi, pi in cands:
        if gi not in gm and pi not in pm:
            gm[gi], pm[pi] = pi, gi
    return gm, pm


def genre(doc_id):
    parts = doc_id.split('_')
    return parts[1] if len(parts) > 2 else doc_id


def shape(text):
    if not text[:1].isupper():
        return 'lower'
    return 'one word' if len(text.split()) == 1 else 'several'


def classify(gold, pred):
    """Yields (genre, side, class, gold type, pred type, text, context) per error and per hit."""
    for did, g in gold.items():
        text = g['text']
        ents = [(e['start'], e['end'], e['type'].lower()) for e in g.get('entities', [])]
        golds = sorted({(s, e, KEEP[t]) for s, e, t in ents if t in KEEP})
        others = [(s, e) for s, e, t in ents if t not in KEEP]
        preds = sorted({(e['start'], e['end'], KEEP.get(e['type'].lower(), 'MISC'))
                        for e in pred.get(did, {}).get('entities', [])
                        if KEEP.get(e['type'].lower())})
        gm, pm = match(golds, preds)
        gen = genre(did)

        def ctx(s, e):
            return (text[max(0, s - 40):s] + '[' + text[s:e] + ']' + text[e:e + 40]).replace('\n', ' ')
        for gi, gs in enumerate(golds):
            if gi in gm:
                yield gen, 'gold', 'hit', gs[2], gs[2], text[gs[0]:gs[1]], ''
                continue
            over = [p for p in preds if overlap(gs, p) > 0]
            if not over:
                nested = any(o != gs and o[0] <= gs[0] and gs[1] <= o[1] for o in golds)
                cls = 'missed-nested' if nested else 'missed (%s)' % shape(text[gs[0]:gs[1]])
                yield gen, 'gold', cls, gs[2], '-', text[gs[0]:gs[1]], ctx(gs[0], gs[1])
                continue
            free = [p for p in over if preds.index(p) not in pm]
            if not free:
                nested = any(o != gs and o[0] <= gs[0] and gs[1] <= o[1] for o in golds)
                cls = 'nested-lost' if nested else 'merged'
                yield gen, 'gold', cls, gs[2], over[0][2], text[gs[0]:gs[1]], ctx(gs[0], gs[1])
                continue
            other = [p for p in free if p[2] != gs[2]]
            cls = 'typed-' + other[0][2] if other else 'merged'
            yield gen, 'gold', cls, gs[2], other[0][2] if other else gs[2], \
                text[gs[0]:gs[1]], ctx(gs[0], gs[1])
        for pi, ps in enumerate(preds):
            if pi in pm:
                continue
            over = [gs for gs in golds if overlap(gs, ps) > 0]
            if any(gs[2] != ps[2] for gs in over):
                cls = 'typed-wrong'
            elif over:
                cls = 'split'
            elif any(overlap(o, ps) > 0 for o in others):
                cls = 'other-gold'
            else:
                cls = 'spurious (%s)' % shape(text[ps[0]:ps[1]])
            yield gen, 'pred', cls, '-', ps[2], text[ps[0]:ps[1]], ctx(ps[0], ps[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('gold')
    ap.add_argument('pred')
    ap.add_argument('--genre', action='store_true')
    ap.add_argument('--list')
    ap.add_argument('--type', help='only this gold (gold side) or predicted (pred side) type')
    ap.add_argument('--limit', type=int, default=60)
    a = ap.parse_args()
    rows = list(classify(load(a.gold), load(a.pred)))
    if a.list:
        items = [r for r in rows if r[2] == a.list and
                 (not a.type or a.type in (r[3], r[4]))]
        for word, n in collections.Counter(r[5] for r in items).most_common(a.limit):
            print('%4d  %s' % (n, word))
        print('--- contexts')
        for r in items[:a.limit]:
            print('%-12s %s>%s  %s' % (r[0], r[3], r[4], r[6]))
        return
    by = collections.Counter((r[1], r[2], r[3] if r[1] == 'gold' else r[4]) for r in rows)
    print('%-6s %-22s %6s %6s %6s' % ('side', 'class', 'PER', 'LOC', 'ORG'))
    for side in ('gold', 'pred'):
        for cls in sorted({k[1] for k in by if k[0] == side}):
            print('%-6s %-22s %6d %6d %6d' % ((side, cls) + tuple(by[(side, cls, t)]
                                                                 for t in ('PER', 'LOC', 'ORG'))))
    if a.genre:
        gens = collections.Counter(r[0] for r in rows if r[1] == 'gold')
        print('\n%-13s %5s %5s %5s %6s %7s %6s %6s %6s %6s %6s' % (
            'genre', 'gold', 'pred', 'hit', 'F1', 'missed', 'nested', 'typed', 'merged',
            'spur', 'other'))
        for gen in sorted(gens, key=lambda x: -gens[x]):
            rs = [r for r in rows if r[0] == gen]
            c = collections.Counter(r[2].split(' ')[0] if r[2].startswith(('missed (', 'spurious'))
                                    else r[2] for r in rs)
            n_gold = sum(1 for r in rs if r[1] == 'gold')
            hit = c['hit']
            n_pred = hit + sum(1 for r in rs if r[1] == 'pred')
            f1 = 2 * hit / (n_gold + n_pred) if n_gold + n_pred else 0
            typed = sum(v for k, v in c.items() if k.startswith('typed-') and k != 'typed-wrong')
            print('%-13s %5d %5d %5d %6.3f %7d %6d %6d %6d %6d %6d' % (
                gen, n_gold, n_pred, hit, f1, c['missed'], c['missed-nested'], typed,
                c['merged'] + c['nested-lost'], c['spurious'] + c['split'], c['other-gold']))


if __name__ == '__main__':
    main()
