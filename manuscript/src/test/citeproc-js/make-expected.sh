#!/usr/bin/env bash
# Regenerates the citeproc-js expectations of CiteprocJsAgreementIT. Run from the repository root after a
# change to the seeds, the fixture, or the CSL item mapping; read the diff of the expected files before
# committing them. Needs Node.js with npm (the 'citeproc' package is installed into a temporary folder).
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:.*<citationstyles.version>\(.*\)</citationstyles.version>.*:\1:p' pom.xml)
repo=${MAVEN_REPO:-$HOME/.m2/repository}
mvn -q -B dependency:get -Dartifact=org.citationstyles:styles:"$version" >/dev/null
mvn -q -B dependency:get -Dartifact=org.citationstyles:locales:"$version" >/dev/null
unzip -q "$repo/org/citationstyles/styles/$version/styles-$version.jar" -d "$work/styles"
unzip -q "$repo/org/citationstyles/locales/$version/locales-$version.jar" -d "$work/locales"
(cd "$work" && npm init -y >/dev/null && npm install --silent citeproc@2.4.63 >/dev/null)
# 1. living-review writes the items and citation clusters it gives its own processor.
mvn -q -B test -pl manuscript -am -Dtest='CiteprocJsAgreementIT#theCheckedInInputsAreWhatTheDraftCites' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dciteprocjs.write=true
# 2. citeproc-js formats the same items and clusters.
resources=manuscript/src/test/resources/citeproc-js
NODE_PATH="$work/node_modules" node manuscript/src/test/citeproc-js/make-expected.js "$work/styles" \
    "$work/locales" "$resources"/*.input.json*
# 3. The differences that remain are listed anew (known-differences files): read their diff before committing.
rm -f "$resources"/*.known-differences.txt*
mvn -q -B test -pl manuscript -am -Dtest='CiteprocJsAgreementIT#citationsAndBibliographyMatchCiteprocJs' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dciteprocjs.write=true
echo "wrote $(ls "$resources"/*.expected.json* | wc -l) expectation files into $resources"
