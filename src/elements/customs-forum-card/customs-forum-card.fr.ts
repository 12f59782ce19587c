import type { ForumCardStrings } from './customs-forum-card.strings.js';

const fr: ForumCardStrings = {
  established: 'Création',
  participation: 'Participation de Singapour',
  instruments: 'Instruments',
  website: 'Site officiel',
  alsoKnownAs: 'Autres noms',
};

export default fr;
