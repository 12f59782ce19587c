/** The forums' ids and names, for elements that name an organisation (taken from `data/forums.json` by the build: `scripts/data-names.mjs`). */
import forums from '#data-names/forums';
import type { Forum } from './schema.js';

export const forumNames = forums as Pick<Forum, 'id' | 'name' | 'acronym' | 'alsoKnownAs'>[];
