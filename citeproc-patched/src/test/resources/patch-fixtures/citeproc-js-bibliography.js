// Prints the bibliography citeproc-js (npm citeproc) makes of a style and CSL-JSON items, as the CSL suite
// writes RESULT: node citeproc-js-bibliography.js STYLE.csl ITEMS.json LOCALES_DIR (NODE_PATH holding citeproc).
const CSL = require('citeproc'); const fs = require('fs');
const [style, items, locdir] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(items, 'utf8')); const byId = {}; data.forEach(i => byId[i.id] = i);
const sys = { retrieveLocale: l => fs.readFileSync(locdir + '/locales-' + l + '.xml', 'utf8'), retrieveItem: id => byId[id] };
const engine = new CSL.Engine(sys, fs.readFileSync(style, 'utf8'), 'en-US');
engine.updateItems(data.map(i => i.id));
const [meta, entries] = engine.makeBibliography();
process.stdout.write(meta.bibstart + entries.join('') + meta.bibend);
