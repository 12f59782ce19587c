/**
 * Each body's name, acronym and chair (with its sources), from `names/bodies.json` (written by
 * the build from `data/bodies.json`), for a member state's contributions.
 */
import json from './names/bodies.json';
import type { Body } from './schema.js';

export const bodies = json as Pick<Body, 'id' | 'name' | 'acronym' | 'chair'>[];
