/**
 * The forums' ids and names, from `names/forums.json` (written by the build from
 * `data/forums.json`), for elements that name a forum without showing it.
 */
import forums from './names/forums.json';
import { recordNames } from '../shared/parse.js';
import type { Named } from '../shared/parse.js';

/** A forum's names for an org id (`wco` → World Customs Organization); other ids as they are. */
export function orgNames(ids: readonly string[]): Named[] {
  const named = recordNames(forums);
  return ids.map((id) => named.find((forum) => forum.id === id) ?? { id, names: [] });
}

/** A forum's name and acronym by id. */
export const forumById = (id: string) => forums.find((forum) => forum.id === id);
