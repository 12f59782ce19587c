/** The bundled `data/fact-files.json`, typed (the test suite validates it against the schema). */
import json from '../../data/fact-files.json';
import type { FactFile } from './schema.js';

export const factFiles = json as FactFile[];
