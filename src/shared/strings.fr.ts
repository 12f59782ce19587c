import type { SharedStrings } from './strings.js';

const fr: SharedStrings = {
  source: 'Source',
  sources: 'Sources',
  asOf: (date) => `à jour au ${date}`,
  currentPage: 'page actuelle',
  earlierPage: 'version antérieure de la page',
};

export default fr;
