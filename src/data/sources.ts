/** The bundled `data/sources.json`, typed (the test suite validates it against the schema). */
import json from '../../data/sources.json';
import type { Source } from './schema.js';

export const sources = json as Source[];
