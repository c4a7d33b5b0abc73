#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where visit F1 is lost: an error table for a visit prediction on a gold file.

usage: visit_errors.py GOLD.jsonl PRED.jsonl CANDIDATES.jsonl [--list CAUSE]
       visit_errors.py GOLD.jsonl PRED.jsonl CANDIDATES.jsonl --rows ROWS.jsonl [--list CLASS]
       ... [--source S,...] [--not-source S,...]   only the gold documents of (not of) these
       sources (the gold's "source" field: --not-source gmb is the "news" of tools/visit_cv.sh)

PRED: `lector-trainvisits --folds 2 --cv-out` (or `lector analyze --jsonl`) output, with
      "entities" (mentions with start, end, text, type) and "visits".
CANDIDATES: `lector-trainvisits --candidates` output (every candidate pair of GOLD).
Only for train documents or cross-validation output: never run it on dev.
Gold visits and predicted pairs are matched by visit_matchdiff.matches(), the scorer's loop
(required visits first, each predicted pair once).

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

With --rows (`lector-trainvisits --folds 2 --cv-rows`): the census by stage of round 12. Only
the documents of GOLD are read (give the even lines' gold, never the odd lines' nor dev). Each
required gold visit not found is, by the first class that applies:
  c  second trip: a pair of the same visitor and place matched another gold trip (the scorer
     merges a visitor's rows to one place, so it cannot be found);
  c  granularity: the visitor was found at another place of the same country, not in gold;
  c  visitor: a gold place was found for another actor (a companion, the host, a wrong name);
  b  home rule / verdict never / rejected by score (band of the best score, whether a cue
     pattern or a cue role touched the pair);
  a  no candidate (the causes above).
Every false pair: no gold visit in the document / an organization or a person who is no gold
visitor / a gold visitor at another place of a gold place's country / at another visitor's
place / at a place no gold visit names.
"""
import argparse, collections, json, os, re, sys

# The scorer's own matching rules (OPTIONAL, TITLES, words()), from score_visits.py beside the
# gold file (../shared/eval/visits/).
OPTIONAL = TITLES = words = None

# The scorer's matching loop, one for every tool (visit_matchdiff.py beside this file).
from visit_matchdiff import pairs_of, matches

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
    ap.add_argument('--rows', help='lector-trainvisits --cv-rows output: the census by stage')
    ap.add_argument('--source', help='only the gold documents of these sources (comma-separated)')
    ap.add_argument('--not-source', help='only the gold documents of other sources')
    a = ap.parse_args()
    global OPTIONAL, TITLES, words
    sys.path.insert(0, os.path.dirname(os.path.abspath(a.gold)))
    # A gold file elsewhere (the even lines of tools/visit_cv.sh): the scorer in ../shared.
    sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..',
                                 'shared', 'eval', 'visits'))
    from score_visits import OPTIONAL, TITLES, words
    if a.rows:
        return census(a)
    gold = load_gold(a)
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
        pairs = pairs_of(p.get('visits', []))
        hits = {i: pair_key(rows[0]) for i, _, rows in matches(g, pairs)}
        used = set(hits.values())
        for i, gv in enumerate(g['visits']):
            if gv['status'] in OPTIONAL:
                continue
            gw, gp = words(gv['visitor']), {x.lower() for x in gv['places']}
            if i in hits:
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
        for k, pair in pairs.items():
            if k in used:
                continue
            if not pair['vw'] & gold_words:
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


def pair_key(v):
    """The key of a predicted row's pair in pairs_of()."""
    return ((v.get('visitor') or '').lower(), (v.get('place') or '').lower())


def load_gold(a):
    """The gold documents, restricted to --source / --not-source."""
    gold = [json.loads(l) for l in open(a.gold, encoding='utf-8') if l.strip()]
    if a.source:
        gold = [g for g in gold if g.get('source') in a.source.split(',')]
    if a.not_source:
        gold = [g for g in gold if g.get('source') not in a.not_source.split(',')]
    return gold


def load_countries():
    """Place name (lower-case) -> its country, from the gazetteer (the most populous city)."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'gazetteer')
    country, pops = {}, {}
    for name in ['countries', 'places_extra', 'subdivisions', 'regions', 'cities']:
        for line in open(os.path.join(folder, name + '.tsv'), encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            c = line.rstrip('\n').split('\t')
            phrase, minor = c[0].lower(), c[3] if len(c) > 3 else ''
            extra = dict(kv.split('=', 1) for kv in (c[4] if len(c) > 4 else '').split(';') if '=' in kv)
            pop = int(extra.get('pop', '0') or 0)
            if phrase in country and (name != 'cities' or pops.get(phrase, -1) >= pop):
                continue
            pops[phrase] = pop
            country[phrase] = c[1] if minor == 'country' else extra.get('country')
    return country


def census(a):
    country = load_countries()
    ctry = lambda p: country.get(p.lower())
    gold = load_gold(a)
    ids = {g['id'] for g in gold}
    pred = {d['id']: d for d in map(json.loads, open(a.pred, encoding='utf-8')) if d['id'] in ids}
    cands = collections.defaultdict(list)
    for c in map(json.loads, open(a.candidates, encoding='utf-8')):
        if c['id'] in ids:
            cands[c['id']].append(c)
    rows = {}
    for r in map(json.loads, open(a.rows, encoding='utf-8')):
        if r['id'] in ids:
            rows[(r['id'], r['visitor'], r['place'])] = r
    miss, false, listing = collections.Counter(), collections.Counter(), []

    def note(counter, cls, text):
        counter[cls] += 1
        if a.list and cls.startswith(a.list):
            listing.append(cls + ' | ' + text)
    for g in gold:
        p = pred.get(g['id'], {})
        pairs = pairs_of(p.get('visits', []))
        visits = g['visits']
        hits = {i: pair_key(rows[0]) for i, _, rows in matches(g, pairs)}
        used = {k: i for i, k in hits.items()}
        unmatched = [k for k in pairs if k not in used]
        for i, gv in enumerate(visits):
            if gv['status'] in OPTIONAL:
                continue
            if i in hits:
                miss['found'] += 1
                continue
            gw, gp = words(gv['visitor']), {x.lower() for x in gv['places']}
            desc = '%s | %s -> %s | %s' % (g['id'], gv['visitor'], gv['places'], gv['evidence'][:160])
            if any(k in used and x['vw'] & gw and x['pf'] & gp and
                   words(visits[used[k]]['visitor']) == gw for k, x in pairs.items()):
                note(miss, 'c second trip of the visitor to the place', desc)
                continue
            lands = {ctry(x) for x in gp} - {None}
            near = [k for k in unmatched if pairs[k]['vw'] & gw and
                    (ctry(k[1]) in lands or k[1] in {x.lower() for x in lands})]
            if near:
                note(miss, 'c granularity: the visitor at another place of its country',
                     desc + ' || %s' % near)
                continue
            other = [k for k in unmatched if pairs[k]['pf'] & gp]
            if other:
                note(miss, 'c visitor: the place found for another actor', desc + ' || %s' % other)
                continue
            match = [c for c in cands[g['id']]
                     if set().union(*[words(f) for f in [c['visitor']] + c['visitor_forms']]) & gw
                     and {f.lower() for f in [c['place']] + c['place_forms']} & gp]
            if match:
                rs = [r for r in (rows.get((g['id'], c['visitor'], c['place'])) for c in match) if r]
                if rs and all(r['home'] for r in rs):
                    cls = 'b home rule'
                elif rs and all(r['verdict'] == 'never' for r in rs):
                    cls = 'b verdict never (aside, host)'
                elif not rs:
                    cls = 'b no row'
                else:
                    best = max(r['score'] for r in rs)
                    roles = [x for r in rs for x in r['roles']]
                    band = 'score > -1' if best > -1 else 'score -1..-3' if best > -3 else 'score < -3'
                    kind = 'pattern' if any('pattern' in x for x in roles) else \
                        'cue role' if any(x != 'none' for x in roles) else 'no cue role'
                    cls = 'b rejected, %s, %s' % (band, kind)
                    desc += ' || %.2f %s' % (best, [r['roles'] for r in rs])
                note(miss, cls, desc)
                continue
            note(miss, 'a ' + no_candidate(g, gv, gw, gp, p.get('entities', []),
                                           [pair_sets(c) for c in cands[g['id']]], g['text']), desc)
        gold_words = set()
        for gv in g['visits']:
            gold_words |= words(gv['visitor'])
        for k in unmatched:
            vw, v = pairs[k]['vw'], pairs[k]['rows'][0]
            r = rows.get((g['id'], v['visitor'], v['place']))
            desc = '%s | %s -> %s | %s' % (g['id'], k[0], k[1], '%.2f %s %s' % (
                r['score'], r['verdict'], r['roles']) if r else '')
            if not vw & gold_words:
                cls = 'F no gold visit in the document' if not g['visits'] else \
                    'F an organization, no gold visitor' if r and r['type'] == 'organization' else \
                    'F a person who is no gold visitor (resident, host, other)'
            else:
                mine = {x.lower() for gv in g['visits'] if words(gv['visitor']) & vw for x in gv['places']}
                lands = {ctry(x) for x in mine} - {None}
                others = {x.lower() for gv in g['visits'] for x in gv['places']}
                if ctry(k[1]) in lands or k[1] in {x.lower() for x in lands}:
                    cls = 'F a gold visitor at another place of a gold place\'s country'
                elif k[1] in others:
                    cls = 'F a gold visitor at another visitor\'s place'
                else:
                    cls = 'F a gold visitor at a place no gold visit names'
            note(false, cls, desc)
    total = sum(miss.values())
    print('required gold visits: %d' % total)
    for c, n in sorted(miss.items()):
        print('  %-66s %4d  %5.1f%%' % (c, n, 100.0 * n / total))
    print('false pairs: %d' % sum(false.values()))
    for c, n in sorted(false.items()):
        print('  %-66s %4d' % (c, n))
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
