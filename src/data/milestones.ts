/** The bundled `data/milestones.json`, typed (the test suite validates it against the schema). */
import json from '../../data/milestones.json';
import type { Milestone } from './schema.js';

export const milestones = json as Milestone[];
