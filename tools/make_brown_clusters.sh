#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Brown word clusters for the entity features (NerFeatures reads the prefixes of each
# word's bit string). Not shipped: these clusters did not help the clean cross-validation nor
# the dev sets (round 8, docs/quality.md, Entities). Since round 9
# resources/lexicon/wordclusters.tsv holds clusters of pretrained word vectors
# (tools/make_embedding_clusters.sh), so the default OUT is BUILD_DIR/wordclusters-brown.tsv,
# never the shipped file. To try Brown clusters in the program, pass
# resources/lexicon/wordclusters.tsv as OUT (that replaces the shipped clusters, and needs a
# rebuild and a retrain of ner.bin), or give the file to lector-train --clusters.
#
#   tools/make_brown_clusters.sh BUILD_DIR EVAL_DATA_DIR SPEECHES_DIR WIKITEXT_DIR [OUT [FOLD.jsonl...]]
#
# BUILD_DIR holds the built tools/brownclusters/lector-brownclusters. The text (about 1.9 M
# words), gathered by tools/brownclusters/cluster_text.py from sources whose licence allows
# shipping a word list made from them (only "text" fields are read, never a dev or test file):
#  - EVAL_DATA_DIR (../shared/eval/data): gmb.jsonl (Groningen Meaning Bank, Voice of America
#    news, public domain), gum-news-train.jsonl and gum-other-train.jsonl (GUM train: only
#    the genres whose texts allow it, CC BY 2.5, CC BY-SA or CC BY; cluster_text.py lists them);
#  - SPEECHES_DIR: the US presidents' State of the Union addresses 1945-2006 and inaugural
#    addresses 1789-2021 (public domain), unzipped from packages/corpora/state_union.zip and
#    inaugural.zip of the nltk/nltk_data repository on GitHub (directories state_union/ and
#    inaugural/ of *.txt);
#  - WIKITEXT_DIR: valid.txt and test.txt of WikiText-2 (Wikipedia articles, CC BY-SA 3.0;
#    Merity et al. 2016), word_language_model/data/wikitext-2/ of the pytorch/examples
#    repository on GitHub (commit d5678bc8ac0cdd79dbd5e44d4130271018bcec4e).
# Never CoNLL-2003, PolNeAR or TempEval-3 text (not to be shipped in any form), nor Wikinews.
# A document sharing a run of 8 words with a text of EVAL_DATA_DIR/../visits/visits-dev.jsonl
# is left out (the visit gold reuses train texts: 13 GMB and 1 GUM news document are
# visits-dev texts; 63 more GMB documents share a run of 8 words with one).
# OUT (default BUILD_DIR/wordclusters-brown.tsv) and FOLD files: for a cross-validation, the
# clusters of a fold's model leave out the documents of the half it predicts (FOLD.jsonl), so
# the held-out half is never seen through the clusters (docs/quality.md, Entities).
# Deterministic: the same text gives the same file. Takes about 15 s.
set -eu
build=$1 data=$2 speeches=$3 wikitext=$4
root=$(cd "$(dirname "$0")/.." && pwd)
out=${5:-$build/wordclusters-brown.tsv}
[ $# -gt 5 ] && shift 5 || shift $#
exclude=""
for fold in "$@"; do exclude="$exclude --exclude $fold"; done
text=$(mktemp -d)
trap 'rm -rf "$text"' EXIT
# shellcheck disable=SC2086
python3 "$root/tools/brownclusters/cluster_text.py" --data "$data" --speeches "$speeches" \
    --wikitext "$wikitext" --visits-dev "$data/../visits/visits-dev.jsonl" $exclude --out "$text"
nice -n 10 "$build/tools/brownclusters/lector-brownclusters" --classes "${CLASSES:-256}" \
    --min-count "${MIN_COUNT:-3}" --out "$out" \
    --source "GMB (Voice of America, public domain), GUM train (genres under CC BY 2.5, CC BY-SA, CC BY), State of the Union and inaugural addresses (public domain), WikiText-2 valid and test (Wikipedia, CC BY-SA 3.0). Licence of this file: CC BY-SA 3.0; see resources/README.md" \
    "$text/text.jsonl"
