#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/gazetteer/org_*.tsv: organization names from maintained public data sets.

    python3 tools/make_org_gazetteer.py --openflights DIR --universities DIR \
        --sp500 DIR --partyfacts DIR [--words /usr/share/dict/american-english]

Each DIR is a clone (or a bare git directory, read at HEAD) of the source repository:

    jpatokal/openflights             data/airlines.dat              ODbL 1.0 (airlines)
    Hipo/university-domains-list     world_universities_and_domains.json   MIT (universities)
    datasets/s-and-p-500-companies   data/constituents.csv          ODC-PDDL (companies)
    hdigital/partyfactsdata          import/parlgov/parlgov.csv     ParlGov parties via Party Facts

A one-word name that is also an ordinary English word ("Target", "Delta", "Frontier") or a
given name of lexicon/givennames.tsv ("Felix") is left out, since a capital at the start of a sentence would make it an organization; the word list is
Debian's wamerican package. Names already in the hand-written gazetteers are left to them.
Output is sorted and deterministic.
"""
import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'resources', 'gazetteer')


def read_source(directory, path):
    """The text of `path` in a checkout or a bare git directory (HEAD)."""
    plain = os.path.join(directory, path)
    if os.path.exists(plain):
        with open(plain, encoding='utf-8') as f:
            return f.read()
    return subprocess.run(['git', '--git-dir', directory, 'show', 'HEAD:' + path], check=True,
                          capture_output=True).stdout.decode('utf-8')


def load_words(path):
    words = set()
    if path and os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                w = line.strip()
                if w and w[0].islower():
                    words.add(w.lower())
    return words


def given_names():
    """Given names of lexicon/givennames.tsv: a lone given name ("Felix") is a person first."""
    names = set()
    with open(os.path.join(ROOT, 'resources', 'lexicon', 'givennames.tsv'), encoding='utf-8') as f:
        for line in f:
            if not line.startswith('#') and line.strip():
                names.add(line.split('\t')[0].strip().lower())
    return names


def known_phrases():
    """Phrases of the hand-written and generated gazetteers other than org_*.tsv."""
    phrases = set()
    for name in os.listdir(OUT):
        if not name.endswith('.tsv') or name.startswith('org_'):
            continue
        with open(os.path.join(OUT, name), encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                phrases.add(line.split('\t')[0].strip().lower())
    return phrases


class Table:
    def __init__(self, words, known):
        self.rows = {}
        self.words = words
        self.known = known

    def add(self, phrase, canonical, minor, extra=''):
        phrase = re.sub(r'\s+', ' ', phrase).strip()
        canonical = re.sub(r'\s+', ' ', canonical).strip()
        if len(phrase) < 3 or '\t' in phrase or not phrase[0].isupper():
            return
        if phrase.lower() in self.known:
            return
        tokens = phrase.split(' ')
        # A lone ordinary word, or a lone word in lower case after its capital, is too
        # ambiguous ("Target", "Spirit").
        if len(tokens) == 1 and phrase.lower() in self.words:
            return
        if phrase not in self.rows:
            self.rows[phrase] = (canonical, minor, extra)

    def write(self, name, header):
        path = os.path.join(OUT, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(header)
            f.write('# columns: phrase, canonical, major, minor, extra (key=value;...)\n')
            for phrase in sorted(self.rows):
                canonical, minor, extra = self.rows[phrase]
                f.write('\t'.join([phrase, canonical, 'organization', minor, extra]) + '\n')
        print('%s: %d rows' % (name, len(self.rows)), file=sys.stderr)


COMPANY_SUFFIX = re.compile(
    r'(,? (Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|N\.V\.|'
    r'S\.A\.|AG|SE|Holdings?|Group|& Co\.))+$')


def airlines(directory, table):
    text = read_source(directory, 'data/airlines.dat')
    for row in csv.reader(io.StringIO(text)):
        if len(row) < 8 or row[7] != 'Y':
            continue
        name, country = row[1], row[6]
        if not country or country in ('\\N', 'N/A') or name in ('Unknown', 'Private flight'):
            continue
        if not re.search(r'[A-Za-z]{3}', name):
            continue
        extra = 'country=%s' % country
        table.add(name, name, 'airline', extra)
        short = re.sub(r' (Airlines|Airways|Air Lines|Aviation|Airline)$', '', name)
        # "Aer Lingus", "Ryanair": the short form only when it keeps two words or is no
        # ordinary word ("Delta Air Lines" -> "Delta" is left out by the word list).
        if short != name and len(short) >= 4:
            table.add(short, name, 'airline', extra)


def universities(directory, table):
    data = json.loads(read_source(directory, 'world_universities_and_domains.json'))
    for u in data:
        name = u.get('name', '').strip()
        if len(name.split()) < 2:
            continue
        table.add(name, name, 'university', 'country=%s' % u.get('alpha_two_code', ''))


def companies(directory, table):
    text = read_source(directory, 'data/constituents.csv')
    for row in csv.DictReader(io.StringIO(text)):
        name = row['Security'].strip()
        name = re.sub(r' \(Class [A-Z]\)$', '', name)
        # "Coca-Cola Company (The)" -> "Coca-Cola Company", "Lilly (Eli)" -> "Eli Lilly".
        bracket = re.fullmatch(r'(.*) \((.*)\)', name)
        if bracket:
            name = bracket.group(1) if bracket.group(2) == 'The' else '%s %s' % (
                bracket.group(2), bracket.group(1))
        canonical = name
        table.add(name, canonical, 'company')
        short = COMPANY_SUFFIX.sub('', name).strip()
        if short and short != name:
            table.add(short, canonical, 'company')


def parties(directory, table):
    text = read_source(directory, 'import/parlgov/parlgov.csv')
    for row in csv.DictReader(io.StringIO(text)):
        english = row['party_name_english'].strip()
        native = row['party_name'].strip()
        short = row['party_name_short'].strip()
        extra = 'country=%s' % row['country']
        if english:
            table.add(english, english, 'party', extra)
        if native and native != english:
            table.add(native, english or native, 'party', extra)
        # Acronyms of three or more capitals ("CDU", "PSOE"); shorter ones are too ambiguous.
        if re.fullmatch(r'[A-ZÄÖÜ]{3,6}', short) and english:
            table.add(short, english, 'party', extra)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--openflights', required=True)
    parser.add_argument('--universities', required=True)
    parser.add_argument('--sp500', required=True)
    parser.add_argument('--partyfacts', required=True)
    parser.add_argument('--words', default='/usr/share/dict/american-english')
    args = parser.parse_args()
    words = load_words(args.words)
    if not words:
        sys.exit('No word list at %s (Debian package wamerican).' % args.words)
    words |= given_names()
    known = known_phrases()
    licence = '# Generated by tools/make_org_gazetteer.py; do not edit by hand.\n'

    t = Table(words, known)
    airlines(args.openflights, t)
    t.write('org_airlines.tsv', '# Active airlines of the OpenFlights airline database '
            '(jpatokal/openflights data/airlines.dat).\n# Licence: ODbL 1.0 (Open Database '
            'License), OpenFlights.org.\n' + licence)
    t = Table(words, known)
    universities(args.universities, t)
    t.write('org_universities.tsv', '# Universities of the world (Hipo/university-domains-list '
            'world_universities_and_domains.json).\n# Licence: MIT, Copyright (c) 2014-2025 '
            'Hipo.\n' + licence)
    t = Table(words, known)
    companies(args.sp500, t)
    t.write('org_companies.tsv', '# Companies of the S&P 500 index (datasets/s-and-p-500-'
            'companies data/constituents.csv).\n# Licence: ODC Public Domain Dedication and '
            'License (PDDL) 1.0.\n' + licence)
    t = Table(words, known)
    parties(args.partyfacts, t)
    t.write('org_parties.tsv', '# Political parties of ParlGov as imported by Party Facts '
            '(hdigital/partyfactsdata import/parlgov/parlgov.csv).\n# Licence: repository MIT '
            '(Party Facts authors); data: ParlGov, Doring and Manow 2024, '
            'doi:10.7910/DVN/2VZ5ZC.\n' + licence)


if __name__ == '__main__':
    main()
