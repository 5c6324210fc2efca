#!/usr/bin/env bash
# Writes patches/citeproc-java-VERSION.diff: the project's changes to citeproc-java as one unified diff
# against the released sources jar (Maven Central), for reading and for offering upstream. Files that
# exist only here (new classes) appear as additions. Run from the repository root after changing a patch.
set -euo pipefail
version=$(sed -n 's:.*<citeproc-java.version>\(.*\)</citeproc-java.version>.*:\1:p' pom.xml)
mvn -q -B dependency:get -Dartifact=de.undercouch:citeproc-java:"$version":jar:sources >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/a" "$work/b"
unzip -q "${MAVEN_REPO:-$HOME/.m2/repository}/de/undercouch/citeproc-java/$version/citeproc-java-$version-sources.jar" \
    -d "$work/original"
(cd citeproc-patched/src/main/java && find . -name '*.java') | while read -r f; do
  mkdir -p "$(dirname "$work/b/$f")"
  cp "citeproc-patched/src/main/java/$f" "$work/b/$f"
  if [ -f "$work/original/$f" ]; then
    mkdir -p "$(dirname "$work/a/$f")"
    cp "$work/original/$f" "$work/a/$f"
  fi
done
mkdir -p citeproc-patched/patches
(cd "$work" && diff -ruN a b || true) | sed -E 's/^((---|\+\+\+) [^\t]*)\t.*/\1/' > "citeproc-patched/patches/citeproc-java-$version.diff"
echo "wrote citeproc-patched/patches/citeproc-java-$version.diff"
