// `#data-names/countries`, `…/forums`, `…/bodies`: the few facts an element needs from a
// data file it does not show — a country's names (the table's chairs, a member state's
// contributions), a forum's names (`org`), a body's name and chair — so that it bundles these
// rather than the whole file (measured: 3 KB gzip less for the table, 4 KB for contributions).
// `…/sources`: what the source line says of a source, not the editors' notes on it.
// Picked from data/ when imported. The drop-in bundles every file an element shows whole anyway:
// there each of those lists is the file's own records, not a copy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PREFIX = '#data-names/';

/**
 * Each list: the data file, where in it the records are, the fields elements need, and whether
 * they are picked in a `whole` bundle too (for a file no element shows).
 */
const NAMES = {
  countries: { file: 'compliance', key: 'countries', fields: ['code', 'name', 'alpha3', 'aliases'] },
  forums: { file: 'forums', fields: ['id', 'name', 'acronym', 'alsoKnownAs'] },
  bodies: { file: 'bodies', fields: ['id', 'name', 'acronym', 'chair'] },
  // No element shows this file, so no bundle has it whole: the drop-in too takes only these fields
  // (measured: 40 B gzip less on every bundle), leaving out `path` and `edition`.
  sources: { file: 'sources', fields: ['id', 'title', 'publisher', 'url', 'asOf'], picked: true },
};

const dataFile = (name) => fileURLToPath(new URL(`../data/${name}.json`, import.meta.url));

/**
 * The plugin (Rollup, Vite, and the dev server through @web/dev-server-rollup). `whole`: each
 * list but a `picked` one is the data file's records as they are (for a bundle that has the file
 * anyway); `base`: how the module names data/ (absolute paths by default).
 */
export function dataNames({ whole = false, base } = {}) {
  return {
    name: 'data-names',
    enforce: 'pre',
    resolveId: (source) => (source.startsWith(PREFIX) && Object.hasOwn(NAMES, source.slice(PREFIX.length)) ? `\0${source}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const { file, key, fields, picked } = NAMES[id.slice(1 + PREFIX.length)];
      if (whole && !picked) return `import data from ${JSON.stringify(base ? `${base}data/${file}.json` : dataFile(file))};\nexport default data${key ? `.${key}` : ''};`;
      const data = JSON.parse(readFileSync(dataFile(file), 'utf8'));
      const records = (key ? data[key] : data).map((record) => Object.fromEntries(fields.map((field) => [field, record[field]])));
      return `export default ${JSON.stringify(records)};`;
    },
  };
}
