// Formats the draft's citations and bibliography with citeproc-js (Zotero's citation processor) to make
// the expected outputs that CiteprocJsAgreementIT compares living-review's own output against.
// Usage: node make-expected.js STYLES_DIR LOCALES_DIR NAME.STYLE.input.json[.gz]... (writes
// NAME.STYLE.expected.json[.gz], gzipped when the input is)
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const CSL = require('citeproc');

const [stylesDir, localesDir, ...inputFiles] = process.argv.slice(2);

for (const inputFile of inputFiles) {
  const gzipped = inputFile.endsWith('.gz');
  const raw = fs.readFileSync(inputFile);
  const input = JSON.parse((gzipped ? zlib.gunzipSync(raw) : raw).toString('utf8'));
  const items = Object.fromEntries(input.items.map((item) => [item.id, item]));
  const style = input.style;
  const sys = {
    retrieveLocale: (lang) => fs.readFileSync(`${localesDir}/locales-${lang}.xml`, 'utf8'),
    retrieveItem: (id) => items[id],
  };
  const engine = new CSL.Engine(sys, fs.readFileSync(`${stylesDir}/${style}.csl`, 'utf8'), input.locale);
  engine.setOutputFormat('html');
  // Registering the items in the order of their first citation numbers them as the draft does.
  engine.updateItems(input.items.map((item) => item.id));
  const citations = input.clusters.map((cluster) => engine.makeCitationCluster(cluster.map((id) => ({ id }))));
  const [params, entries] = engine.makeBibliography();
  const output = { processor: `citeproc-js ${CSL.PROCESSOR_VERSION}`, style, citations,
    bibliography: entries.map((entry) => entry.trim()), entryIds: params.entry_ids.map((ids) => ids[0]) };
  const text = JSON.stringify(output, null, 2) + '\n';
  fs.writeFileSync(inputFile.replace(/\.input\.json/, '.expected.json'), gzipped ? zlib.gzipSync(text) : text);
}
