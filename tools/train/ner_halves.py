#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores entity CV output of GUM train on its two halves apart (docs/quality.md, Entities).

Rules after the model are written from errors read in CV output; a figure over the same
documents is then no held-out figure. From round 13 errors are read only on the documents of
the EVEN (1-based) lines of gum-news-train.jsonl and gum-other-train.jsonl; the ODD lines are
the check, scored (never read) once per change about to be kept.

    tools/train/ner_halves.py GOLD PRED [--odd]   # GOLD, PRED: CV gold and prediction files

prints the partial and exact micro F1 (PER/LOC/ORG) of the even-line documents, and with --odd
also of the odd-line ones. In ner_cv.sh's output the even lines are fold B of the 2-fold split
AB and folds 1 and 3 of the 4-fold CV.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "..", "shared"))
DATA = os.path.join(SHARED, "eval", "data")


def half_ids(parity):
    ids = set()
    for name in ("gum-news-train.jsonl", "gum-other-train.jsonl"):
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if n % 2 == parity:
                    ids.add(json.loads(line)["id"])
    return ids


def micro(gold, pred, ids):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for src, name in ((gold, "g"), (pred, "p")):
            path = os.path.join(tmp, name)
            with open(src, encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
                out.writelines(l for l in f if json.loads(l)["id"] in ids)
            paths.append(path)
        out = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "score.py"), *paths,
                              "--task", "entities", "--types", "PER,LOC,ORG"],
                             capture_output=True, text=True, check=True).stdout
    return next(l for l in out.splitlines() if l.startswith("micro"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--odd", action="store_true", help="also the odd lines (the check)")
    args = parser.parse_args()
    halves = [("even", 0)] + ([("odd", 1)] if args.odd else [])
    for name, parity in halves:
        ids = half_ids(parity)
        print(f"{name:<5} {micro(args.gold, args.pred, ids)}")


if __name__ == "__main__":
    main()
