#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds resources/lexicon/wordclusters.tsv: Brown word clusters for the entity features
# (NerFeatures reads the prefixes of each word's bit string).
#
#   tools/make_brown_clusters.sh BUILD_DIR EVAL_DATA_DIR SPEECHES_DIR [CLASSES] [MIN_COUNT]
#
# BUILD_DIR holds the built tools/brownclusters/lector-brownclusters. The text (about 2.8 M
# tokens; only the "text" fields of *train* files are read, never a dev or test file):
#  - EVAL_DATA_DIR (../shared/eval/data): gmb.jsonl (Groningen Meaning Bank, Voice of America
#    news), quotes-polnear-train.jsonl, conll2003-train.jsonl, tempeval3-train.jsonl,
#    gum-news-train.jsonl, gum-other-train.jsonl;
#  - SPEECHES_DIR: the US presidents' State of the Union addresses 1945-2006 and inaugural
#    addresses 1789-2021 (public domain), unzipped from packages/corpora/state_union.zip and
#    inaugural.zip of the nltk/nltk_data repository on GitHub (directories state_union/ and
#    inaugural/ of *.txt).
# Deterministic: the same text gives the same file. Takes about 15 s.
set -eu
build=$1 data=$2 speeches=$3 classes=${4:-256} mincount=${5:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
nice -n 10 "$build/tools/brownclusters/lector-brownclusters" --classes "$classes" \
    --min-count "$mincount" --out "$root/resources/lexicon/wordclusters.tsv" \
    --source "train text of GMB, PolNeAR, CoNLL-2003, TempEval-3, GUM; State of the Union and inaugural addresses (public domain). Licence: single words and bit strings only, no text; see resources/README.md" \
    "$data/gmb.jsonl" "$data/quotes-polnear-train.jsonl" "$data/conll2003-train.jsonl" \
    "$data/tempeval3-train.jsonl" "$data/gum-news-train.jsonl" "$data/gum-other-train.jsonl" \
    "$speeches"/state_union/*.txt "$speeches"/inaugural/*.txt
