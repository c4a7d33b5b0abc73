#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: acceptance.sh LECTOR SHARED_DIR PYTHON [CHECK]
# Runs `LECTOR analyze --json --date 2023-08-17` on the reference article and pipes the result
# into a shared acceptance check (CHECK, default check_reference_article.py). Exit 77 (skip)
# when the shared data or Python is missing.
lector="$1"
shared="$2"
python="${3:-python3}"
article="$shared/articles/000_06fa49a5c750834e.txt"
check="$shared/acceptance/${4:-check_reference_article.py}"
if [ ! -f "$article" ] || [ ! -f "$check" ]; then
    echo "SKIP: the shared folder ($shared) with the reference article is not present."
    exit 77
fi
if ! command -v "$python" >/dev/null 2>&1; then
    echo "SKIP: $python is not installed."
    exit 77
fi
json=$("$lector" analyze --json --date 2023-08-17 "$article") || {
    echo "FAIL: lector analyze exited with status $?."
    exit 1
}
printf '%s\n' "$json" | "$python" "$check" - "$article"
