// Writes dist/integrity.json: the Subresource Integrity hash of each file a page loads with a
// script tag, for <script type="module" src="…" integrity="…" crossorigin="anonymous">.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const files = ['customs-widgets.js', 'autoloader.js', 'embed-host.js'];
const integrity = Object.fromEntries(
  files.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`]),
);
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
console.log('dist/integrity.json:', integrity);
