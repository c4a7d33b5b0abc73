#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts LitBank's proper-name mentions to the eval JSONL format, as training text for
lector-train (fiction: names in dialogue and narration, places and houses of novels).

    python3 tools/train/litbank_to_jsonl.py LITBANK_GIT_DIR > /tmp/litbank.jsonl

LITBANK_GIT_DIR is a clone (or bare git directory) of github.com/dbamman/litbank (CC BY 4.0:
David Bamman, Sejal Popat and Sheng Shen, "An Annotated Dataset of Literary Entities", NAACL
2019; the texts, about 2,000 words of each of 100 novels, are public domain). The coreference
layer (coref/brat/*.ann) marks each mention as a proper name (PROP_), a common noun phrase
(NOM_) or a pronoun (PRON_); only the proper names are kept, since the recogniser tags names:
PER is a person, GPE, LOC and FAC (houses, streets, rooms with a name) a place as GUM marks
them, ORG an organization; vehicles (ships) are left unmarked. A leading article is trimmed
("the Thames" -> "Thames", as GUM's spans in ../shared/eval are), and a mention that is not
capitalised after that is left out. The tokenised text ("Mr. Bennet , ” said") is joined back
into ordinary spacing so that the tokenizer and the case features see running prose.
"""
import json
import re
import subprocess
import sys

TYPES = {'PER': 'person', 'GPE': 'place', 'LOC': 'place', 'FAC': 'place', 'ORG': 'organization'}
NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '}', '’', '”', "'s", "n't", "'re",
                   "'ve", "'ll", "'d", "'m", '’s', 'n’t', '%', '...'}
NO_SPACE_AFTER = {'(', '[', '{', '“', '‘', '$'}
ARTICLES = ('the ', 'The ', 'a ', 'A ', 'an ', 'An ')


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo] + list(args), check=True,
                          capture_output=True).stdout.decode('utf-8')


def detokenize(text, line_break=' '):
    """Returns the text with ordinary spacing and maps from old token starts and ends to new."""
    out, length = [], 0
    starts, ends = {}, {}
    quote_open = False
    for line_start, line in line_spans(text):
        prev = None
        for m in re.finditer(r'\S+', line):
            tok = m.group()
            if prev is not None:
                glue = tok in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER
                if tok == '"':
                    glue = quote_open  # a closing straight quote
                if prev == '"' and quote_open:
                    glue = True  # right after an opening straight quote
                if not glue:
                    out.append(' ')
                    length += 1
            elif out:
                out.append(line_break)  # LitBank's lines are sentences of running paragraphs
                length += 1
            starts[line_start + m.start()] = length
            out.append(tok)
            length += len(tok)
            ends[line_start + m.end()] = length
            if tok == '"':
                quote_open = not quote_open
            prev = tok
    return ''.join(out), starts, ends


def line_spans(text):
    pos = 0
    for line in text.split('\n'):
        yield pos, line
        pos += len(line) + 1


def convert(repo, name):
    text = git(repo, 'show', 'HEAD:coref/brat/%s.txt' % name)
    ann = git(repo, 'show', 'HEAD:coref/brat/%s.ann' % name)
    new, starts, ends = detokenize(text)
    entities = []
    for line in ann.splitlines():
        if not line.startswith('T'):
            continue
        _, label, surface = line.split('\t')
        kind, start, end = label.split(' ')
        if not kind.startswith('PROP_') or kind[5:] not in TYPES:
            continue
        s, e = int(start), int(end)
        for art in ARTICLES:
            if text[s:e].startswith(art):
                s += len(art)
        if s >= e or not text[s].isupper():
            continue
        if s not in starts or e not in ends:
            continue  # not on token boundaries
        ns, ne = starts[s], ends[e]
        entities.append({'start': ns, 'end': ne, 'type': TYPES[kind[5:]], 'text': new[ns:ne]})
    entities.sort(key=lambda x: (x['start'], -x['end']))
    return {'id': 'litbank_' + name, 'text': new, 'entities': entities}


def main():
    repo = sys.argv[1]
    names = sorted({p.rsplit('/', 1)[1][:-4] for p in
                    git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'coref/brat').split()
                    if p.endswith('.ann')})
    for name in names:
        print(json.dumps(convert(repo, name), ensure_ascii=False))


if __name__ == '__main__':
    main()
