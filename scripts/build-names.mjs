// Writes src/data/names.json: the names an element needs from a data file it does not show (a
// country's name for a chair, an organisation's names for `org`), so that it bundles these few
// strings rather than the whole file. Run by `npm run build`; a test checks it against data/.
import { readFileSync, writeFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(`data/${file}.json`, 'utf8'));
const names = {
  countries: read('compliance').countries.map(({ code, alpha3, name, aliases }) => ({ code, alpha3, name, aliases })),
  forums: read('forums').map(({ id, name, acronym, alsoKnownAs }) => ({ id, name, acronym, alsoKnownAs })),
};
const text = `${JSON.stringify(names, null, 2)}\n`;
const file = 'src/data/names.json';
let old = '';
try {
  old = readFileSync(file, 'utf8');
} catch {
  // first run
}
if (old !== text) {
  writeFileSync(file, text);
  console.log(`${file} written`);
}
