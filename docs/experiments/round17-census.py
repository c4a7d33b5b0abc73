# Round 17 (engineer "recall"): the census of the required gold visits with no candidate pair
# (docs/quality.md, Visits, "Round 17: visits nobody proposes"). usage:
#   python3 round17-census.py GOLD PRED CANDIDATES [news] [--list]
# PRED with "entities" (lector-trainvisits --predict-out or --cv-out), CANDIDATES from
# lector-trainvisits --candidates. Only for XA or the even lines of visits-train, never odd/dev/XB.
import json, sys, re, collections
sys.path.insert(0, '/work/shared/eval/visits')
from score_visits import OPTIONAL, words
gold = [json.loads(l) for l in open(sys.argv[1])]
pred = {d['id']: d for d in map(json.loads, open(sys.argv[2]))}
cands = collections.defaultdict(list)
for l in open(sys.argv[3]):
    c = json.loads(l)
    vw = set()
    for f in [c['visitor']] + c.get('visitor_forms', []): vw |= words(f)
    pf = {f.lower() for f in [c['place']] + c.get('place_forms', [])}
    cands[c['id']].append((vw, pf, c))
PRON = re.compile(r"\b(he|she|they|his|her|their|him|them|we|i)\b", re.I)
ROLE = re.compile(r"\b(the|our|his|her|their|former|[A-Z]\.S\.) (president|senator|general|governor|candidate|minister|secretary|prime minister|leader|nominee|speaker|mayor|pontiff|pope|chancellor|king|queen|envoy|ambassador|congressman|congresswoman|first lady|team|side|delegation|field|candidates|hopefuls|admiral|commander)\b", re.I)
GROUP = re.compile(r"\b(candidates|hopefuls|leaders|field|all three|both|the two|team|delegation|rivals)\b", re.I)
cnt = collections.Counter(); lists = collections.defaultdict(list)
only = sys.argv[4] if len(sys.argv) > 4 else None
for g in gold:
    if only == 'news' and g.get('source') == 'gmb': continue
    p = pred.get(g['id'], {}); ents = p.get('entities', []); text = g['text']
    for gv in g['visits']:
        if gv['status'] in OPTIONAL: continue
        gw = words(gv['visitor']); gp = {x.lower() for x in gv['places']}
        if any(vw & gw and pf & gp for vw, pf, _ in cands[g['id']]): continue
        ev = gv.get('evidence') or ''
        es = text.find(ev); ee = es + len(ev)
        evl = ev.lower()
        inev = [x for x in gv['places'] if x.lower() in evl]
        def cover(a, b):
            return [e for e in ents if e['start'] < b and e['end'] > a]
        # place
        pcls = None
        if not inev:
            pcls = 'place not in the evidence (not written as a name there / named elsewhere)'
        else:
            types = set()
            for x in inev:
                i = evl.find(x.lower()); 
                for e in cover(es + i, es + i + len(x)): types.add(e['type'])
            if 'place' not in types:
                pcls = 'place typed organization' if 'organization' in types else 'place not recognised (%s)' % ','.join(sorted(types) or ['none'])
        vis_in = any(w in words(ev) for w in gw)
        vcands = [c for vw, pf, c in cands[g['id']] if vw & gw]
        named_otherwise = [c['place'] for c in vcands if c['place'].lower() in evl]
        EVENT = re.compile(r"\b(debates?|convention|conference|rally|speech|stage|onstage|summit|ceremony|festivities|brunch|concert|party|meeting|event|speakers?|tour|gathers|address|remarks|occupation|refuge)\b", re.I)
        NOTNAME = re.compile(r"\b(there|here|the state|the city|the country|the kingdom|homeland|the capital)\b", re.I)
        GROUPV = re.compile(r"\b(all three|both candidates|the GOP field|they|their|leaders|two .* men|tourists?)\b", re.I)
        if pcls and pcls.startswith('place not in'):
            if NOTNAME.search(ev): cls = 'place not written as a name there ("there", "the state")'
            elif EVENT.search(ev): cls = 'an event (debate, convention, conference) whose place another sentence names'
            elif named_otherwise: cls = 'place named otherwise in the sentence'
            else: cls = 'place only in another sentence (other)'
        elif pcls:
            cls = pcls
        elif not vis_in:
            if GROUPV.search(ev): cls = 'a group ("all three", "they", "the GOP field")'
            elif ROLE.search(ev): cls = 'visitor a role noun ("the general")'
            elif PRON.search(ev): cls = 'visitor only a pronoun the resolver misses'
            else: cls = 'visitor in another sentence'
        else:
            vrec = False
            for w in gw:
                for m in re.finditer(r'\b%s\b' % re.escape(w), ev, re.I):
                    if any(e['type'] in ('person', 'organization') for e in cover(es + m.start(), es + m.end())): vrec = True
            if not vrec: cls = 'visitor not recognised'
            elif named_otherwise: cls = 'place named otherwise (visitor has a candidate at another place of the evidence)'
            else: cls = 'both recognised, no pair (distance, group, merged names)'
        cnt[cls] += 1
        lists[cls].append('%s | %s -> %s | %s' % (g['id'][:40], gv['visitor'], gv['places'], ev[:160]))
print(sum(cnt.values()), 'required gold visits with no candidate pair')
for k, v in cnt.most_common(): print('%4d  %s' % (v, k))
if '--list' in sys.argv:
    for k in lists:
        print('==', k); print('\n'.join(lists[k]))
