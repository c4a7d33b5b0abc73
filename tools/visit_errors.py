#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where visit F1 is lost: an error table for a visit prediction on a gold file.

usage: visit_errors.py GOLD.jsonl PRED.jsonl CANDIDATES.jsonl [--list CAUSE]

PRED: `lector-trainvisits --folds 2 --cv-out` (or `lector analyze --jsonl`) output, with
      "entities" (mentions with start, end, text, type) and "visits".
CANDIDATES: `lector-trainvisits --candidates` output (every candidate pair of GOLD).
Only for train documents or cross-validation output: never run it on dev.

Every required gold visit (status not cancelled/hypothetical/listed) is one of:
  found; candidate rejected (a candidate pair matches it, the prediction does not);
  no candidate, by the first cause that applies:
    naming: a candidate of this visitor has a place mentioned in the evidence sentence (a city
            for its country, "U.S." for "United States"), or the visitor's name matches no word;
    place is an organization: a gold place is in the evidence, typed organization ("the White House");
    place not recognised: the gold place's words are in the evidence but in no place mention;
    place not in the evidence sentence;
    pronoun visitor / group visitor / visitor in another sentence / dateline.
Every predicted pair that matches nothing is a false positive, by cause: home place (the place
is the country of the visitor's role or demonym, as far as a name shows it), same visitor
named in gold elsewhere (right person, wrong place), unknown visitor (not in gold at all).
"""
import argparse, collections, json, os, re, sys

# The scorer's own matching rules (OPTIONAL, TITLES, words()), from score_visits.py beside the
# gold file (../shared/eval/visits/).
OPTIONAL = TITLES = words = None

PRONOUNS = {'he', 'she', 'they', 'his', 'her', 'their', 'we', 'i', 'him', 'them'}


def pair_sets(v):
    vw = set()
    for f in [v.get('visitor')] + list(v.get('visitor_forms') or []):
        vw |= words(f)
    pf = {f.lower() for f in [v.get('place')] + list(v.get('place_forms') or []) if f}
    return vw, pf


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('gold')
    ap.add_argument('pred')
    ap.add_argument('candidates')
    ap.add_argument('--list', help='print the gold visits (or false pairs) of this cause')
    a = ap.parse_args()
    global OPTIONAL, TITLES, words
    sys.path.insert(0, os.path.dirname(os.path.abspath(a.gold)))
    from score_visits import OPTIONAL, TITLES, words
    gold = [json.loads(l) for l in open(a.gold, encoding='utf-8') if l.strip()]
    pred = {d['id']: d for d in (json.loads(l) for l in open(a.pred, encoding='utf-8') if l.strip())}
    cands = collections.defaultdict(list)
    for l in open(a.candidates, encoding='utf-8'):
        if l.strip():
            c = json.loads(l)
            cands[c['id']].append(pair_sets(c))
    miss = collections.Counter()
    false = collections.Counter()
    listing = []
    for g in gold:
        p = pred.get(g['id'], {})
        text = g['text']
        ents = p.get('entities', [])
        pairs = collections.OrderedDict()
        for v in p.get('visits', []):
            key = (v['visitor'].lower(), v['place'].lower())
            vw, pf = pair_sets(v)
            e = pairs.setdefault(key, [set(), set()])
            e[0] |= vw
            e[1] |= pf
        used = set()
        required = [x for x in g['visits'] if x['status'] not in OPTIONAL]
        optional = [x for x in g['visits'] if x['status'] in OPTIONAL]
        for gv in required + optional:
            gw, gp = words(gv['visitor']), {x.lower() for x in gv['places']}
            hit = next((k for k, (vw, pf) in pairs.items() if k not in used and vw & gw and pf & gp),
                       None)
            if hit is not None:
                used.add(hit)
            if gv['status'] in OPTIONAL:
                continue
            if hit is not None:
                cause = 'found'
            elif any(vw & gw and pf & gp for vw, pf in cands[g['id']]):
                cause = 'candidate rejected by the model'
            else:
                cause = no_candidate(g, gv, gw, gp, ents, cands[g['id']], text)
            miss[cause] += 1
            if a.list and cause.startswith(a.list):
                listing.append('%s | %s -> %s | %s' % (g['id'], gv['visitor'], gv['places'],
                                                       gv.get('evidence', '')[:200]))
        gold_words = set()
        for gv in g['visits']:
            gold_words |= words(gv['visitor'])
        for k, (vw, pf) in pairs.items():
            if k in used:
                continue
            if not vw & gold_words:
                cause = 'visitor not a gold visitor of the document'
            else:
                cause = 'gold visitor, place not in gold for them'
            false[cause] += 1
            if a.list and cause.startswith(a.list):
                listing.append('FALSE %s | %s -> %s' % (g['id'], k[0], k[1]))
    total = sum(miss.values())
    print('required gold visits: %d' % total)
    for c, n in miss.most_common():
        print('  %-48s %4d  %5.1f%%' % (c, n, 100.0 * n / total))
    print('false pairs: %d' % sum(false.values()))
    for c, n in false.most_common():
        print('  %-48s %4d' % (c, n))
    for l in listing:
        print(l)


def sentence_of(text, evidence):
    i = text.find(evidence[:60]) if evidence else -1
    if i < 0:
        return None
    return i, i + len(evidence)


def no_candidate(g, gv, gw, gp, ents, cands, text):
    span = sentence_of(text, gv.get('evidence', ''))
    if span is None:
        return 'no candidate: evidence not found in text'
    b, e = span
    inside = [m for m in ents if m['start'] >= b and m['end'] <= e]
    ev = text[b:e]
    evl = ev.lower()
    # naming: the visitor has a candidate whose place is mentioned in the evidence
    place_mentions = {m['text'].lower() for m in inside if m['type'] == 'place'}
    for vw, pf in cands:
        if vw & gw and pf & place_mentions:
            return 'no candidate: naming (place named otherwise)'
    visitor_here = any(m['type'] in ('person', 'organization') and words(m['text']) & gw
                       for m in inside)
    place_in_ev = [x for x in gp if x in evl]
    if visitor_here and place_in_ev:
        typed = [m for m in inside if m['text'].lower() in gp or any(x in m['text'].lower() for x in place_in_ev)]
        if any(m['type'] == 'place' for m in typed):
            return 'no candidate: both in sentence, names differ/too far'
        if any(m['type'] == 'organization' for m in typed):
            return 'no candidate: place typed organization'
        return 'no candidate: place not recognised'
    if not place_in_ev:
        return 'no candidate: gold place not written in evidence'
    typed = [m for m in inside if any(x in m['text'].lower() for x in place_in_ev)]
    if any(m['type'] == 'organization' for m in typed) and not any(m['type'] == 'place' for m in typed):
        return 'no candidate: place typed organization'
    if not any(m['type'] == 'place' for m in typed):
        return 'no candidate: place not recognised'
    # the place is there; the visitor is not
    if b < 60 and re.match(r'^[A-Z][A-Z .,]+', text):
        return 'no candidate: dateline'
    toks = set(re.findall(r"[a-z]+", evl))
    vis = gv['visitor']
    if re.search(r'\b(team|delegation|troops|forces|officials|leaders|players|side|squad|crew|group|members|ministers|envoys|inspectors|monitors)\b', vis, re.I) or vis[:1].islower():
        return 'no candidate: group visitor'
    if any(w in evl for w in gw):
        return 'no candidate: visitor named but not recognised as person/org'
    if toks & PRONOUNS:
        return 'no candidate: pronoun visitor'
    return 'no candidate: visitor in another sentence'


if __name__ == '__main__':
    main()
