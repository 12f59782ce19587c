import type { ForumListStrings } from './customs-forum-list.strings.js';

const fr: ForumListStrings = {
  fora: 'Enceintes internationales',
};

export default fr;
