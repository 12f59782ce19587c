/** The bundled `data/activities.json`, typed (the test suite validates it against the schema). */
import json from '../../data/activities.json';
import type { ActivitySet } from './schema.js';

export const activities = json as ActivitySet[];
