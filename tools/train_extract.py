#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains the block classifier of Lector's HTML extraction (resources/model/extract.tsv).

Each block of a saved page (lector-extract-features writes its named features) is labelled
from the page's true article body: a block is article text when at least half of its 4-word
shingles (for shorter blocks, its words in order) occur in the body. A logistic regression
(AdaGrad, L2, fixed seed, weighted so every page counts the same whatever its length) learns
one weight per feature; features seen on fewer than --min-sites sites are left out.

  tools/train_extract.py --tool build/tools/extractfeatures/lector-extract-features \\
      --truth /work/shared/eval/html/truth-dev.jsonl --out resources/model/extract.tsv
  tools/train_extract.py ... --cv        leave-one-site-out estimate in Python (fast; the
                                         figure to report comes from tools/extract_loso.py)
Standard library only.
"""
import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

TOKEN = re.compile(r'\w+', re.UNICODE)
SHINGLE = 4


def site_of(url):
    host = urlparse(url or '').netloc.lower()
    return host[4:] if host.startswith('www.') else host


def load_truth(path):
    pages = []
    base = Path(path).resolve().parent
    for line in open(path, encoding='utf-8'):
        if not line.strip():
            continue
        row = json.loads(line)
        html = row['html_path']
        row['path'] = html if os.path.isabs(html) else str(base / html)
        row['site'] = row.get('site') or site_of(row.get('url'))
        pages.append(row)
    return pages


def dump_features(tool, pages, env=None):
    """Blocks of every page: {path: [{"text", "kept", "f"}]}."""
    out = subprocess.run([tool] + [p['path'] for p in pages], capture_output=True, check=True,
                         env=env)
    blocks = defaultdict(list)
    for line in out.stdout.decode('utf-8').splitlines():
        b = json.loads(line)
        blocks[b['page']].append(b)
    return blocks


def shingles(tokens):
    return [tuple(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))]


def label_page(blocks, body):
    truth = [t.lower() for t in TOKEN.findall(body or '')]
    truth_shingles = set(shingles(truth))
    joined = ' ' + ' '.join(truth) + ' '
    for b in blocks:
        tokens = [t.lower() for t in TOKEN.findall(b['text'])]
        b['tokens'] = len(tokens)
        if not tokens:
            b['label'] = 0
        elif len(tokens) >= SHINGLE:
            sh = shingles(tokens)
            b['label'] = int(sum(s in truth_shingles for s in sh) * 2 >= len(sh))
        else:
            b['label'] = int((' ' + ' '.join(tokens) + ' ') in joined)


def examples(pages, blocks):
    """(features, label, weight, page id) with each page's weights summing to 1."""
    out = []
    for p in pages:
        page_blocks = blocks.get(p['path'], [])
        label_page(page_blocks, p['body'])
        total = sum(b['tokens'] + 1 for b in page_blocks) or 1
        for b in page_blocks:
            out.append((b['f'], b['label'], (b['tokens'] + 1) / total, p))
    return out


def vocabulary(train, min_sites):
    sites = defaultdict(set)
    for f, _, _, p in train:
        for name in f:
            sites[name].add(p['site'])
    return {name for name, s in sites.items() if len(s) >= min_sites}


def fit(train, min_sites=2, l2=1e-3, epochs=10, rate=0.5, seed=17):
    vocab = vocabulary(train, min_sites)
    rows = [({k: v for k, v in f.items() if k in vocab}, y, w) for f, y, w, _ in train]
    scale = len(rows) / max(1e-9, sum(w for _, _, w in rows))
    weights = defaultdict(float)
    squares = defaultdict(lambda: 1e-6)
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            f, y, w = rows[i]
            z = sum(weights[k] * v for k, v in f.items())
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (p - y) * w * scale
            for k, v in f.items():
                grad = g * v + l2 * weights[k]
                squares[k] += grad * grad
                weights[k] -= rate * grad / math.sqrt(squares[k])
    return {k: v for k, v in weights.items() if abs(v) > 1e-4}


def probability(weights, f):
    z = sum(weights.get(k, 0.0) * v for k, v in f.items())
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def write_model(weights, path, threshold=0.5, note=''):
    lines = ['# Block classifier of the HTML extraction (core/io/extractionmodel.h): logistic',
             '# regression weights per feature of core/io/htmlblockfeatures.cpp. Made by',
             '# tools/train_extract.py; do not edit by hand. ' + note,
             '# columns: feature\tweight',
             f'__threshold\t{threshold}']
    for k in sorted(weights):
        lines.append(f'{k}\t{weights[k]:.5f}')
    Path(path).write_text('\n'.join(lines) + '\n', encoding='utf-8')


def predict_text(weights, page_blocks, threshold=0.5):
    return '\n'.join(b['text'] for b in page_blocks if probability(weights, b['f']) >= threshold)


def score(pairs, metric):
    """pairs of (truth, prediction) with score_extract.py's metric module."""
    sh = [metric.string_shingle_matching(t, p) for t, p in pairs]
    return metric.metrics_from_tp_fp_fns(sh)


def load_metric(eval_dir):
    sys.path.insert(0, str(eval_dir))
    import score_extract  # noqa: E402  the benchmark's own metric
    return score_extract


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--tool', required=True, help='lector-extract-features')
    ap.add_argument('--truth', action='append', required=True)
    ap.add_argument('--out', help='model file to write (trained on every page)')
    ap.add_argument('--cv', action='store_true', help='leave-one-site-out estimate')
    ap.add_argument('--eval', default='/work/shared/eval/html', help='where score_extract.py is')
    ap.add_argument('--min-sites', type=int, default=2)
    ap.add_argument('--l2', type=float, default=1e-3)
    ap.add_argument('--epochs', type=int, default=10)
    args = ap.parse_args()

    pages = [p for t in args.truth for p in load_truth(t)]
    env = dict(os.environ, LECTOR_EXTRACT_MODEL='/dev/null')  # the rules' pass choice
    blocks = dump_features(args.tool, pages, env)
    data = examples(pages, blocks)
    params = dict(min_sites=args.min_sites, l2=args.l2, epochs=args.epochs)
    if args.cv:
        metric = load_metric(args.eval)
        rules, learned = [], []
        for site in sorted({p['site'] for p in pages}):
            weights = fit([d for d in data if d[3]['site'] != site], **params)
            for p in pages:
                if p['site'] != site:
                    continue
                pb = blocks.get(p['path'], [])
                rules.append((p['body'], '\n'.join(b['text'] for b in pb if b['kept'])))
                learned.append((p['body'], predict_text(weights, pb)))
        for name, pairs in (('rules', rules), ('learned, leave-one-site-out', learned)):
            m = score(pairs, metric)
            print(f"{name}: P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
                  f"pages={len(pairs)}")
    if args.out:
        weights = fit(data, **params)
        note = f'Trained on {len(pages)} pages of {len({p["site"] for p in pages})} sites.'
        write_model(weights, args.out, note=note)
        print(f'{args.out}: {len(weights)} weights')


if __name__ == '__main__':
    main()
