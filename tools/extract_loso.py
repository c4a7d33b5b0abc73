#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Leave-one-site-out measurement of `lector extract --body` on the saved dev pages.

What the HTML reader learned from the dev pages is held out site by site: the block
classifier (resources/model/extract.tsv, tools/train_extract.py) is trained again without
the held-out site's pages, and the class/id fragments of resources/lexicon/html_hints.tsv
that only that site supports are dropped. The held-out site's pages are then extracted by
the real program with that model and table (LECTOR_EXTRACT_MODEL, LECTOR_HTML_HINTS).

The class/id fragments: Those taken from Mozilla Readability's published patterns
(Apache-2.0; listed below) were not written from these pages. Every other fragment was added
for Lector, possibly after looking at a dev page, so it may not score the site it came from:
for each held-out site S, a fragment is dropped when its only evidence among the dev pages is
S, i.e. it occurs in the class or id attributes of S's pages and of fewer than
--min-other-sites other sites. Each site's pages are then extracted with that reduced table
(LECTOR_HTML_HINTS) and scored with the benchmark's metric (score_extract.py --dir), next to
the ordinary dev figure with the full table.

Usage:
  tools/extract_loso.py --lector build/app/lector \
      --features build/tools/extractfeatures/lector-extract-features \
      --eval /work/shared/eval/html [--jobs 2]
Prints both figures, and for each site the fragments it held out.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_extract  # noqa: E402

# Mozilla Readability.js REGEXPS (unlikelyCandidates, okMaybeItsACandidate, positive, negative).
READABILITY = {
    'unlikely': set('-ad- ai2html banner breadcrumbs combx comment community cover-wrap disqus '
                    'extra footer gdpr header legends menu related remark replies rss shoutbox '
                    'sidebar skyscraper social sponsor supplemental ad-break agegate pagination '
                    'pager popup yom-remote'.split()) | {'breadcrumb'},
    'maybe': set('and article body column content main shadow'.split()),
    'positive': set('article body content entry hentry h-entry main page pagination post text '
                    'blog story'.split()),
    'negative': set('-ad- hidden hid banner combx comment com- contact foot footer footnote gdpr '
                    'masthead media meta outbrain promo related scroll share shoutbox sidebar '
                    'skyscraper sponsor shopping tags tool widget'.split()),
}


class ClassIds(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        value = ((a.get('class') or '') + ' ' + (a.get('id') or '')).strip().lower()
        if value:
            self.values.add(value)


def site_of(url):
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith('www.') else host


def class_ids(path):
    parser = ClassIds()
    raw = Path(path).read_bytes()
    try:
        parser.feed(raw.decode('utf-8', errors='replace'))
    except Exception:  # a broken page still gives what was read
        pass
    return parser.values


def read_hints(path):
    header, rows = [], []
    for line in Path(path).read_text(encoding='utf-8').splitlines():
        if line.startswith('#') or not line.strip():
            header.append(line)
            continue
        fragment, kind = line.split('\t')[:2]
        rows.append((fragment.lower(), kind.strip(), line))
    return header, rows


def extract(lector, page, hints_file, model_file, out_file):
    env = dict(os.environ)
    if hints_file:
        env['LECTOR_HTML_HINTS'] = hints_file
    if model_file:
        env['LECTOR_EXTRACT_MODEL'] = model_file
    result = subprocess.run([lector, 'extract', '--body', page], env=env,
                            capture_output=True, timeout=120)
    Path(out_file).write_bytes(result.stdout)


def score(evaluation, truth, pred_dir):
    out = subprocess.run([sys.executable, str(Path(evaluation) / 'score_extract.py'), truth,
                          '--dir', pred_dir], capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--lector', required=True)
    ap.add_argument('--features', required=True, help='lector-extract-features')
    ap.add_argument('--eval', default='/work/shared/eval/html')
    ap.add_argument('--hints', default=str(Path(__file__).resolve().parent.parent /
                                           'resources/lexicon/html_hints.tsv'))
    ap.add_argument('--min-other-sites', type=int, default=2)
    ap.add_argument('--jobs', type=int, default=2)
    args = ap.parse_args()

    truth = str(Path(args.eval) / 'truth-dev.jsonl')
    pages = [json.loads(line) for line in open(truth, encoding='utf-8') if line.strip()]
    for p in pages:
        p['path'] = str(Path(args.eval) / p['html_path']) if not os.path.isabs(
            p['html_path']) else p['html_path']
        p['site'] = site_of(p['url'])
    header, rows = read_hints(args.hints)

    values = {p['id']: class_ids(p['path']) for p in pages}
    evidence = {}
    for fragment, kind, _ in rows:
        if fragment in READABILITY.get(kind, set()):
            continue
        evidence[(fragment, kind)] = {p['site'] for p in pages
                                      if any(fragment in v for v in values[p['id']])}

    work = Path(tempfile.mkdtemp(prefix='lector-loso-'))
    dev_dir, loso_dir = work / 'dev', work / 'loso'
    dev_dir.mkdir()
    loso_dir.mkdir()
    held = {}
    hint_files = {}
    for site in sorted({p['site'] for p in pages}):
        drop = {key for key, sites in evidence.items()
                if site in sites and len(sites - {site}) < args.min_other_sites}
        held[site] = sorted(f'{f} ({k})' for f, k in drop)
        key = tuple(sorted(drop))
        if key not in hint_files:
            path = work / f'hints-{len(hint_files)}.tsv'
            kept = [line for f, k, line in rows if (f, k) not in drop]
            path.write_text('\n'.join(header + kept) + '\n', encoding='utf-8')
            hint_files[key] = str(path)
        held[site + '#file'] = hint_files[key]

    # One model per held-out site, trained on the other sites' pages as the site's hint table
    # describes them.
    data_by_table = {}
    for hints_file in hint_files.values():
        env = dict(os.environ, LECTOR_HTML_HINTS=hints_file, LECTOR_EXTRACT_MODEL='/dev/null')
        blocks = train_extract.dump_features(args.features, pages, env)
        data_by_table[hints_file] = train_extract.examples(pages, blocks)
    models = {}
    for site in sorted({p['site'] for p in pages}):
        data = data_by_table[held[site + '#file']]
        weights = train_extract.fit([d for d in data if d[3]['site'] != site])
        models[site] = str(work / f'model-{len(models)}.tsv')
        train_extract.write_model(weights, models[site], note=f'Without {site}.')

    jobs = []
    for p in pages:
        jobs.append((p['path'], None, None, str(dev_dir / f"{p['id']}.txt")))
        jobs.append((p['path'], held[p['site'] + '#file'], models[p['site']],
                     str(loso_dir / f"{p['id']}.txt")))
    with ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(lambda j: extract(args.lector, *j), jobs))

    print('dev (shipped model, full table):', score(args.eval, truth, str(dev_dir)))
    print('leave-one-site-out:         ', score(args.eval, truth, str(loso_dir)))
    print(f'sites: {len({p["site"] for p in pages})}, pages: {len(pages)}, '
          f'fragments not from Readability: {len(evidence)}')
    for site in sorted({p['site'] for p in pages}):
        if held[site]:
            print(f'  {site}: held out {", ".join(held[site])}')


if __name__ == '__main__':
    main()
