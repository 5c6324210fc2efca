#!/usr/bin/env bash
# The living-review benchmark: synthetic reviews of 100, 1,000 and 5,000 papers, built as a user builds
# them (./living-review build --force, with and without the PDF), several runs each; median wall time and
# peak RSS; the no-change rebuild and a one-claim change; and pandoc --citeproc on the same items.
# Usage: bench/run.sh            (SIZES="100 1000" RUNS=3 STYLES="vancouver apa" bench/run.sh to choose)
# Needs: a JDK 17, Maven, GNU time (/usr/bin/time) and, for the comparison, pandoc (apt-get install pandoc).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"100 1000 5000"}
RUNS=${RUNS:-3}
STYLES=${STYLES:-"vancouver apa"}
[ -f cli/target/living-review.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:.*<citationstyles.version>\(.*\)</citationstyles.version>.*:\1:p' pom.xml)
unzip -q -o "${MAVEN_REPO:-$HOME/.m2/repository}/org/citationstyles/styles/$version/styles-$version.jar" \
    '*.csl' -x 'dependent/*' -d "$work/styles"

# median of the first fields of the lines on stdin, and the largest second field
stats() { sort -n | awk '{ t[NR] = $1; if ($2 > m) m = $2 } END { printf "%.2f %d", t[int((NR + 1) / 2)], m / 1024 }'; }
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>&1; cat "$work/time"; }

printf '%-6s %-10s %10s %8s %10s %8s %10s %8s %10s %10s\n' papers style full_s full_MB md_s md_MB \
    pandoc_s pandoc_MB nochange_s oneclaim_s
for n in $SIZES; do
  for style in $STYLES; do
    dir="$work/review-$n-$style"
    java bench/GenerateReview.java "$n" "$dir" "$style"
    full=$(for i in $(seq "$RUNS"); do timed ./living-review build --project "$dir" --force; done | stats)
    md=$(for i in $(seq "$RUNS"); do timed ./living-review build --project "$dir" --force --no-pdf; done | stats)
    ./living-review build --project "$dir" > /dev/null 2>&1
    nochange=$(timed ./living-review build --project "$dir" | stats)
    sed -i '0,/reports that/s//states that/' "$dir/seeds/papers/paper0.yaml"
    oneclaim=$(timed ./living-review build --project "$dir" --no-pdf | stats)
    ./living-review export --format csl-json --project "$dir" > "$dir/references.json"
    pandoc="- -"
    if command -v pandoc > /dev/null; then
      pandoc=$(for i in $(seq "$RUNS"); do timed pandoc "$dir/pandoc.md" --citeproc \
          --bibliography "$dir/references.json" --csl "$work/styles/$style.csl" -t markdown -o "$dir/pandoc.out"; \
          done | stats)
    fi
    read -r full_s full_mb <<< "$full"; read -r md_s md_mb <<< "$md"; read -r p_s p_mb <<< "$pandoc"
    printf '%-6s %-10s %10s %8s %10s %8s %10s %8s %10s %10s\n' "$n" "$style" "$full_s" "$full_mb" "$md_s" "$md_mb" \
        "$p_s" "$p_mb" "${nochange%% *}" "${oneclaim%% *}"
  done
done
