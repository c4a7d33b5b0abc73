#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Which weighed keys put the predicted pairs of each false class above the threshold (round 18).

usage: round18-decompose.py ROWS.jsonl SET PRED.jsonl GOLD.jsonl
ROWS: `lector-trainvisits --predict GOLD --predict-rows ROWS --row-weights` output; SET: XA or even,
the rows of round18-falsepairs.tsv to class the false pairs by; PRED: the --predict-out file.
Prints, per class (TRUE: the right pairs), the mean weight of the keys that weigh most, named
where a key's name is guessed from VisitModel::key() over the words of GOLD ('?p'/'?b': a pair
or best-sentence key not guessed). Only pairs the score decides (verdict "score")."""
import json,re,collections,os,sys
M=(1<<64)-1
def mix(h,c): return ((h^c)*1099511628211)&M
def hk(name,*vals):
    h=14695981039346656037
    for c in name: h=mix(h,ord(c))
    h=mix(h,0x1F)
    for i,v in enumerate(vals):
        if i: h=mix(h,ord(' '))
        for c in v.lower(): h=mix(h,ord(c))
    return '%x'%h
vocab=set()
for l in open(sys.argv[4]):
    vocab|=set(re.findall(r"[a-z0-9'’]+|[^\sa-z0-9]", json.loads(l)['text'].lower()))
vocab|={'<num>','<organization>','<person>','<place>','<time>','<actor>','<s>','</s>','<far>',"'s",'-','','none'}
names={}
buckets=['0','1','2','3-5','6-10','11-20','21+']
single=['bias','main','r','comma','subj','date','ishost','pron']
for n in single: names[hk(n)]=n
for n,vs in [('at',['person','organization']),('n',buckets),('am',buckets),('pm',buckets),('dl',['main','other']),('home',['yes','no','unknown','noplace']),('o',['ap','pa']),('d',buckets),('s',['0','3+'])]:
    for v in vs: names[hk(n,v)]=f'{n}:{v}'
for n in ['ps','role','w','wa','wp','p1','n1','a1','b1','cue','m','rc','rk','cka','ckp','sck','sa','sd','pron']:
    for v in vocab: names[hk(n,v)]=f'{n}:{v}'
rolesv=['none','subject','object','obj','pp','bare','before','mod','poss','list','fronted','companion','other','by','possessor','go','visit','meet','noun','host','be','destination','to','in','at']
for n in ['sad','sak','sdk','sdp']:
    for a in rolesv:
        for b in rolesv+list(vocab)[:0]: names[hk(n,a,b)]=f'{n}:{a} {b}'
rows=sys.argv[1]
lab={}
for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'round18-falsepairs.tsv')):
    if l.startswith('#'): continue
    s,c,doc,pair=l.rstrip('\n').split('\t')
    if s==sys.argv[2]: lab[(doc,)+tuple(pair.split(' -> '))]=c
pred=collections.defaultdict(set)
for l in open(sys.argv[3]):
    d=json.loads(l)
    for v in d['visits']: pred[d['id']].add((v['visitor'].lower(),v['place'].lower()))
agg=collections.defaultdict(lambda: collections.Counter()); cnt=collections.Counter()
last=None
for l in open(rows):
    d=json.loads(l)
    if 'visitor' in d: last=d; continue
    if 'keys' not in d or last is None: continue
    k=(last['visitor'].lower(),last['place'].lower())
    if k not in pred[last['id']] or last['verdict']!='score': continue
    g=lab.get((last['id'],)+k,'TRUE')
    g = g if g in ('TRUE','EL','L','M','W') else 'other'
    cnt[g]+=1
    for part,h,w in d['keys']:
        nm=names.get(h,'?'+part[0])
        agg[g][part[0]+':'+nm]+=w
for g in cnt:
    print(g,cnt[g], ' | '.join(f'{k} {v/cnt[g]:+.2f}' for k,v in agg[g].most_common(12)))
