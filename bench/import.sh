#!/usr/bin/env bash
# The import benchmark: a synthetic 20,000-record RIS export (EndNote-shaped, 5% duplicates by DOI) imported
# into an empty review with ./living-review import, several runs; median wall time and peak RSS.
# Usage: bench/import.sh          (RECORDS=5000 RUNS=1 FORMAT=xml bench/import.sh to choose; FORMAT is ris,
# xml for PubMed XML or bib for Zotero-style BibTeX)
# Needs: a JDK 17, Maven and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${RECORDS:-20000}
RUNS=${RUNS:-3}
FORMAT=${FORMAT:-ris}
[ -f cli/target/living-review.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java bench/GenerateExport.java "$RECORDS" "$work/export.$FORMAT"
printf '%-8s %-8s %8s %8s   %s\n' records MB seconds peak_MB summary
for i in $(seq "$RUNS"); do
  project="$work/project-$i"
  mkdir -p "$project/seeds"
  printf 'title: Import benchmark\nsections:\n  - {id: all, title: All}\n' > "$project/seeds/review.yaml"
  /usr/bin/time -f "%e %M" -o "$work/time" ./living-review import "$work/export.$FORMAT" --project "$project" \
      > "$work/out" 2> "$work/err" || { cat "$work/err"; exit 1; }
  read -r seconds kb < "$work/time"
  printf '%-8s %-8s %8s %8d   %s\n' "$RECORDS" "$(du -m "$work/export.$FORMAT" | cut -f1)" "$seconds" $((kb / 1024)) \
      "$(tail -1 "$work/out")"
done
