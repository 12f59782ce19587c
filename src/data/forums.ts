/** The bundled `data/forums.json`, typed (the test suite validates it against the schema). */
import json from '../../data/forums.json';
import type { Forum, SourceRef } from './schema.js';

export const forums = json as Forum[];

/** Every source a forum's card shows facts from. */
export function forumSources(forum: Forum): SourceRef[] {
  return [
    ...forum.sources,
    ...forum.participation.flatMap((statement) => statement.sources),
    ...(forum.instruments?.sources ?? []),
  ];
}
