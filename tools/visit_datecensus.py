#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts only: where a run loses visit dates and statuses, over the visits it matches.

usage: tools/visit_datecensus.py GOLD PRED.jsonl [--markdown]   (SHARED=../shared by default)

Made to compare the read even lines of visits-train with the held-out odd lines
(tools/visit_cv.sh writes gold-even/gold-odd and cvN-even/cvN-odd) without reading the odd
ones: it prints no text, no name, no id and no date value, only counts. The matching is
score_visits.py's (pairs merged by (visitor, place), required visits first, each pair used
once); only matched required gold visits are counted, as the scorer's date and status figures do.

Tables:
- documents: with / without a publication date (dct), by source;
- gold dated / undated x predicted dated / undated (a pair is dated when one of its rows is);
- the outcome of each matched gold visit with a date: consistent, or the cause class of the
  miss, found from the document's own time expressions (the `timex` list of PRED):
    undated, value in text   no row dated, but a time expression of the document has a value
                             consistent with the gold date (the dater did not take it)
    undated, value not found no row dated and no time expression of the document has it
    dct given                a row is dated with the publication date, the gold date differs
    other date of the text   the row took another time expression's value while one of the
                             document has the gold value (the dater chose the wrong one)
    value not found          the row is dated, no time expression has the gold value
                             (the tagger missed or misresolved it, or gold infers the date)
  each split by whether the gold date_text's words are tagged at all (a time expression whose
  text overlaps an occurrence of date_text) and by the document having a dct;
- the gold date's precision (day, month, year, week, other) x outcome, and, for wrong dates,
  how the predicted value differs (year, month within the year, day within the month,
  precision: one value is not a prefix of the other but they share the coarser part);
