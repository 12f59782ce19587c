/** The bundled `data/compliance.json`, typed (the test suite validates it against the schema). */
import json from '../../data/compliance.json';
import type { Compliance } from './schema.js';

export const compliance = json as Compliance;
