/** The bundled `data/systems.json`, typed (the test suite validates it against the schema). */
import json from '../../data/systems.json';
import type { System } from './schema.js';

export const systems = json as System[];
