/** The bundled `data/forums.json`, typed (the test suite validates it against the schema). */
import json from '../../data/forums.json';
import type { Forum, SourceRef } from './schema.js';

export const forums = json as Forum[];

/** Every source a forum's card shows facts from. */
export function forumSources(forum: Forum): SourceRef[] {
  return [
    ...forum.sources,
    ...[...forum.participation, ...(forum.notes ?? [])].flatMap((statement) => statement.sources),
    ...(forum.instruments?.sources ?? []),
  ];
}

/** A forum's names for an org id (`wco` → World Customs Organization); other ids as they are. */
export function orgNames(ids: readonly string[]): { id: string; names: string[] }[] {
  return ids.map((id) => {
    const forum = forums.find((candidate) => candidate.id === id);
    return { id, names: forum ? [forum.acronym, forum.name, ...(forum.alsoKnownAs ?? [])] : [] };
  });
}
