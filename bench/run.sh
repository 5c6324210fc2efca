#!/usr/bin/env bash
# The living-review benchmark: synthetic reviews of 100, 1,000 and 5,000 papers, built as a user builds
# them (./living-review build --force, with and without the PDF), several runs each; median wall time and
# peak RSS; the no-change rebuild and a one-claim change; and, in the same run on the same items, pandoc
# --citeproc (Markdown), pandoc + xelatex (PDF) and pandoc -> HTML -> WeasyPrint (PDF), with the ratios
# full/xelatex, full/WeasyPrint and md/pandoc (below 1: ours is faster).
# Usage: bench/run.sh            (SIZES="100 1000" RUNS=3 STYLES="vancouver apa" METRIC=cpu bench/run.sh)
# Needs: a JDK 17, Maven, GNU time (/usr/bin/time) and, for the comparison, Debian's pandoc, texlive-xetex,
# texlive-latex-recommended, texlive-fonts-recommended, lmodern and weasyprint (a missing one shows "-").
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
# METRIC=cpu reports user+system CPU seconds instead of wall time: steadier on a machine shared with others.
timed() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > /dev/null 2>&1
  awk -v metric="${METRIC:-wall}" '{ printf "%.2f %d\n", metric == "cpu" ? $3 + $4 : $1, $2 }' "$work/time"
}

# the command's timing as "seconds MB", or "- -" when the tool is missing
maybe() { if command -v "$1" > /dev/null; then for i in $(seq "$RUNS"); do timed "${@:2}"; done | stats; else echo "- -"; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a != "-") printf "%.2f", a / b; else printf "-" }'; }

printf '%-6s %-10s %7s %6s %7s %6s %7s %7s %6s %7s %6s %8s %8s %8s %8s %9s\n' papers style full_s full_MB \
    md_s md_MB pandoc_s xelatex xe_MB weasy_s we_MB full/xe full/we md/pand nochange oneclaim
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
    cite=(--citeproc --bibliography "$dir/references.json" --csl "$work/styles/$style.csl")
    # pandoc alone (Markdown out, as our md stage), pandoc + xelatex (PDF), pandoc -> HTML -> WeasyPrint (PDF)
    pandoc=$(maybe pandoc pandoc "$dir/pandoc.md" "${cite[@]}" -t markdown -o "$dir/pandoc.out")
    xelatex=$(maybe xelatex pandoc "$dir/pandoc.md" "${cite[@]}" --pdf-engine=xelatex -o "$dir/pandoc.pdf")
    weasy=$(maybe weasyprint sh -c "pandoc '$dir/pandoc.md' --citeproc --bibliography '$dir/references.json' \
        --csl '$work/styles/$style.csl' -s --metadata title=Review -t html -o '$dir/pandoc.html' \
        && weasyprint '$dir/pandoc.html' '$dir/weasy.pdf'")
    read -r full_s full_mb <<< "$full"; read -r md_s md_mb <<< "$md"; read -r p_s p_mb <<< "$pandoc"
    read -r x_s x_mb <<< "$xelatex"; read -r w_s w_mb <<< "$weasy"
    printf '%-6s %-10s %7s %6s %7s %6s %7s %7s %6s %7s %6s %8s %8s %8s %8s %9s\n' "$n" "$style" "$full_s" \
        "$full_mb" "$md_s" "$md_mb" "$p_s" "$x_s" "$x_mb" "$w_s" "$w_mb" "$(ratio "$full_s" "$x_s")" \
        "$(ratio "$full_s" "$w_s")" "$(ratio "$md_s" "$p_s")" "${nochange%% *}" "${oneclaim%% *}"
  done
done
