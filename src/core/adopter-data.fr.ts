import type { DataStrings } from './adopter-data.js';

const fr: DataStrings = {
  dataFailed: (origin, reason) => `Les données de ${origin} n’ont pas pu être utilisées : ${reason}. Les données intégrées sont affichées.`,
  dataOrigins: { property: 'la propriété data', inline: 'le script JSON intégré à la page' },
  dataFailures: {
    status: (status) => `le serveur a répondu ${status}`,
    unreachable: 'le serveur est injoignable',
    timeout: 'aucune réponse en 10 secondes',
    notJson: 'ce n’est pas du JSON valide',
    invalid: (where, more) => `${where}${more ? ` (et ${more} autre${more > 1 ? 's problèmes, listés' : ' problème, listé'} dans la console du navigateur)` : ''}`,
    field: (field, record) => `« ${field} » manque ou n’est pas valide dans l’enregistrement ${record}`,
    record: (record) => `l’enregistrement ${record} n’est pas valide`,
    key: (field) => `« ${field} » manque ou n’est pas valide`,
    quote: (id) => `« ${id} »`,
    file: 'ce n’est pas une liste d’enregistrements du bon type',
  },
};

export default fr;
