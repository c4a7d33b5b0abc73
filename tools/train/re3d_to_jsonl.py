#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts the re3d corpus (Dstl's "Relationship and Entity Extraction Evaluation Dataset":
defence and foreign-affairs text on the conflict in Syria and Iraq) to the eval JSONL format,
as training text for lector-train.

    python3 tools/train/re3d_to_jsonl.py RE3D_GIT_DIR [--sources S,...] > /tmp/re3d.jsonl

RE3D_GIT_DIR is a clone (or bare git directory) of github.com/dstl/re3d. Each source is a
folder (documents.json, entities.json) under a licence of its own (its LICENSE file): the
default sources are those whose licence allows reuse in Lector: CENTCOM and the US State
Department (public domain), UK Government (Open Government Licence v3.0), the Australian
Department of Foreign Affairs (CC BY 3.0 AU), Wikipedia (CC BY-SA 3.0) and the Delegation of
the European Union to Syria (reuse authorised with the source acknowledged). BBC Online is
CC BY-NC 3.0 (no commercial use) and is left out.

re3d marks roles, groups and common nouns as well as names ("the Foreign Secretary",
"rebels", "the town"), and titles inside people's names ("US Secretary of State John Kerry").
Lector tags names as CoNLL-2003 does, so each mention is cut to its name or left out:
- a person keeps the capitalised words after its last title word (titles.tsv) or lower-case
  word ("Pentagon Press Secretary Peter Cook" -> "Peter Cook", "the Prime Minister-designate,
  Haider al-Abadi" -> "Haider al-Abadi"); a mention with no name left ("The Minister") is
  dropped;
- an organization or place loses a leading article, lower-case words and tokens without a
  capital ("the port city of Tartus" -> "Tartus", "the 158th Fighter Wing" -> "Fighter
  Wing"); it is dropped when a comma is left inside (lists) or a lower-case word other than
  a connector ("of", "the", "and", "al"...) is left ("U.S. service members");
- a nationality ("Syrian", "Sunni") is "misc" (CoNLL-2003's MISC), when capitalised;
- with --countries, an organization that is a country's name ("Turkey", "the United
  States" acting as a state) is a place, as GUM and CoNLL-2003 type it;
- a trailing possessive ("Abadi's") is trimmed; a capitalised pronoun ("We", "He") and a
  mention ending on a title word ("Maintenance Group Commander") are dropped.
re3d's annotations carry a confidence; where mentions overlap after the cut, the one of highest
confidence (then the longer) is kept. Weapons, vehicles, dates and other types are unmarked.
"""
import argparse
import json
import re
import subprocess

DEFAULT_SOURCES = ['CENTCOM', 'US State Department', 'UK Government',
                   'Australian Department of Foreign Affairs', 'Wikipedia',
                   'Delegation of the European Union to Syria']
TYPES = {'Person': 'person', 'Location': 'place', 'Organisation': 'organization',
         'Nationality': 'misc'}
CONNECTORS = {'of', 'the', 'and', 'for', 'de', 'al', 'ad', 'ar', 'as', 'ash', 'at', 'bin',
              'ibn', 'el', 'du', 'da', 'di', 'la', 'le', 'von', 'van', 'on', '&'}
PARTICLE = re.compile(r"^(al|el|ad|ar|as|ash|at|bin|ibn|abu|de|da|di|du|van|von)[-‑’']", re.I)
ARTICLES = {'the', 'The', 'a', 'A', 'an', 'An', 'our', 'Our', 'its', 'Its'}
PRONOUNS = {'I', 'We', 'He', 'She', 'It', 'They', 'Her', 'His', 'Its', 'Their', 'Our', 'Us',
            'Them', 'Him', 'You', 'Your', 'My', 'Me'}


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo] + list(args), check=True,
                          capture_output=True).stdout.decode('utf-8')


def title_words(path):
    words = set()
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        for w in line.split('\t')[0].split():
            if w[:1].isupper():
                words.add(w)
    return words


def countries(path):
    names = set()
    for line in open(path, encoding='utf-8'):
        if not line.startswith('#') and line.strip():
            row = line.rstrip('\n').split('\t')
            names.update(n for n in row[:2] if n)
    return names


def capitalised(tok):
    letters = [c for c in tok if c.isalpha()]
    return bool(letters) and (letters[0].isupper() or bool(PARTICLE.match(tok)))


def tokens(text, begin, end):
    return [(begin + m.start(), begin + m.end(), m.group())
            for m in re.finditer(r'\S+', text[begin:end])]


def trim_end(toks):
    """Drops trailing punctuation and a possessive from the last token."""
    if not toks:
        return toks
    b, e, t = toks[-1]
    t2 = re.sub(r"(['’]s|['’])$", '', t).rstrip('.,;:)!?"”') if not re.match(
        r'^([A-Z]\.)+$', t) else t
    if not t2:
        return trim_end(toks[:-1])
    return toks[:-1] + [(b, b + len(t2), t2)]


def person(toks, titles):
    # the name is what follows the last comma, title word and lower-case word; a name
    # particle between capitalised words ("Abu Bakr al Baghdadi", "al-Abadi") stays
    cut = 0
    for i, (_, _, t) in enumerate(toks):
        particle = PARTICLE.match(t) or (t.lower() in CONNECTORS - {'of', 'the', 'and', 'for',
                                                                     'on', 'at', '&'}
                                         and 0 < i < len(toks) - 1)
        if t.endswith(',') or t.rstrip(',') in titles or t in ARTICLES or \
                (not capitalised(t) and not particle):
            cut = i + 1
    toks = trim_end(toks[cut:])
    if not toks or any(t.rstrip('.,') in titles for _, _, t in toks):
        return None
    return toks


def group(toks):
    while toks and (toks[0][2] in ARTICLES or not capitalised(toks[0][2])):
        toks = toks[1:]
    toks = trim_end(toks)
    if not toks or not capitalised(toks[-1][2]):
        return None
    for _, _, t in toks[:-1]:
        if t.endswith(',') or t.endswith(';'):
            return None
        if not capitalised(t) and t.lower() not in CONNECTORS:
            return None
    return toks


def convert(source, docs, ents, titles, states=frozenset()):
    by_doc = {}
    for e in ents:
        by_doc.setdefault(e['documentId'], []).append(e)
    for d in docs:
        text = d['text']
        cands = []
        for e in by_doc.get(d['_id'], []):
            kind = TYPES.get(e['type'])
            if kind is None or text[e['begin']:e['end']] != e['value']:
                continue
            toks = tokens(text, e['begin'], e['end'])
            if kind == 'person':
                toks = person(toks, titles)
            elif kind == 'misc':
                toks = trim_end(toks) if toks and all(capitalised(t) for _, _, t in toks) \
                    else None
            else:
                toks = group(toks)
            if toks and kind == 'organization' and \
                    text[toks[0][0]:toks[-1][1]] in states:
                kind = 'place'
            if toks and (len(toks) > 1 or toks[0][2] not in PRONOUNS) and \
                    toks[-1][2] not in titles:
                cands.append((e['confidence'], toks[-1][1] - toks[0][0], toks[0][0], toks[-1][1],
                              kind))
        cands.sort(key=lambda c: (-c[0], -c[1], c[2]))
        kept = []
        for _, _, b, e, kind in cands:
            if all(e <= kb or b >= ke for kb, ke, _ in kept):
                kept.append((b, e, kind))
        kept.sort()
        yield {'id': 're3d_%s_%s' % (source.replace(' ', '_'), d['_id']), 'text': text,
               'entities': [{'start': b, 'end': e, 'type': k, 'text': text[b:e]}
                            for b, e, k in kept]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('repo', help='git directory of github.com/dstl/re3d')
    ap.add_argument('--sources', default=','.join(DEFAULT_SOURCES))
    ap.add_argument('--titles', default='resources/lexicon/titles.tsv')
    ap.add_argument('--countries', metavar='COUNTRIES_TSV',
                    help='an organization that is a country of this list '
                    '(resources/gazetteer/countries.tsv) is a place')
    a = ap.parse_args()
    titles = title_words(a.titles)
    states = countries(a.countries) if a.countries else frozenset()
    for source in a.sources.split(','):
        docs = [json.loads(l) for l in git(a.repo, 'show', 'HEAD:%s/documents.json' % source)
                .splitlines() if l.strip()]
        ents = [json.loads(l) for l in git(a.repo, 'show', 'HEAD:%s/entities.json' % source)
                .splitlines() if l.strip()]
        for out in convert(source, docs, ents, titles, states):
            print(json.dumps(out, ensure_ascii=False))


if __name__ == '__main__':
    main()