- gold status x predicted status (the scorer counts a pair right when one of its rows has the
  gold status; otherwise the first row's status is the prediction), all and by dct;
- when PRED's rows carry "occ" (the pair's occurrence sentences) and "src" fields (a diagnostic build that records which step of the
  dater gave the date: own sentence, another occurrence, a later event, the paragraph, the
  same trip, another sentence of the pair, the country's row): whether the gold evidence is
  the row, another occurrence or none, and the step x outcome.
"""
import argparse, collections, json, os, re, sys
sys.path.insert(0, os.path.join(os.environ.get('SHARED') or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared'), 'eval', 'visits'))
from score_visits import words, prefix_consistent, OPTIONAL
from visit_matchdiff import matches, pairs_of

STATUSES = ['past', 'ongoing', 'planned', 'cancelled', 'hypothetical', 'listed', None]


def precision(value):
    if not value:
        return 'none'
    if re.fullmatch(r'\d{4}-\d\d-\d\d', value):
        return 'day'
    if re.fullmatch(r'\d{4}-\d\d', value):
        return 'month'
    if re.fullmatch(r'\d{4}', value):
        return 'year'
    if re.fullmatch(r'\d{4}-W\d\d', value):
        return 'week'
    return 'other'


def difference(gold, pred):
    """How an inconsistent predicted value differs from the gold one."""
    if gold[:4] != pred[:4]:
        return 'year differs'
    if precision(gold) == 'week' or precision(pred) == 'week':
        return 'week against date'
    if gold[:7] != pred[:7]:
        return 'month differs (same year)'
    return 'day differs (same month)'


def matched(gold, pred):
    """(gold visit, rows of its pair) for the matched required gold visits."""
    for _, gv, rows in matches(gold, pairs_of(pred)):
        if gv['status'] not in OPTIONAL:
            yield gv, rows


def date_words(text, gdate, date_text, timex, rows):
    """Where the gold date_text is: tagged with a value consistent with the gold date, tagged
    with another value, or untagged; and whether such a time expression lies inside one of the
    pair's evidence rows (the row's own sentence) or only elsewhere."""
    if not date_text:
        return 'no date_text', '-'
    found, where = 'date_text untagged', '-'
    for m in re.finditer(re.escape(date_text), text):
        # timex offsets are code points, as Python's str indices are
        over = [t for t in timex if t['start'] < m.end() and m.start() < t['end']]
        if not over:
            continue
        right = [t for t in over if prefix_consistent(gdate, t.get('value'))]
        inside = any(r.get('start', -1) <= t['start'] and t['end'] <= r.get('end', -1)
                     for t in (right or over) for r in rows)
        if right or found == 'date_text untagged':
            found = 'tagged, gold value' if right else 'tagged, other value'
            where = 'in the row' if inside else 'outside the row'
        if right and inside:
            break
    return found, where


def evidence_relation(text, gv, rows):
    """Does a row overlap the gold evidence, and does the gold evidence hold the date_text?"""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(gv.get('evidence') or '\0'), text)]
    same = any(r.get('start', -1) < e and b < r.get('end', -1) for b, e in spans for r in rows)
    holds = bool(gv.get('date_text')) and gv['date_text'] in (gv.get('evidence') or '')
    if not same and spans and rows:
        same = 'gold evidence before the row' if spans[0][0] < rows[0].get('start', -1) \
            else 'gold evidence after the row'
    return ('row on gold evidence' if same is True else same or 'row elsewhere') + \
        (', date in evidence' if holds else ', date not in evidence')


def occurrence_of_evidence(text, gv, rows):
    """With a diagnostic build whose rows list the pair's occurrences ("occ": [start, end,
    merged, own date found] per sentence): is the gold evidence the row, another occurrence
    (merged into the trip or scored below the threshold; its own date found or not), or none?"""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(gv.get('evidence') or '\0'), text)]
    r = rows[0]
    if any(r.get('start', -1) < e and b < r.get('end', -1) for b, e in spans):
        return 'the row'
    occ = [o for o in r['occ'] if any(o[0] < e and b < o[1] for b, e in spans)]
    if not occ:
        return 'not an occurrence'
    return 'another occurrence, %s, own date %s' % ('merged' if occ[0][2] else 'scored <= 0',
                                                    'found' if occ[0][3] else 'not found')


def sentence_bounds(text, at):
    """The sentence around offset `at`, roughly: from after the last '. ', '? ', '! ' or line
    break before it to the next one."""
    ends = [m.end() for m in re.finditer(r'[.?!]["\u201d\u2019\']?\s+|\n', text)]
    begin = max([e for e in ends if e <= at], default=0)
    end = min([e for e in ends if e > at], default=len(text))
    return begin, end


def date_source(text, gv, rows, timex, doc_id=None):
    """For a gold date found outside the row: where the nearest time expression with the gold
    value (over date_text) stands: sentences before or after the row, the lead, and whether
    that sentence names the visitor and the place."""
    gdate, date_text = gv.get('date'), gv.get('date_text')
    if not rows or not date_text:
        return None
    r0, r1 = rows[0].get('start', -1), rows[0].get('end', -1)
    best = None
    for m in re.finditer(re.escape(date_text), text):
        for t in timex:
            if t['start'] < m.end() and m.start() < t['end'] and prefix_consistent(gdate, t.get('value')):
                d = 0 if r0 <= t['start'] < r1 else (t['start'] - r1 if t['start'] >= r1 else t['start'] - r0)
                if best is None or abs(d) < abs(best[0]):
                    best = (d, t)
    if best is None or best[0] == 0:
        return None
    t = best[1]
    b, e = sentence_bounds(text, t['start'])
    sent = text[b:e]
    lo, hi = sorted((t['start'], r0 if t['start'] < r0 else r1))
    between = len(re.findall(r'[.?!]["\u201d\u2019\']?\s+|\n', text[lo:hi]))
    visitor = bool(words(gv['visitor']) & words(sent))
    place = any(p.lower() in sent.lower() for p in gv['places'])
    return ('before the row' if t['start'] < r0 else 'after the row',
            ('lead sentence' if b == 0 else ('%d sentence(s) away' % min(between, 3)).replace('3 sentence(s)', '3+ sentences')) +
            (', names visitor' if visitor else '') + (', names place' if place else ''))


def census(gold_docs, preds):
    c = collections.defaultdict(collections.Counter)
    for g in gold_docs:
        p = preds.get(g['id'], {})
        timex = p.get('timex') or []
        has_dct = 'with dct' if g.get('dct') else 'no dct'
        c['documents'][(g.get('source') or '-', has_dct)] += 1
        for gv, rows in matched(g, p.get('visits') or []):
            dates = [r.get('date') for r in rows if r.get('date')]
            gdate = gv.get('date')
            c['dated'][('gold dated' if gdate else 'gold undated',
                        'pred dated' if dates else 'pred undated')] += 1
            st = [r.get('status') for r in rows if r.get('status')]
            if st:
                said = gv['status'] if gv['status'] in st else st[0]
                c['status'][(gv['status'], said)] += 1
                c['status, ' + has_dct][(gv['status'], said)] += 1
            if not gdate:
                continue
            in_text = any(prefix_consistent(gdate, t.get('value')) for t in timex)
            if any(prefix_consistent(gdate, d) for d in dates):
                cause = 'consistent'
            elif not dates:
                cause = 'undated, value in text' if in_text else 'undated, value not found'
            elif g.get('dct') and g['dct'] in dates:
                cause = 'dct given'
            elif in_text:
                cause = 'other date of the text'
            else:
                cause = 'value not found'
            tagged, where = date_words(g.get('text', ''), gdate, gv.get('date_text'), timex, rows)
            c['cause'][(cause, 'all')] += 1
            c['cause'][(cause, tagged)] += 1
            c['cause, by dct'][(cause, has_dct)] += 1
            c['where'][(cause, tagged + ', ' + where)] += 1
            c['evidence'][(cause, evidence_relation(g.get('text', ''), gv, rows))] += 1
            src = date_source(g.get('text', ''), gv, rows, timex)
            if src:
                c['gold date outside the row'][(cause + ', ' + src[0], src[1])] += 1
            c['precision'][(precision(gdate), 'consistent' if cause == 'consistent' else 'miss')] += 1
            if dates and cause != 'consistent':
                later = dates[0] > gdate if dates[0][:4].isdigit() else None
                c['later or earlier'][(cause, {True: 'pred later', False: 'pred earlier',
                                               None: 'pred not a date'}[later])] += 1
                c['difference'][(difference(gdate, dates[0]), precision(gdate) + ' -> ' + precision(dates[0]))] += 1
            if 'occ' in rows[0]:
                c['gold evidence'][(occurrence_of_evidence(g.get('text', ''), gv, rows),
                                    'consistent' if cause == 'consistent' else 'miss')] += 1
            if 'src' in rows[0]:
                c['dater step'][(rows[0].get('src') or 'none',
                                 'consistent' if cause == 'consistent' else 'miss')] += 1
            c['gold equals dct'][('gold date = dct' if gdate == g.get('dct') else 'gold date != dct',
                                  'consistent' if cause == 'consistent' else 'miss')] += 1
    return c


def table(title, counter, markdown):
    rows = sorted({k[0] for k in counter}, key=str)
    cols = sorted({k[1] for k in counter}, key=lambda s: (s != 'all', str(s)))
    if title.startswith('status'):
        order = [s for s in STATUSES if s in set(rows) | set(cols)]
        rows = [s for s in order if s in rows]
        cols = [s for s in order if s in cols]
    print('\n' + (('**%s**\n' % title) if markdown else '== %s ==' % title))
    head = [title] + [str(x) for x in cols] + ['total']
    if markdown:
        print('| ' + ' | '.join(head) + ' |')
        print('|' + '---|' * len(head))
    else:
        print('  '.join('%-26s' % h if i == 0 else '%10s' % h for i, h in enumerate(head)))
    for r in rows:
        vals = [counter.get((r, k), 0) for k in cols]
        total = counter.get((r, 'all'), sum(vals)) if 'all' in cols else sum(vals)
        cells = [str(r)] + [str(v) for v in vals] + [str(total)]
        if markdown:
            print('| ' + ' | '.join(cells) + ' |')
        else:
            print('  '.join('%-26s' % x if i == 0 else '%10s' % x for i, x in enumerate(cells)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('gold')
    ap.add_argument('pred')
    ap.add_argument('--markdown', action='store_true', help='tables as Markdown')
    a = ap.parse_args()
    gold = [json.loads(l) for l in open(a.gold, encoding='utf-8') if l.strip()]
    preds = {d['id']: d for d in (json.loads(l) for l in open(a.pred, encoding='utf-8') if l.strip())}
    c = census(gold, preds)
    for title in ['documents', 'dated', 'cause', 'cause, by dct', 'precision', 'where', 'evidence',
                  'gold date outside the row', 'later or earlier', 'difference', 'gold equals dct',
                  'dater step', 'gold evidence', 'status', 'status, with dct', 'status, no dct']:
        if c[title]:
            table(title, c[title], a.markdown)


if __name__ == '__main__':
    main()
