/** The bundled `data/roles.json`, typed (the test suite validates it against the schema). */
import json from '../../data/roles.json';
import type { Role } from './schema.js';

export const roles = json as Role[];
