import type { WorkingGroupTableStrings } from './working-group-table.strings.js';

const fr: WorkingGroupTableStrings = {
  sectoralBodies: 'Organes sectoriels des douanes de l’ASEAN',
  columns: {
    name: 'Nom',
    acronym: 'Sigle',
    established: 'Création',
    description: 'Description',
    meetings: 'Réunions par an',
    'reports-to': 'Rend compte à',
    chair: 'Présidence',
  },
  chairFor: (year) => `Présidence (${year})`,
  filterBodies: 'Filtrer les organes',
  bodiesShown: (shown, total) =>
    shown === total ? `${total} ${total === 1 ? 'organe' : 'organes'}` : `${shown} organes affichés sur ${total}`,
  noMatch: (query) => `Aucun organe ne correspond à « ${query} ».`,
};

export default fr;
