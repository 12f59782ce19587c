import { PROBLEM_LIMIT } from '../data/validate.js';
import type { DataStrings } from './adopter-data.js';

const fr: DataStrings = {
  dataFailed: (origin, reason) => `Les données de ${origin} n’ont pas pu être utilisées : ${reason}. Les données intégrées sont affichées.`,
  dataOrigins: { property: 'la propriété data', inline: 'le script JSON intégré à la page' },
  dataFailures: {
    status: (status) => `le serveur a répondu ${status}`,
    unreachable: 'le serveur est injoignable',
    timeout: 'aucune réponse en 10 secondes',
    notJson: 'ce n’est pas du JSON valide',
    tooLarge: 'elles dépassent 1 Mio (1 048 576 octets), le maximum qu’un élément lit',
    invalid: (first, listed, more) =>
      `${first}${
        more
          ? ` (et d’autres problèmes : les ${PROBLEM_LIMIT} premiers sont listés dans la console du navigateur)`
          : listed
            ? ` (et ${listed} autre${listed > 1 ? 's problèmes, listés' : ' problème, listé'} dans la console du navigateur)`
            : ''
      }`,
    // The schema's own words are English: in French, the field and the record, and whether the field is missing.
    problem: ({ record, field, missing }) => {
      const named = typeof record === 'number' ? String(record + 1) : record === undefined ? undefined : `« ${record} »`;
      const what = field.replace(/\[(\d+)\]/g, (_, index: string) => String(Number(index) + 1)).replace(/"([^"]*)"/g, '« $1 »');
      const state = missing ? 'manque' : 'n’est pas valide';
      if (named === undefined) return what ? `« ${what} » ${state}` : 'ce n’est pas une liste d’enregistrements du bon type';
      return what ? `« ${what} » ${state} dans l’enregistrement ${named}` : `l’enregistrement ${named} n’est pas valide`;
    },
  },
};

export default fr;
