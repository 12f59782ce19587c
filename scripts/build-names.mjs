// Writes src/data/names/*.json: what an element needs from a data file it does not show (a
// country's name for a chair, an organisation's names for `org`, a body's name and its chair for
// a member state's contributions), so that it bundles these few facts rather than the whole file.
// Run by `npm run build`; a test checks it against data/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(`data/${file}.json`, 'utf8'));
const names = {
  countries: read('compliance').countries.map(({ code, alpha3, name, aliases }) => ({ code, alpha3, name, aliases })),
  forums: read('forums').map(({ id, name, acronym, alsoKnownAs }) => ({ id, name, acronym, alsoKnownAs })),
  bodies: read('bodies').map(({ id, name, acronym, chair }) => ({ id, name, acronym, chair })),
  // The table names chairs, and needs nothing else of a country.
  'country-names': Object.fromEntries(read('compliance').countries.map(({ code, name }) => [code, name])),
};
mkdirSync('src/data/names', { recursive: true });
for (const [kind, list] of Object.entries(names)) {
  const file = `src/data/names/${kind}.json`;
  const text = `${JSON.stringify(list, null, 2)}\n`;
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
}
