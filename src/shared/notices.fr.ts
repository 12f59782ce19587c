import type { NoticeStrings } from './notices.js';

const fr: NoticeStrings = {
  unknownValue: (attribute, value, accepted) => `Valeur inconnue pour ${attribute} : « ${value} ». Valeurs acceptées : ${accepted}.`,
  missingValue: (attribute, accepted) => `Indiquez pour ${attribute} l’une des valeurs : ${accepted}.`,
  renderFailed: (reason) => `Cet élément n’a pas pu être affiché : ${reason}`,
};

export default fr;
