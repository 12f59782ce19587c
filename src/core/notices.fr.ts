import type { NoticeStrings } from './notices.js';

const fr: NoticeStrings = {
  unknownValue: (attribute, value, accepted) => `Valeur inconnue pour ${attribute} : « ${value} ». Valeurs acceptées : ${accepted}.`,
  suggestValue: (attribute, value, suggestion) => `Valeur inconnue pour ${attribute} : « ${value} ». Vouliez-vous dire ${suggestion} ?`,
  missingValue: (attribute, accepted) => `Indiquez pour ${attribute} l’une des valeurs : ${accepted}.`,
  renderFailed: (reason) => `Cet élément n’a pas pu être affiché : ${reason}`,
  unknownAttribute: (attribute, suggestion) => `Attribut inconnu « ${attribute} », non utilisé. Vouliez-vous dire ${suggestion} ?`,
};

export default fr;
