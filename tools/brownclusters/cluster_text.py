#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Gathers the unlabeled text of the Brown clusters (tools/make_brown_clusters.sh) into
OUT/text.jsonl, one {"text"} line per document, from sources whose licence allows shipping a
word list derived from them:

  - DATA/gmb.jsonl (Groningen Meaning Bank, Voice of America news: public domain);
  - DATA/gum-news-train.jsonl and DATA/gum-other-train.jsonl (GUM train; annotations CC BY
    4.0), only the genres whose *text* may be shipped in derived form (GUM's LICENSE gives the
    licence of each genre's texts): news and interviews (Wikinews, CC BY 2.5), biographies
    (Wikipedia) and travel guides (Wikivoyage), CC BY-SA, academic articles and textbooks
    (OpenStax), CC BY. The others are left out: how-tos (wikiHow) and fiction are CC BY-NC-SA,
    conversations CC BY-ND, and the licences of the remaining genres were not checked;
  - SPEECHES/state_union/*.txt and SPEECHES/inaugural/*.txt (US presidents' addresses: public
    domain; nltk_data's packages/corpora/state_union.zip and inaugural.zip);
  - WIKITEXT/valid.txt and WIKITEXT/test.txt when given (WikiText-2, Wikipedia articles, CC BY-SA
    3.0; word_language_model/data/wikitext-2/ of the pytorch/examples repository on GitHub),
    one document per article, its tokenisation marks undone.

Only the "text" field of the JSONL files is read. A document sharing any run of 8 words with a
text of VISITS_DEV (the visit gold's dev file, whose texts come from the train files) is left
out, and so is every document whose text is that of a document of an --exclude file (a
cross-validation fold); every document of an --exclude file must be found among the sources,
else the script fails (a fold that matched nothing would leak silently). Prints what it kept
and dropped. Deterministic.

  cluster_text.py --data DATA --speeches SPEECHES [--wikitext WIKITEXT] --visits-dev FILE
                  [--exclude FOLD.jsonl]... --out OUT
"""
import argparse
import glob
import json
import os
import re
import sys

SHINGLE = 8
WORD = re.compile(r"\w+")
# GUM genres (the second part of a document id, "GUM_bio_..."), whose text licence allows it.
GUM_GENRES = {"news", "interview", "bio", "voyage", "academic", "textbook"}


def shingles(text):
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def jsonl_texts(path, genres=None):
    """The "text" fields; with `genres`, a document of another GUM genre yields None."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                doc = json.loads(line)
                parts = doc.get("id", "").split("_")
                gum = len(parts) > 2 and parts[0] == "GUM"
                yield None if genres and gum and parts[1] not in genres else doc["text"]


def wikitext_articles(path):
    """WikiText's articles open with a " = Title = " line; sections are " = = ... = = "."""
    article = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^ = [^=].* = $", line.rstrip("\n")) and article:
                yield "\n".join(article)
                article = []
            text = line.strip()
            if not text:
                continue
            text = re.sub(r"^(= )+(.*?)( =)+$", r"\2", text)
            text = text.replace(" @-@ ", "-").replace(" @,@ ", ",").replace(" @.@ ", ".")
            text = text.replace("<unk>", " ")
            text = re.sub(r" ([,.;:)'!?])", r"\1", text).replace("( ", "(")
            article.append(re.sub(r" +", " ", text).strip())
    if article:
        yield "\n".join(article)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", required=True)
    p.add_argument("--speeches", required=True)
    p.add_argument("--wikitext")
    p.add_argument("--visits-dev", required=True)
    p.add_argument("--exclude", action="append", default=[])
    p.add_argument("--out", required=True)
    a = p.parse_args()

    sources = [("gmb", jsonl_texts(os.path.join(a.data, "gmb.jsonl"))),
               ("gum-news-train",
                jsonl_texts(os.path.join(a.data, "gum-news-train.jsonl"), GUM_GENRES)),
               ("gum-other-train",
                jsonl_texts(os.path.join(a.data, "gum-other-train.jsonl"), GUM_GENRES))]
    for sub in ("state_union", "inaugural"):
        files = sorted(glob.glob(os.path.join(a.speeches, sub, "*.txt")))
        if not files:
            sys.exit(f"no {sub}/*.txt under {a.speeches}")
        sources.append((sub, (open(f, encoding="latin-1").read() for f in files)))
    if a.wikitext:
        for part in ("valid", "test"):
            sources.append((f"wikitext-2 {part}",
                            wikitext_articles(os.path.join(a.wikitext, f"{part}.txt"))))

    held = set()
    for text in jsonl_texts(a.visits_dev):
        held |= shingles(text)
    excluded = set()
    for path in a.exclude:
        excluded |= {t.strip() for t in jsonl_texts(path)}
    found = set()

    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "text.jsonl"), "w", encoding="utf-8") as out:
        for name, texts in sources:
            kept = words = visits = folds = licence = 0
            for text in texts:
                if text is None:
                    licence += 1
                    continue
                if text.strip() in excluded:
                    found.add(text.strip())
                    folds += 1
                    continue
                if not held.isdisjoint(shingles(text)):
                    visits += 1
                    continue
                kept += 1
                words += len(text.split())
                out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            print(f"{name}: kept {kept} documents ({words} words); dropped {visits} sharing "
                  f"text with visits-dev, {folds} of the excluded fold, {licence} of a genre "
                  f"whose text licence forbids it", file=sys.stderr)
    # A fold document of a left-out genre is never in the text either, so it counts as found.
    missing = excluded - found
    for path in a.exclude:
        missing -= {t.strip() for t, g in zip(jsonl_texts(path), jsonl_texts(path, GUM_GENRES))
                    if g is None}
    if missing:
        sys.exit(f"{len(missing)} documents of --exclude were not found among the sources: "
                 "the fold would leak into the clusters")


if __name__ == "__main__":
    main()
