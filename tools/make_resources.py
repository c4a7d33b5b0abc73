#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates Lector's generated gazetteers from data installed on Debian.

    python3 tools/make_resources.py [--root resources]

Writes resources/gazetteer/{countries,former_countries,subdivisions,cities}.tsv from
  - iso-codes (/usr/share/iso-codes/json/iso_3166-{1,2,3}.json), LGPL-2.1+,
  - tzdata (/usr/share/zoneinfo/zone1970.tab, iso3166.tab), public domain,
  - libgeonames0 (the GeoNames cities15000 list compiled into libgeonames.so.0, read through
    its C API), GeoNames data CC BY 4.0,
  - the AP style abbreviations of the US states ("Mich.", "N.H.") of python-us
    (github.com/unitedstates/python-us, us/states.py, field ap_abbr; BSD-3-Clause), given with
    --us-states PATH; without it the abbreviations already in subdivisions.tsv are kept.
It checks the hand-written gazetteers (demonyms, organizations, regions, places_extra) against
the countries it generates: each demonym and alias must point at a known canonical name.
The output is sorted and does not depend on the machine's locale: running it twice gives the
same files.
"""

import argparse
import ctypes
import json
import re
import sys
import unicodedata
from pathlib import Path

ISO_DIR = Path("/usr/share/iso-codes/json")
ZONE1970 = Path("/usr/share/zoneinfo/zone1970.tab")
ISO3166_TAB = Path("/usr/share/zoneinfo/iso3166.tab")
GEONAMES_LIB = "/usr/lib/x86_64-linux-gnu/libgeonames.so.0"

# The name news uses for a country where ISO 3166's short name is formal or inverted
# ("Korea, Republic of"). iso-codes' common_name is used where it has one; these fill the rest.
CANONICAL_OVERRIDES = {
    "BN": "Brunei",
    "CC": "Cocos Islands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "TR": "Turkey",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
}

# Former countries under the name history books use (ISO 3166-3 alpha-4 codes).
FORMER_CANONICAL = {"SUHH": "Soviet Union", "DDDE": "East Germany", "BYAA": "Byelorussian SSR"}

# iso_3166-2 subdivision types kept as regions (districts, municipalities and the like are too
# small and too often homonyms of ordinary words to help).
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Autonomous region", "Autonomous community", "Republic",
    "Country", "Nation", "Prefecture", "Governorate", "Oblast", "Emirate", "Land", "Canton",
    "Territory", "Federal district", "Autonomous province", "Autonomous republic",
    "Administrative region", "Special administrative region", "Municipality", "County",
    "Voivodship", "Department", "Metropolitan region", "Autonomous city", "Special region",
    "Capital district", "Capital territory", "Federal territory", "Island council",
    "Autonomous territorial unit", "Autonomous district", "Union territory", "Division",
}
# Generic words of the local language that ISO 3166-2 keeps in a division's name and English
# text leaves out ("Sichuan Sheng" is "Sichuan"): only words that are no English word.
# Only the provinces: an autonomous region's short name ("Xinjiang Uygur", "Nei Mongol", "Xizang")
# is not the English one ("Xinjiang", "Inner Mongolia", "Tibet": regions.tsv writes those).
LOCAL_GENERIC = re.compile(r" Sheng$")
# Municipalities and counties are kept only in the countries where they are the first level.
SMALL_TYPES = {"Municipality", "County", "Department", "Division"}


def fold(text):
    """'São Paulo' -> 'Sao Paulo': the ASCII spelling English news often uses."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def uninvert(name):
    """'Korea, Republic of' -> 'Republic of Korea'; 'Virgin Islands, British' -> British ..."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    if tail.endswith(" of") or tail.endswith(" of the"):
        return f"{tail} {head}"
    if " " not in tail:
        return f"{tail} {head}"
    return None


def read_tsv(path):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


class Writer:
    """Collects gazetteer rows for one file and writes them sorted, without duplicates."""

    def __init__(self, stopnames):
        self.rows = set()
        self.stopnames = stopnames

    def add(self, phrase, canonical, major, minor, extra=""):
        phrase = " ".join(phrase.split())
        if not phrase or phrase in self.stopnames or len(phrase) < 2:
            return
        self.rows.add((phrase, canonical, major, minor, extra))

    def write(self, path, header):
        lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
        lines.append("# columns: phrase, canonical, major, minor, extra (key=value;...)")
        for row in sorted(self.rows, key=sort_key):
            lines.append("\t".join(row))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path}: {len(self.rows)} entries")


def sort_key(row):
    # Phrase first; among equal phrases the most populous place first (the Gazetteer prefers
    # the first entry of a phrase), then canonical for determinism.
    pop = 0
    for item in row[4].split(";"):
        if item.startswith("pop="):
            pop = int(item[4:])
    return (row[0], -pop, row[1], row[3], row[4])


def countries(stopnames):
    data = json.loads((ISO_DIR / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    tz_names = {}
    for row in read_tsv(ISO3166_TAB):
        tz_names[row[0]] = row[1]
    writer = Writer(stopnames)
    canonical_by_code = {}
    for country in data:
        code = country["alpha_2"]
        canonical = CANONICAL_OVERRIDES.get(code) or country.get("common_name") or country["name"]
        canonical_by_code[code] = canonical
        extra = f"iso={code};iso3={country['alpha_3']}"
        names = {canonical, country["name"], country.get("official_name", ""),
                 country.get("common_name", ""), tz_names.get(code, "")}
        for name in list(names):
            if not name:
                continue
            names.add(fold(name))
            if "(" in name:
                names.add(name.split(" (")[0])
            if name.startswith("the "):
                names.add(name[4:])
        for name in names:
            if not name:
                continue
            name = uninvert(name.split(" (")[0]) if ", " in name else name
            if name and "," not in name:
                writer.add(name, canonical, "place", "country", extra)
    # "Korea (South)" and "Korea (North)" both lose their brackets to "Korea": a phrase that
    # would name two countries names neither.
    owners = {}
    for row in writer.rows:
        owners.setdefault(row[0], set()).add(row[1])
    writer.rows = {row for row in writer.rows if len(owners[row[0]]) == 1}
    return writer, canonical_by_code


def former_countries(stopnames):
    data = json.loads((ISO_DIR / "iso_3166-3.json").read_text(encoding="utf-8"))["3166-3"]
    writer = Writer(stopnames)
    for country in data:
        parts = [p.strip() for p in country["name"].split(",")]
        canonical = parts[0]
        # "USSR, Union of Soviet Socialist Republics": an acronym first, then the full name.
        if len(parts) == 2 and parts[0].isupper():
            canonical = parts[1]
        canonical = FORMER_CANONICAL.get(country["alpha_4"], canonical)
        extra = f"iso={country['alpha_4']};until={country.get('withdrawal_date', '')}"
        # "Yemen, Democratic" is "Democratic Yemen"; a lone "Democratic" names nothing.
        names = {uninvert(country["name"]) or canonical, canonical}
        names.update(p for p in parts if p.isupper() or " " in p)
        for name in names:
            if name and "," not in name and "(" not in name and not name.endswith(" of"):
                writer.add(name, canonical, "place", "former-country", extra)
    return writer


def subdivisions(stopnames, canonical_by_code, ap_forms=()):
    data = json.loads((ISO_DIR / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    top_level = {}
    for sub in data:
        if "parent" not in sub:
            top_level.setdefault(sub["code"][:2], set()).add(sub["type"])
    writer = Writer(stopnames)
    for sub in data:
        kind = sub["type"]
        country = sub["code"][:2]
        if kind not in SUBDIVISION_TYPES or "parent" in sub:
            continue
        if kind in SMALL_TYPES and len(top_level.get(country, ())) > 1:
            continue
        name = sub["name"]
        forms = {name}
        # "Catalunya [Cataluña]": the name and its variant in brackets.
        if " [" in name:
            name, variant = name.rstrip("]").split(" [", 1)
            forms = {name, variant}
        if "(" in name or any(c.isdigit() for c in name):
            name = name.split(" (")[0]
            if any(c.isdigit() for c in name):
                continue
        extra = f"iso={sub['code']};country={canonical_by_code.get(country, country)}"
        forms.add(name)
        # "Sichuan Sheng": news in English drops the Chinese generic word, and
        # the short name is the one a reader knows; never where it names a country ("Taiwan").
        local = LOCAL_GENERIC.sub("", name)
        if local != name and local not in canonical_by_code.values():
            forms.add(local)
            name = local
        # "Grand Rapids, Mich.": the AP abbreviation of a US state, with its period, is a
        # phrase of the same entry (the EntityRecogniser reads it after a city and a comma).
        forms |= {phrase for phrase, iso in ap_forms if iso == sub["code"]}
        for form in forms | {fold(f) for f in forms}:
            # "Georgia" the state stays in: the Gazetteer prefers the country of countries.tsv.
            writer.add(form, name, "place", "region", extra)
    return writer


def ap_state_forms(path, existing):
    """(phrase, iso) pairs: the AP style abbreviation of each US state that has one with a
    period ("Mich.", "N.H.", "W.Va."; "Ohio" and "Texas" are not abbreviated), read from
    python-us's us/states.py (one State(**{...}) literal per state: "abbr" is the postal code,
    "ap_abbr" the AP form or None). Without the file: the pairs of `existing`, the current
    subdivisions.tsv, so that a run without it changes nothing."""
    pairs = set()
    if path is None or not Path(path).exists():
        if path is not None:
            print(f"{path}: not found; the AP abbreviations of {existing} are kept",
                  file=sys.stderr)
        if existing.exists():
            for row in read_tsv(existing):
                iso = next((i[4:] for i in row[4].split(";") if i.startswith("iso=")), "")
                if iso.startswith("US-") and "." in row[0]:
                    pairs.add((row[0], iso))
        return pairs
    source = Path(path).read_text(encoding="utf-8")
    for block in re.findall(r"State\(\s*\*\*\{(.*?)\}\s*\)", source, re.S):
        fields = dict(re.findall(r'"(\w+)":\s*"([^"]*)"', block))
        if fields.get("ap_abbr", "").endswith(".") and len(fields.get("abbr", "")) == 2:
            pairs.add((fields["ap_abbr"], "US-" + fields["abbr"]))
    return pairs


def load_geonames():
    lib = ctypes.CDLL(GEONAMES_LIB)
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    for field in ("name", "state", "country", "country_code", "timezone"):
        func = getattr(lib, f"geonames_city_get_{field}")
        func.restype = ctypes.c_char_p
        func.argtypes = [ctypes.c_void_p]
    for field in ("latitude", "longitude"):
        func = getattr(lib, f"geonames_city_get_{field}")
        func.restype = ctypes.c_double
        func.argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    cities = []
    for index in range(lib.geonames_get_n_cities()):
        city = lib.geonames_get_city(index)
        cities.append({
            "name": lib.geonames_city_get_name(city).decode("utf-8"),
            "state": (lib.geonames_city_get_state(city) or b"").decode("utf-8"),
            "code": lib.geonames_city_get_country_code(city).decode("utf-8"),
            "lat": lib.geonames_city_get_latitude(city),
            "lon": lib.geonames_city_get_longitude(city),
            "pop": lib.geonames_city_get_population(city),
        })
        lib.geonames_city_free(city)
    return cities


# Generic words of a first-level division's name that GeoNames and ISO 3166-2 write or leave
# out differently ("Yunnan Province" and "Yunnan Sheng", "State of Maine" and "Maine").
DIVISION_AFFIXES = re.compile(
    r"^(state|province|region|republic|oblast|governorate|department|county|district|"
    r"prefecture|autonomous region|municipality|city|canton|voivodeship) of |"
    r" (sheng|zizhiqu|shi|province|region|state|oblast|kray|krai|governorate|prefecture|county|"
    r"district|department|voivodeship|autonomous region|autonomous community|"
    r"special administrative region|municipality|ken|fu|to|do|ili|vilayati|viloyati|wilaya|"
    r"muhafazat|ostan)$")


def division_key(name):
    """A first-level division's name folded for matching GeoNames' admin1 names to ISO 3166-2."""
    key = fold(name).lower().replace("-", " ").replace("\u2019", "'")
    for _ in range(3):
        shorter = DIVISION_AFFIXES.sub("", key).strip()
        if shorter == key:
            break
        key = shorter
    return key


def division_codes(subdivision_writer):
    """country code -> division_key -> the ISO 3166-2 codes of subdivisions.tsv of that name."""
    codes = {}
    for phrase, canonical, _major, _minor, extra in subdivision_writer.rows:
        iso = next(item[4:] for item in extra.split(";") if item.startswith("iso="))
        for name in (phrase, canonical):
            codes.setdefault(iso[:2], {}).setdefault(division_key(name), set()).add(iso)
    return codes


def cities(stopnames, canonical_by_code, codes):
    writer = Writer(stopnames)
    known = set()
    for city in load_geonames():
        country = canonical_by_code.get(city["code"], city["code"])
        # GeoNames' first-level division of the city as the ISO 3166-2 code of
        # subdivisions.tsv, where its name names exactly one of them ("admin1=US-FL").
        admin1 = codes.get(city["code"], {}).get(division_key(city["state"]), set())
        admin1 = f"admin1={next(iter(admin1))};" if len(admin1) == 1 else ""
        extra = (f"iso={city['code']};country={country};{admin1}lat={city['lat']:.4f};"
                 f"lon={city['lon']:.4f};pop={city['pop']}")
        for form in {city["name"], fold(city["name"])}:
            writer.add(form, city["name"], "place", "city", extra)
            known.add(form)
    # tzdata names a few cities the GeoNames list spells differently ("Kiev" in older data).
    for row in read_tsv(ZONE1970):
        zone = row[2]
        if "/" not in zone:
            continue
        name = zone.rsplit("/", 1)[1].replace("_", " ")
        code = row[0].split(",")[0]
        if name in known:
            continue
        country = canonical_by_code.get(code, code)
        extra = f"iso={code};country={country};zone={zone}"
        writer.add(name, name, "place", "city", extra)
    return writer


HEADERS = {
    "countries": """Countries: ISO 3166-1 short, official and common names, tzdata's names, and ASCII
