#!/usr/bin/env bash
# Snapshot size and cost: a synthetic review of N papers (3 claims each) released, ten papers' claims
# reworded, released again. Prints the size of versions.yaml and of each snapshot (raw and gzipped, as git
# stores it), the time of each release, and of a draft build (--no-pdf) that compares with version 1.
# Usage: bench/versions.sh [N]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
[ -f cli/target/living-review.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir="$work/review"
java bench/GenerateReview.java "$n" "$dir" vancouver
size() { printf '%s bytes (%s gzipped)' "$(wc -c < "$1")" "$(gzip -9c "$1" | wc -c)"; }
timed() { /usr/bin/time -f "%e s wall, %U s user CPU, %M KB" "$@" 2>&1 >/dev/null | tail -1; }
echo "release 1: $(timed ./living-review release -m one --project "$dir")"
for i in $(seq 0 9); do sed -i '0,/reports that/s//states that/' "$dir/seeds/papers/paper$i.yaml"; done
echo "build --no-pdf against version 1: $(timed ./living-review build --no-pdf --force --project "$dir")"
echo "release 2: $(timed ./living-review release -m two --project "$dir")"
echo "papers: $n; claims: $(grep -c '^  - id:' "$dir"/seeds/papers/*.yaml | awk -F: '{ s += $2 } END { print s }')"
echo "seeds/papers/: $(cat "$dir"/seeds/papers/*.yaml | wc -c) bytes"
echo "seeds/versions.yaml: $(size "$dir/seeds/versions.yaml")"
echo "seeds/versions/1.yaml: $(size "$dir/seeds/versions/1.yaml")"
echo "seeds/versions/2.yaml: $(size "$dir/seeds/versions/2.yaml")"
