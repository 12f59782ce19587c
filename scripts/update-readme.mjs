// Rewrites the README's element reference from custom-elements.json (`npm run docs`).
import { readFileSync, writeFileSync } from 'node:fs';
import { withApi } from './api-docs.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
writeFileSync('README.md', withApi(readFileSync('README.md', 'utf8'), manifest));
