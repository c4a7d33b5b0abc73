#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/lexicon/wordnetclasses.tsv from Debian's WordNet 3.0 (package wordnet-base).

Each one-word lemma of WordNet's index files gets the lexicographer classes ("lexnames") of its
senses, most frequent sense first (WordNet orders the senses of a lemma by their tagged frequency),
at most two distinct classes per part of speech: "n.act n.event v.social". A noun lemma with a
proper-noun sense (a synset with an instance hypernym, "Paris", "Einstein") also gets "i.CLASS",
the class of its first such sense ("i.location"). Adjectives and adverbs get "a" and "r". The
irregular inflections of nouns and verbs (noun.exc, verb.exc: "went" -> "go") are rows "=BASE".

    apt-get install wordnet-base      # Debian 12: 1:3.0-37, /usr/share/wordnet
    python3 tools/make_wordnet_classes.py [/usr/share/wordnet] > resources/lexicon/wordnetclasses.tsv

Deterministic: the same WordNet files give the same bytes. Licence: WordNet 3.0 licence
(Princeton University), kept in resources/licences/wordnet-3.0.txt.
"""
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"

# lexnames(5WN): file number -> name
LEXNAMES = [
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
    "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
    "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl",
]


def short(lexname):
    pos, cls = lexname.split(".")
    return {"noun": "n", "verb": "v"}[pos] + "." + cls


def synsets(pos):
    """offset -> (lexname, is_instance) from data.POS"""
    out = {}
    with open(os.path.join(ROOT, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, lexfile = fields[0], int(fields[1])
            words = int(fields[3], 16)
            at = 4 + 2 * words
            pointers = int(fields[at])
            instance = any(fields[at + 1 + 4 * k] == "@i" for k in range(pointers))
            out[offset] = (LEXNAMES[lexfile], instance)
    return out


def index(pos):
    """lemma -> list of synset offsets, most frequent sense first"""
    out = {}
    with open(os.path.join(ROOT, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            if "_" in lemma:
                continue
            pointers = int(fields[3])
            senses = int(fields[2])
            offsets = fields[6 + pointers:6 + pointers + senses]
            out[lemma] = offsets
    return out


def main():
    classes = {}
    for pos in ("noun", "verb"):
        data = synsets(pos)
        for lemma, offsets in index(pos).items():
            seen = []
            inst = None
            for off in offsets:
                lexname, instance = data[off]
                if instance:
                    if inst is None:
                        inst = "i." + lexname.split(".")[1]
                    continue
                s = short(lexname)
                if s not in seen:
                    seen.append(s)
            entry = classes.setdefault(lemma, [])
            entry.extend(seen[:2])
            if inst:
                entry.append(inst)
    for pos, tag in (("adj", "a"), ("adv", "r")):
        for lemma in index(pos):
            classes.setdefault(lemma, []).append(tag)
    rows = {lemma: " ".join(c) for lemma, c in classes.items() if c}
    # Irregular inflections: "went" -> "=go" (a form that is itself a lemma keeps its own row;
    # its base is looked up by the reader's own suffix rules only when the form has no row).
    for pos in ("noun", "verb"):
        with open(os.path.join(ROOT, pos + ".exc"), encoding="latin-1") as f:
            for line in f:
                form, *bases = line.split()
                if "_" in form or not bases or form in rows or "_" in bases[0]:
                    continue
                if bases[0] in rows:
                    rows[form] = "=" + bases[0]
    out = sys.stdout
    out.write("# WordNet 3.0 lexicographer classes of one-word lemmas, most frequent sense first\n"
              "# (n.CLASS, v.CLASS: at most two per part of speech; i.CLASS: the first proper-noun\n"
              "# sense; a: adjective; r: adverb; =BASE: an irregular form of BASE). Made by\n"
              "# tools/make_wordnet_classes.py from Debian's wordnet-base; do not edit by hand.\n"
              "# Source: WordNet 3.0, Princeton University (WordNet 3.0 licence); see resources/README.md\n")
    for lemma in sorted(rows):
        out.write(f"{lemma}\t{rows[lemma]}\n")


if __name__ == "__main__":
    main()
