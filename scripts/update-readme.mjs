// Rewrites the README's generated sections: the element reference from custom-elements.json, and
// the embed snippets with their integrity hashes from dist/integrity.json (`npm run docs`).
import { readFileSync, writeFileSync } from 'node:fs';
import { withApi, withSri } from './api-docs.mjs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const { version } = read('package.json');
let readme = readFileSync('README.md', 'utf8');
readme = withApi(readme, read('custom-elements.json'));
readme = withSri(readme, read('dist/integrity.json'), version);
writeFileSync('README.md', readme);
