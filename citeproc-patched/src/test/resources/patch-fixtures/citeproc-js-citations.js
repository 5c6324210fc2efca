// Prints the citations citeproc-js (npm citeproc) makes of a style, CSL-JSON items and clusters of cites, one
// line per cluster, as the CSL suite writes RESULT for CITATION-ITEMS:
// node citeproc-js-citations.js STYLE.csl ITEMS.json CLUSTERS.json LOCALES_DIR (NODE_PATH holding citeproc).
const CSL = require('citeproc'); const fs = require('fs');
const [style, items, clusters, locdir] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(items, 'utf8')); const byId = {}; data.forEach(i => byId[i.id] = i);
const sys = { retrieveLocale: l => fs.readFileSync(locdir + '/locales-' + l + '.xml', 'utf8'), retrieveItem: id => byId[id] };
const engine = new CSL.Engine(sys, fs.readFileSync(style, 'utf8'), 'en-US');
engine.updateItems(data.map(i => i.id));
const lines = JSON.parse(fs.readFileSync(clusters, 'utf8')).map(cluster => engine.makeCitationCluster(cluster));
process.stdout.write(lines.join('\n'));
