// Prints, as JSON, how citeproc-js (npm citeproc) reads the particles and suffix of names given as
// [family, given] pairs (CSL.parseParticles, which CSL.NameOutput._parseName calls for every name with a
// family and a given name and no non-dropping particle of its own):
// node citeproc-js-parse-names.js name-parsing.input.json > name-parsing.expected.json (NODE_PATH holding citeproc).
const CSL = require('citeproc'); const fs = require('fs');
const names = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const parsed = names.map(([family, given]) => {
    const name = { family: family, given: given };
    CSL.parseParticles(name);
    return [name.family, name.given, name['non-dropping-particle'] || null, name['dropping-particle'] || null,
        name.suffix || null, name['comma-suffix'] || false];
});
process.stdout.write('[\n' + parsed.map(p => '  ' + JSON.stringify(p)).join(',\n') + '\n]\n');