spellings, all mapped to the name news uses.
Source: iso-codes (/usr/share/iso-codes/json/iso_3166-1.json, LGPL-2.1+) and tzdata
(/usr/share/zoneinfo/iso3166.tab, public domain). Generated by tools/make_resources.py.""",
    "former_countries": """Former countries (ISO 3166-3), minor type former-country.
Source: iso-codes (/usr/share/iso-codes/json/iso_3166-3.json, LGPL-2.1+).
Generated by tools/make_resources.py.""",
    "subdivisions": """First-level subdivisions of countries (states, provinces, regions), ISO 3166-2.
Source: iso-codes (/usr/share/iso-codes/json/iso_3166-2.json, LGPL-2.1+); the AP style
abbreviations of the US states ("Mich.") from python-us (github.com/unitedstates/python-us,
us/states.py, ap_abbr; BSD-3-Clause, Copyright (c) 2014, Sunlight Labs).
Generated by tools/make_resources.py.""",
    "cities": """Cities with at least 15,000 inhabitants: country, first-level division, coordinates,
population. admin1 is GeoNames' first-level division of the city as the ISO 3166-2 code of
subdivisions.tsv ("admin1=US-FL"), given where GeoNames' name of it names exactly one of them.
Source: GeoNames cities15000 as compiled into libgeonames0 (libgeonames.so.0), GeoNames data
CC BY 4.0 (https://www.geonames.org); tz cities from tzdata zone1970.tab (public domain).
Single words that are far more often ordinary words (lexicon/stopnames.tsv) are left out.
Generated by tools/make_resources.py.""",
}


def check_hand_written(root, canonical_names):
    """Every demonym and country alias must name a country the generated file knows."""
    ok = True
    # A hand-written file may add a country ISO 3166 lacks ("Kosovo") by listing its canonical
    # name as a phrase of its own.
    canonical_names = set(canonical_names)
    for row in read_tsv(root / "gazetteer" / "places_extra.tsv"):
        if len(row) > 3 and row[3] == "country" and row[0] == row[1]:
            canonical_names.add(row[0])
    for name in ("demonyms", "places_extra"):
        path = root / "gazetteer" / f"{name}.tsv"
        if not path.exists():
            continue
        for row in read_tsv(path):
            if len(row) < 4 or row[2] not in ("person", "place", "organization", "other"):
                print(f"{path}: bad row {row}", file=sys.stderr)
                ok = False
            elif row[3] in ("country", "demonym") and row[1] not in canonical_names:
                print(f"{path}: unknown country {row[1]!r} in {row}", file=sys.stderr)
                ok = False
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent / "resources"))
    parser.add_argument("--us-states", help="python-us's us/states.py (the AP abbreviations)")
    args = parser.parse_args()
    root = Path(args.root)
    stopnames = {row[0] for row in read_tsv(root / "lexicon" / "stopnames.tsv")}
    out = root / "gazetteer"
    out.mkdir(parents=True, exist_ok=True)
    country_writer, canonical_by_code = countries(stopnames)
    country_writer.write(out / "countries.tsv", HEADERS["countries"])
    former_countries(stopnames).write(out / "former_countries.tsv", HEADERS["former_countries"])
    ap_forms = ap_state_forms(args.us_states, out / "subdivisions.tsv")
    subdivision_writer = subdivisions(stopnames, canonical_by_code, ap_forms)
    subdivision_writer.write(out / "subdivisions.tsv", HEADERS["subdivisions"])
    cities(stopnames, canonical_by_code, division_codes(subdivision_writer)).write(
        out / "cities.tsv", HEADERS["cities"])
    if not check_hand_written(root, set(canonical_by_code.values())):
        sys.exit(1)


if __name__ == "__main__":
    main()
