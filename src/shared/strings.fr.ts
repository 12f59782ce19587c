import type { SharedStrings } from './strings.js';

const fr: SharedStrings = {
  source: 'Source',
  sources: 'Sources',
  asOf: (date) => `à jour au ${date}`,
  months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  firstDay: '1er',
  and: 'et',
  currentPage: 'page actuelle',
  earlierPage: 'version antérieure de la page',
};

export default fr;
