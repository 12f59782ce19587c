/** The bundled `data/partners.json`, typed (the test suite validates it against the schema). */
import json from '../../data/partners.json';
import type { Partner } from './schema.js';

export const partners = json as Partner[];
