#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/gazetteer/org_*.tsv: organization names from maintained public data sets.

    python3 tools/make_org_gazetteer.py [--openflights DIR] [--universities DIR] \
        [--sp500 DIR] [--partyfacts DIR] [--financedatabase DIR [--people GOLD.jsonl...]] \
        [--simpleicons DIR --people GOLD.jsonl...] [--words /usr/share/dict/american-english]

Each file is rewritten only when its source is given. --people: gold files of the evaluation
format (CoNLL-2003 train, GMB); a one-word company name that they mark as a word of a person's
name ("Kerry", "Roche") is left out of org_companies_world.tsv, since the recogniser makes a
lone mention of a listed organization no person.

Each DIR is a clone (or a bare git directory, read at HEAD) of the source repository:

    jpatokal/openflights             data/airlines.dat              ODbL 1.0 (airlines)
    Hipo/university-domains-list     world_universities_and_domains.json   MIT (universities)
    datasets/s-and-p-500-companies   data/constituents.csv          ODC-PDDL (companies)
    hdigital/partyfactsdata          import/parlgov/parlgov.csv     ParlGov parties via Party Facts
    JerBouma/FinanceDatabase         database/equities/*.csv        MIT (listed companies of the
                                                                    world's stock exchanges)

--simpleicons DIR is the unpacked npm package simple-icons (`npm pack simple-icons@16.37.0`,
then `tar xzf`; DIR is its folder package/), data/simple-icons.json, CC0 1.0: the brands of web
sites, media and firms ("YouTube", "Kickstarter", "Spotify"), written to org_brands.tsv. Only
one-word titles: a title of several words is mostly a product ("Apple Music", "Star Trek").

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


def org_phrases(name):
    """Phrases of one generated org_*.tsv file, in lower case (empty when it is missing)."""
    phrases = set()
    path = os.path.join(OUT, name)
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if not line.startswith('#') and line.strip():
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


def place_first_words():
    """The first word of every place phrase of the other gazetteers ("Caspian" of "Caspian Sea",
    "Solomon" of "Solomon Islands"), in lower case."""
    words = set()
    for name in os.listdir(OUT):
        if not name.endswith('.tsv') or name.startswith('org_') or name == 'organizations.tsv':
            continue
        with open(os.path.join(OUT, name), encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                columns = line.split('\t')
                if len(columns) > 2 and columns[2] == 'place':
                    words.add(columns[0].split(' ')[0].lower())
    return words


def proper_words(path):
    """The capitalised words of the word list: places, peoples and their adjectives
    ("Baltic", "Hawaiian", "Aegean"), given names ("Felix"), in lower case."""
    words = set()
    if path and os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                w = line.strip()
                if w and w[0].isupper() and "'" not in w:
                    words.add(w.lower())
    return words


def airlines(directory, table, ambiguous=frozenset()):
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
        # ordinary word ("Delta Air Lines" -> "Delta" is left out by the word list), and a
        # one-word short form only when it names no place and is no proper word of the word
        # list ("Baltic Airlines", "Sichuan Airlines", "Hawaiian Airlines" keep their full name).
        if ' ' not in short and short.lower() in ambiguous:
            continue
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


def list_sources(directory, folder):
    """The paths of the files in `folder` of a checkout or a bare git directory (HEAD)."""
    plain = os.path.join(directory, folder)
    if os.path.isdir(plain):
        return sorted(os.path.join(folder, n) for n in os.listdir(plain))
    out = subprocess.run(['git', '--git-dir', directory, 'ls-tree', '--name-only', 'HEAD',
                          folder + '/'], check=True, capture_output=True).stdout.decode('utf-8')
    return sorted(out.split())


# Legal forms of the world's exchanges, after COMPANY_SUFFIX's: "Danone S.A.", "Alstom SA",
# "Volvo AB", "Nokia Oyj", "Sony Group Corporation".
WORLD_SUFFIX = re.compile(
    r'(,? (Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|plc|PLC|'
    r'P\.L\.C\.|N\.V\.|NV|S\.A\.?|SA|S\.p\.A\.|SpA|AG|SE|ASA|AB|A/S|Oyj|Tbk|Berhad|Bhd\.?|'
    r'K\.K\.|GmbH|PJSC|JSC|Holdings?|Group|& Co\.?|\(publ\)|Aktiengesellschaft|Societe anonyme|'
    r'Co\., ?Ltd\.?|S\.A\.B\. de C\.V\.|SAB de CV))+$')


def person_words(paths):
    """Words of the person mentions of gold files in the evaluation JSONL format."""
    words = set()
    for path in paths or []:
        with open(path, encoding='utf-8') as f:
            for line in f:
                for e in json.loads(line).get('entities') or []:
                    if e.get('type') in ('person', 'PER'):
                        words.update(e.get('text', '').split())
    return words


def world_companies(directory, table, people):
    """Companies whose shares any listing of FinanceDatabase ranks large or mega cap: the full
    name as listed ("Danone S.A.") and without its legal form ("Danone"). Only the rows with a
    business summary (a company's own listing, not a derivative or a share class)."""
    large = {}
    for path in list_sources(directory, 'database/equities'):
        if not path.endswith('.csv'):
            continue
        try:
            text = read_source(directory, path)
        except subprocess.CalledProcessError:
            continue  # a file the snapshot lacks (stored outside git)
        for row in csv.DictReader(io.StringIO(text)):
            name = re.sub(r'\s+', ' ', row.get('name') or '').strip()
            if (row.get('market_cap') not in ('Mega Cap', 'Large Cap') or
                    row.get('delisted') == 'True' or not row.get('summary') or not name):
                continue
            # Share classes, receipts and names written in capitals on a secondary listing
            # ("KT CORP DRN", "China Life Insurance Co. Ltd. Class H") are left out.
            if re.search(r'\d|\bADR\b|\bDRN\b|\bClass [A-Z]\b|\bSponsored\b', name):
                continue
            if len(name.split()) > 1 and name.upper() == name:
                continue
            large.setdefault(name, row.get('country') or '')
    for name in sorted(large):
        extra = 'country=%s' % large[name] if large[name] else ''
        short = WORLD_SUFFIX.sub('', name).strip(' ,')
        # Three capitals or fewer alone are too ambiguous ("BCE", the era; "SSE", "KBC").
        if re.fullmatch(r'[A-Z]{1,3}', short):
            continue
        if short in people:
            continue
        table.add(name, short or name, 'company', extra)
        if short and short != name:
            table.add(short, short, 'company', extra)


def us_given_names():
    """Given names of lexicon/usgivennames.tsv (rows: initial, names space-separated)."""
    names = set()
    with open(os.path.join(ROOT, 'resources', 'lexicon', 'usgivennames.tsv'), encoding='utf-8') as f:
        for line in f:
            if not line.startswith('#') and '\t' in line:
                names.update(line.rstrip('\n').split('\t')[1].split())
    return names


def brands(directory, table, people):
    """One-word brand titles of simple-icons ("YouTube", "Kickstarter"): letters and digits,
    opening with a capital, with a lower-case letter (no acronym), and no word of a person's name
    in the --people gold files nor a given name of lexicon/usgivennames.tsv ("Conan")."""
    people = people | us_given_names()
    with open(os.path.join(directory, 'data', 'simple-icons.json'), encoding='utf-8') as f:
        icons = json.load(f)
    if isinstance(icons, dict):
        icons = icons.get('icons', [])
    for icon in icons:
        title = icon.get('title', '').strip()
        if not re.fullmatch(r'[A-Z][A-Za-z0-9]+', title) or not re.search(r'[a-z]', title):
            continue
        if title in people:
            continue
        table.add(title, title, 'brand')


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
    parser.add_argument('--openflights')
    parser.add_argument('--universities')
    parser.add_argument('--sp500')
    parser.add_argument('--partyfacts')
    parser.add_argument('--financedatabase')
    parser.add_argument('--simpleicons')
    parser.add_argument('--people', nargs='*')
    parser.add_argument('--words', default='/usr/share/dict/american-english')
    args = parser.parse_args()
    words = load_words(args.words)
    if not words:
        sys.exit('No word list at %s (Debian package wamerican).' % args.words)
    words |= given_names()
    known = known_phrases()
    licence = '# Generated by tools/make_org_gazetteer.py; do not edit by hand.\n'

    if args.openflights:
        t = Table(words, known)
        airlines(args.openflights, t, proper_words(args.words) | place_first_words())
        t.write('org_airlines.tsv', '# Active airlines of the OpenFlights airline database '
                '(jpatokal/openflights data/airlines.dat).\n# Licence: ODbL 1.0 (Open Database '
                'License), OpenFlights.org.\n' + licence)
    if args.universities:
        t = Table(words, known)
        universities(args.universities, t)
        t.write('org_universities.tsv', '# Universities of the world (Hipo/university-domains-'
                'list world_universities_and_domains.json).\n# Licence: MIT, Copyright (c) '
                '2014-2025 Hipo.\n' + licence)
    if args.sp500:
        t = Table(words, known)
        companies(args.sp500, t)
        t.write('org_companies.tsv', '# Companies of the S&P 500 index (datasets/s-and-p-500-'
                'companies data/constituents.csv).\n# Licence: ODC Public Domain Dedication and '
                'License (PDDL) 1.0.\n' + licence)
    if args.partyfacts:
        t = Table(words, known)
        parties(args.partyfacts, t)
        t.write('org_parties.tsv', '# Political parties of ParlGov as imported by Party Facts '
                '(hdigital/partyfactsdata import/parlgov/parlgov.csv).\n# Licence: repository '
                'MIT (Party Facts authors); data: ParlGov, Doring and Manow 2024, '
                'doi:10.7910/DVN/2VZ5ZC.\n' + licence)
    if args.financedatabase:
        # The other org_*.tsv files keep their rows; this one adds the world's large firms.
        others = set()
        for name in ('org_airlines.tsv', 'org_universities.tsv', 'org_companies.tsv',
                     'org_parties.tsv'):
            others |= org_phrases(name)
        t = Table(words, known | others)
        world_companies(args.financedatabase, t, person_words(args.people))
        t.write('org_companies_world.tsv', '# Large listed companies of the world\'s stock '
                'exchanges (JerBouma/FinanceDatabase database/equities/*.csv, rows ranked '
                'large or mega cap).\n# Licence: MIT, Copyright (c) 2023 Jeroen Bouma.\n' +
                licence)
    if args.simpleicons:
        others = set()
        for name in ('org_airlines.tsv', 'org_universities.tsv', 'org_companies.tsv',
                     'org_parties.tsv', 'org_companies_world.tsv'):
            others |= org_phrases(name)
        t = Table(words, known | others)
        brands(args.simpleicons, t, person_words(args.people))
        t.write('org_brands.tsv', '# One-word brands of web sites, media and firms (npm package '
                'simple-icons 16.37.0, data/simple-icons.json).\n# Licence: CC0 1.0 Universal '
                '(Simple Icons collaborators).\n' + licence)


if __name__ == '__main__':
    main()
