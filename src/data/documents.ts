/** The bundled `data/documents.json`, typed (the test suite validates it against the schema). */
import json from '../../data/documents.json';
import type { DocumentRecord } from './schema.js';

export const documents = json as DocumentRecord[];
