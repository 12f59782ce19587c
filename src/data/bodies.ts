/** The bundled `data/bodies.json`, typed (the test suite validates it against the schema). */
import json from '../../data/bodies.json';
import type { Body } from './schema.js';

export const bodies = json as Body[];
