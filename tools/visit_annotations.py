#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""New visit gold annotations, written without their texts, made into training data.

The annotators write one line per document, `{"id", "source", "dct", "visits": [...]}`, in the
gold format of ../shared/eval/visits/GUIDELINES.md but without `text`: the texts stay in the
corpora of ../shared/eval/data/. Two commands:

  tools/visit_annotations.py check ANNOT.jsonl [--data DIR]
      validates the file and prints its counts by source and status; exit status 1 on any error
  tools/visit_annotations.py join ANNOT.jsonl [--data DIR] [--out FILE]
      writes the full gold lines (text added) for `lector-trainvisits --extra FILE`, in the
      order of ANNOT; refuses (exit status 1, nothing written) when `check` finds an error

A document's text is looked up by its id in DIR/*.jsonl (default ../shared/eval/data beside the
repository), preferring DIR/<source>.jsonl and the files whose lines carry the same `source`.
The joined line's `source` is the stem of the data file it came from (as in visits-train.jsonl:
"quotes-polnear-train", "conll2003-train", "tempeval3-train"), so visit_cv.sh's by-source lines
read alike. An id of visits-train.jsonl or visits-dev.jsonl is refused: those documents are
scored, and a document both trained on and scored measures nothing. Only their ids are read.
"""
import argparse
import collections
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "eval")
STATUSES = ("past", "ongoing", "planned", "cancelled", "hypothetical", "listed")
# TIMEX3 date values at the precisions GUIDELINES.md allows.
DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?|-W\d\d)?")


def scored_ids(visits_dir):
    """The ids of the scored gold files (their texts are never looked at)."""
    ids = {}
    for name in ("visits-train.jsonl", "visits-dev.jsonl"):
        path = os.path.join(visits_dir, name)
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r'\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")', line)
                if m:  # the id is the first key of every gold line
                    ids[json.loads(m.group(1))] = name
                elif line.strip():
                    ids[json.loads(line)["id"]] = name
    return ids


def corpus_texts(data_dir, wanted):
    """{id: [(file stem, line's source, dct, text)]} of the documents `wanted` in DIR/*.jsonl."""
    found = collections.defaultdict(list)
    for path in sorted(glob.glob(os.path.join(data_dir, "*.jsonl"))):
        stem = os.path.basename(path)[: -len(".jsonl")]
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d.get("id") in wanted:
                    found[d["id"]].append((stem, d.get("source"), d.get("dct"), d["text"]))
    return found


def pick(candidates, source):
    """The text of a document found in several files: DIR/<source>.jsonl, else a file whose
    lines have that source; None when they still disagree."""
    for rule in (lambda c: c[0] == source, lambda c: c[1] == source, lambda c: True):
        chosen = [c for c in candidates if rule(c)]
        if chosen:
            if len({c[3] for c in chosen}) == 1:
                return chosen[0]
            return None
    return None


def load(annot_path, data_dir, visits_dir):
    """Reads and validates ANNOT: (documents with their text, errors, warnings)."""
    errors, warnings, docs = [], [], []
    lines = []
    with open(annot_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: not JSON ({e.msg})")
                continue
            if not isinstance(d, dict) or not isinstance(d.get("id"), str):
                errors.append(f"line {n}: no id")
                continue
            lines.append((n, d))
    scored = scored_ids(visits_dir)
    texts = corpus_texts(data_dir, {d["id"] for _, d in lines})
    seen = {}
    for n, d in lines:
        where = f"line {n} ({d['id']})"
        if d["id"] in seen:
            errors.append(f"{where}: the id is also on line {seen[d['id']]}")
            continue
        seen[d["id"]] = n
        if d["id"] in scored:
            errors.append(f"{where}: the document is in {scored[d['id']]} (scored, never trained on)")
            continue
        if d["id"] not in texts:
            errors.append(f"{where}: no text in {data_dir}")
            continue
        found = pick(texts[d["id"]], d.get("source"))
        if found is None:
            errors.append(f"{where}: different texts in " + ", ".join(c[0] for c in texts[d["id"]]))
            continue
        stem, _, dct, text = found
        if d.get("dct") != dct:
            warnings.append(f"{where}: dct {d.get('dct')!r}, the corpus has {dct!r}")
        lowered = text.lower()
        visits = d.get("visits")
        if not isinstance(visits, list):
            errors.append(f"{where}: no visits list")
            continue
        for k, v in enumerate(visits, 1):
            at = f"{where}, visit {k}"
            if not isinstance(v, dict):
                errors.append(f"{at}: not an object")
                continue
            visitor = v.get("visitor")
            if not isinstance(visitor, str) or not visitor.strip():
                errors.append(f"{at}: no visitor")
            elif visitor not in text:
                warnings.append(f"{at}: visitor {visitor!r} is not written so in the text")
            places = v.get("places")
            if not isinstance(places, list) or not places:
                errors.append(f"{at}: no places")
            else:
                for p in places:
                    if not isinstance(p, str) or p.lower() not in lowered:
                        errors.append(f"{at}: place {p!r} is not in the text")
                    elif p not in text:  # the scorer matches places case-insensitively
                        warnings.append(f"{at}: place {p!r} is in the text in another case")
            # The committed file keeps the evidence as character offsets ("evidence_span",
            # [begin, end) of the text), so that it quotes no sentence of the corpora; join
            # writes the sentence back as "evidence", as the gold format has it.
            span = v.pop("evidence_span", None)
            if span is not None:
                if (not isinstance(span, list) or len(span) != 2
                        or not all(isinstance(x, int) for x in span)
                        or not 0 <= span[0] < span[1] <= len(text)):
                    errors.append(f"{at}: evidence_span {span!r} is not [begin, end) of the text")
                else:
                    v["evidence"] = text[span[0]:span[1]]
            evidence = v.get("evidence")
            if not isinstance(evidence, str) or not evidence or evidence not in text:
                errors.append(f"{at}: the evidence is not an exact substring of the text")
            date = v.get("date")
            if date is not None and not (isinstance(date, str) and DATE.fullmatch(date)):
                errors.append(f"{at}: date {date!r} is no TIMEX3 date (YYYY, YYYY-MM, "
                              "YYYY-MM-DD, YYYY-Www) nor null")
            date_text = v.get("date_text")
            if date_text is not None and (not isinstance(date_text, str) or date_text not in text):
                warnings.append(f"{at}: date_text {date_text!r} is not in the text")
            if v.get("status") not in STATUSES:
                errors.append(f"{at}: status {v.get('status')!r} is none of {', '.join(STATUSES)}")
        docs.append({"id": d["id"], "source": stem, "dct": dct if dct is not None else d.get("dct"),
                     "text": text, "visits": visits, "_annotated_source": d.get("source")})
    return docs, errors, warnings


def report(docs, errors, warnings, out=sys.stdout):
    by_source = collections.Counter()
    visits_by_source = collections.Counter()
    statuses = collections.Counter()
    for d in docs:
        by_source[d["source"]] += 1
        visits_by_source[d["source"]] += len(d["visits"])
        for v in d["visits"]:
            statuses[v.get("status")] += 1
    print(f"{len(docs)} documents, {sum(visits_by_source.values())} visits, "
          f"{len(errors)} errors, {len(warnings)} warnings", file=out)
    for s in sorted(by_source):
        print(f"  source {s:<22} docs={by_source[s]:4d} visits={visits_by_source[s]:4d}", file=out)
    empty = sum(1 for d in docs if not d["visits"])
    print(f"  documents without a visit: {empty}", file=out)
    for s in STATUSES:
        if statuses[s]:
            print(f"  status {s:<13} {statuses[s]:4d}", file=out)
    dated = sum(1 for d in docs for v in d["visits"] if v.get("date"))
    print(f"  dated visits: {dated}", file=out)
    for e in errors:
        print(f"error: {e}", file=out)
    for w in warnings:
        print(f"warning: {w}", file=out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("check", "join"))
    parser.add_argument("annot", help="ANNOT.jsonl: gold lines without text")
    parser.add_argument("--data", default=os.path.join(SHARED, "data"),
                        help="the corpora's folder (default ../shared/eval/data)")
    parser.add_argument("--visits", default=os.path.join(SHARED, "visits"),
                        help="the folder of visits-train.jsonl and visits-dev.jsonl")
    parser.add_argument("--out", help="join: write here (default standard output)")
    args = parser.parse_args()
    docs, errors, warnings = load(args.annot, args.data, args.visits)
    if args.command == "check":
        report(docs, errors, warnings)
        return 1 if errors else 0
    if errors:
        report(docs, errors, warnings, out=sys.stderr)
        print("nothing written: mend the errors first", file=sys.stderr)
        return 1
    lines = []
    for d in docs:
        d = {k: v for k, v in d.items() if not k.startswith("_")}
        lines.append(json.dumps(d, ensure_ascii=False) + "\n")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.writelines(lines)
    else:
        sys.stdout.writelines(lines)
    print(f"{len(docs)} documents joined ({len(warnings)} warnings)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
