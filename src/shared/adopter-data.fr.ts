import type { DataStrings } from './adopter-data.js';

const fr: DataStrings = {
  dataFailed: (origin, reason) => `Les données de ${origin} n’ont pas pu être utilisées : ${reason}. Les données intégrées sont affichées.`,
  dataOrigins: { property: 'la propriété data', inline: 'le script JSON intégré à la page' },
  dataFailures: {
    status: (status) => `le serveur a répondu ${status}`,
    unreachable: 'le serveur est injoignable',
    timeout: 'aucune réponse en 10 secondes',
    notJson: 'ce n’est pas du JSON valide',
    invalid: (problem, count) => `elles ne suivent pas le schéma (${problem}${count > 1 ? `, et ${count - 1} autres` : ''})`,
  },
};

export default fr;
