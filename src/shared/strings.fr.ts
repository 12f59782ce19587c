import type { SharedStrings } from './strings.js';

const fr: SharedStrings = {
  source: 'Source',
  sources: 'Sources',
  asOf: (date) => `à jour au ${date}`,
  currentPage: 'page actuelle',
  earlierPage: 'version antérieure de la page',
  unknownValue: (attribute, value, accepted) => `Valeur inconnue pour ${attribute} : « ${value} ». Valeurs acceptées : ${accepted}.`,
  missingValue: (attribute, accepted) => `Indiquez pour ${attribute} l’une des valeurs : ${accepted}.`,
  renderFailed: (reason) => `Cet élément n’a pas pu être affiché : ${reason}`,
};

export default fr;
