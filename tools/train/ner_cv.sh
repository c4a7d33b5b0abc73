#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-validation of the entity model on the GUM train files (docs/quality.md, Entities).
# Every model is trained as the shipped one (CoNLL-2003 train once, its GUM part three times,
# then the extra files), on the GUM documents it does not predict, and the predictions of all
# folds are scored together (partial and exact F1, PER/LOC/ORG).
#
#   tools/train/ner_cv.sh TAG [lector-train options] [extra training files]
#   FOLDS=4 (default): folds by document, (NR-1)%4 of each of gum-news-train and
#           gum-other-train, so each fold has every genre; each model sees 3/4 of GUM train
#   FOLDS=2: the two 2-fold splits of earlier rounds (odd/even lines, then lines 1-2, 5-6...
#           against 3-4, 7-8...), each model half of GUM train; prints both splits
#   SEED=N  training seed (retraining noise); BUILD=build-dir (default build); SHARED=../shared
# e.g. the round 11 recipe with a margin:
#   tools/train/ner_cv.sh margin --margin 2 --name-margin 3 /tmp/litbank.jsonl /tmp/btc.jsonl
# Output in /tmp/nercv/TAG/: foldK.jsonl, predK.jsonl (fold K predicted by mK.bin, which never
# saw it: CV output of GUM train, whose errors may be read with tools/train/ner_errors.py),
# gold*.jsonl, pred*.jsonl (all folds), score*.txt. A run takes 1-2 minutes (4 trainings).
set -euo pipefail
TAG=${1:?usage: tools/train/ner_cv.sh TAG [lector-train options] [extra files]}
shift
EXTRA=("$@")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
B=${BUILD:-$ROOT/build}
E=${SHARED:-$ROOT/../shared}/eval
T=$B/tools/train/lector-train
O=/tmp/nercv/$TAG
mkdir -p "$O"
news=$E/data/gum-news-train.jsonl other=$E/data/gum-other-train.jsonl

# fold FILE KEEP: the documents of both GUM train files whose 0-based line index passes KEEP.
fold() { awk "$2" "$news" > "$1"; awk "$2" "$other" >> "$1"; }
# train K TRAIN: model K on TRAIN (x3, after CoNLL, before the extra files and options),
# predicting fold K into predK.jsonl.
train() {
    nice -n 5 "$T" --out "$O/m$1.bin" --epochs 8 --min-count 1 ${SEED:+--seed "$SEED"} \
        "$E/data/conll2003-train.jsonl" "$2" "$2" "$2" "${EXTRA[@]}" \
        --dev "$O/fold$1.jsonl" --dev-out "$O/pred$1.jsonl" > "$O/log$1" 2>&1
}
score() { python3 "$E/score.py" "$1" "$2" --task entities --types PER,LOC,ORG > "$3"; }

if [ "${FOLDS:-4}" = 4 ]; then
    for k in 0 1 2 3; do fold "$O/fold$k.jsonl" "(NR-1)%4==$k"; done
    for k in 0 1 2 3; do
        : > "$O/train$k.jsonl"
        for j in 0 1 2 3; do [ $j = $k ] || cat "$O/fold$j.jsonl" >> "$O/train$k.jsonl"; done
        train $k "$O/train$k.jsonl"
    done
    cat "$O"/fold{0,1,2,3}.jsonl > "$O/gold.jsonl"
    cat "$O"/pred{0,1,2,3}.jsonl > "$O/pred.jsonl"
    score "$O/gold.jsonl" "$O/pred.jsonl" "$O/score.txt"
    echo "$TAG (4-fold)"; tail -5 "$O/score.txt" | head -4
else
    fold "$O/foldA.jsonl" 'NR%2==1'; fold "$O/foldB.jsonl" 'NR%2==0'
    fold "$O/foldC.jsonl" '(NR-1)%4<2'; fold "$O/foldD.jsonl" '(NR-1)%4>=2'
    for p in AB BA CD DC; do train "${p:1:1}" "$O/fold${p:0:1}.jsonl"; done
    for s in AB CD; do
        cat "$O/fold${s:0:1}.jsonl" "$O/fold${s:1:1}.jsonl" > "$O/gold$s.jsonl"
        cat "$O/pred${s:0:1}.jsonl" "$O/pred${s:1:1}.jsonl" > "$O/pred$s.jsonl"
        score "$O/gold$s.jsonl" "$O/pred$s.jsonl" "$O/score$s.txt"
        echo "$TAG (2-fold, split $s)"; tail -5 "$O/score$s.txt" | head -4
    done
fi
