/** The bodies' names and chairs, for a member state's contributions (taken from `data/bodies.json` by the build: `scripts/data-names.mjs`). */
import bodies from '#data-names/bodies';
import type { Body } from './schema.js';

export const bodyNames = bodies as Pick<Body, 'id' | 'name' | 'acronym' | 'chair'>[];
