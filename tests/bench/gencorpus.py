#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Synthetic news-like articles for Lector's benchmarks.

The word lists below are invented for the benchmark (no corpus text): made-up people, real-looking
but generic places and organizations, reporting verbs, dates and quotes, so every analyser of the
pipeline has work to do. Output is deterministic for a given --seed.

  gencorpus.py article --size 10240 OUT.txt          one article of about SIZE bytes
  gencorpus.py library --count 10000 --size 3072 DIR  COUNT .txt files of about SIZE bytes each
"""
import argparse
import os
import random

GIVEN = ["Anna", "Boris", "Carla", "Deniz", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas",
         "Kofi", "Lena", "Marek", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Yusuf"]
FAMILY = ["Albrecht", "Banerjee", "Castellano", "Dimitrov", "Eklund", "Fontaine", "Gallagher",
          "Hartmann", "Ivanova", "Jankowski", "Kowalczyk", "Lindqvist", "Moreau", "Novak",
          "Okafor", "Petrenko", "Quiroga", "Rasmussen", "Silveira", "Takahashi"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Senator",
          "Governor", "Mayor", "General", "Ambassador", "Chancellor"]
PLACES = ["Paris", "Berlin", "Tokyo", "Nairobi", "Lima", "Ottawa", "Canberra", "Madrid",
          "Cairo", "Hanoi", "Oslo", "Warsaw", "Brazil", "Kenya", "Japan", "Germany", "Canada",
          "Peru", "Egypt", "Norway"]
ORGS = ["the United Nations", "the World Bank", "the European Union", "NATO",
        "the International Monetary Fund", "the World Health Organization", "Reuters",
        "the Red Cross", "the African Union", "the Central Bank"]
SAID = ["said", "told reporters", "added", "said on Tuesday", "explained", "noted", "warned",
        "stated"]
VISIT = ["arrived in", "visited", "travelled to", "flew to", "landed in", "toured"]
WHEN = ["on Monday", "on Tuesday", "last week", "on March 3", "in April", "next month",
        "on 12 June 2023", "yesterday", "earlier this year", "on Friday"]
NOUNS = ["talks", "agreement", "budget", "election", "trade deal", "ceasefire", "summit",
         "reform", "investigation", "protest", "vaccine programme", "energy policy"]
ADJ = ["new", "long-awaited", "controversial", "historic", "fragile", "ambitious", "delayed",
       "regional", "bilateral", "economic"]
FILLER = ["The move follows months of negotiations between the two sides.",
          "Officials declined to give further details.",
          "Analysts expect the decision to shape the coming debate.",
          "The figures were published in a report on the website of the ministry.",
          "Markets reacted calmly to the news, with shares closing slightly higher.",
          "Critics argue that the plan does not go far enough."]
QUOTES = ["We are committed to working together", "This is a difficult moment for all of us",
          "Nobody wants the talks to fail", "The numbers speak for themselves",
          "We will not accept these conditions", "There is still a lot of work to do"]


class Writer:
    def __init__(self, rng):
        self.r = rng

    def person(self):
        return f"{self.r.choice(TITLES)} {self.r.choice(GIVEN)} {self.r.choice(FAMILY)}"

    def sentence(self):
        r = self.r
        kind = r.randrange(6)
        if kind == 0:
            return f"{self.person()} {r.choice(VISIT)} {r.choice(PLACES)} {r.choice(WHEN)} for {r.choice(NOUNS)} with {r.choice(ORGS)}."
        if kind == 1:
            return f"\u201c{r.choice(QUOTES)},\u201d {self.person()} {r.choice(SAID)}."
        if kind == 2:
            return f"{r.choice(FAMILY)} {r.choice(SAID)} the {r.choice(ADJ)} {r.choice(NOUNS)} would be signed in {r.choice(PLACES)} {r.choice(WHEN)}."
        if kind == 3:
            return f"According to {r.choice(ORGS)}, the {r.choice(ADJ)} {r.choice(NOUNS)} in {r.choice(PLACES)} has cost {r.randrange(2, 900)} million dollars since {r.randrange(1990, 2024)}."
        if kind == 4:
            return f"\"{r.choice(QUOTES)}. {r.choice(QUOTES)},\" said {r.choice(GIVEN)} {r.choice(FAMILY)}, a spokesperson for {r.choice(ORGS)}."
        return r.choice(FILLER)

    def article(self, size):
        r = self.r
        parts = [f"{r.choice(ADJ).capitalize()} {r.choice(NOUNS)} in {r.choice(PLACES)}\n\n"]
        total = len(parts[0].encode())
        while total < size:
            paragraph = " ".join(self.sentence() for _ in range(r.randrange(2, 6))) + "\n\n"
            parts.append(paragraph)
            total += len(paragraph.encode())
        return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["article", "library"])
    parser.add_argument("out")
    parser.add_argument("--size", type=int, default=3072, help="bytes per article")
    parser.add_argument("--count", type=int, default=10000, help="articles (library mode)")
    parser.add_argument("--seed", type=int, default=20261128)
    args = parser.parse_args()
    writer = Writer(random.Random(args.seed))
    if args.mode == "article":
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(writer.article(args.size))
        return
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        path = os.path.join(args.out, f"article_{i:05d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(writer.article(args.size))


if __name__ == "__main__":
    main()
