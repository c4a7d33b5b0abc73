#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns Mozilla Readability's test pages into the extraction eval format.

Source: github.com/mozilla/readability, test/test-pages/<name>/source.html (a saved page) and
expected.html (the article Readability.js extracts from it), Apache-2.0; the pages belong to
their publishers, for evaluation only. Brought in as a git mirror (the session's `fetch`):

  tools/make_readability_eval.py --git /work/.mirror/mozilla+readability/repo \\
      --out /work/shared/eval/readability

writes OUT/pages/<name>.html and OUT/truth.jsonl ({"id", "html_path", "url", "site", "body"}),
which score_extract.py and tools/train_extract.py read. The body is the text of expected.html,
one line per block element. Only pages of at least --min-bytes are taken: the smaller ones are
hand-made unit tests of Readability's features (base-url, replace-brs), not saved pages. The
site is the page name without its number ("nytimes-3" -> "nytimes").

Note: expected.html is Readability.js's output, not a person's choice, so a score on these
pages measures agreement with Readability on pages it was tested with.
Standard library only.
"""
import argparse
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

BLOCKS = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'br',
          'tr', 'td', 'th', 'dd', 'dt', 'section', 'article', 'figcaption', 'table', 'ul',
          'ol', 'dl', 'hr', 'header', 'footer', 'figure', 'main', 'aside', 'caption'}
SKIP = {'script', 'style', 'noscript', 'template'}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self):
        lines = (re.sub(r'\s+', ' ', line).strip() for line in ''.join(self.parts).split('\n'))
        return '\n'.join(line for line in lines if line)


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo, *args], capture_output=True,
                          check=True).stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--git', required=True, help='git directory of mozilla/readability')
    ap.add_argument('--rev', default='HEAD')
    ap.add_argument('--out', required=True)
    ap.add_argument('--min-bytes', type=int, default=20000)
    args = ap.parse_args()

    out = Path(args.out)
    (out / 'pages').mkdir(parents=True, exist_ok=True)
    commit = git(args.git, 'rev-parse', args.rev).decode().strip()
    names = git(args.git, 'ls-tree', '--name-only', f'{args.rev}:test/test-pages').decode().split()
    rows = []
    for name in names:
        base = f'{args.rev}:test/test-pages/{name}'
        source = git(args.git, 'show', f'{base}/source.html')
        if len(source) < args.min_bytes:
            continue
        parser = Text()
        parser.feed(git(args.git, 'show', f'{base}/expected.html').decode('utf-8', 'replace'))
        body = parser.text()
        if not body:
            continue
        (out / 'pages' / f'{name}.html').write_bytes(source)
        rows.append({'id': name, 'html_path': f'pages/{name}.html', 'url': None,
                     'site': re.sub(r'-\d+$', '', name), 'body': body})
    with open(out / 'truth.jsonl', 'w', encoding='utf-8') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    (out / 'SOURCE').write_text(f'github.com/mozilla/readability {commit} test/test-pages, '
                                f'Apache-2.0; {len(rows)} pages of >= {args.min_bytes} bytes\n')
    print(f'{len(rows)} pages, {len({r["site"] for r in rows})} sites -> {out}')


if __name__ == '__main__':
    main()
