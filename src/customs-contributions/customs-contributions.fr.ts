import type { ContributionsStrings } from './customs-contributions.strings.js';

const fr: ContributionsStrings = {
  contributionsOf: (country) => `Contributions internationales : ${country}`,
  roleGroups: { chair: 'Présidences', participant: 'Participations', member: 'Adhésions', developer: 'Réalisations' },
  roleNames: { chair: 'Présidence', participant: 'Participation', member: 'Membre', developer: 'Réalisation' },
  since: (date) => `depuis ${date}`,
  earlier: 'Auparavant',
  noRoles: (country) => `Aucun rôle n’est enregistré pour ${country}.`,
  relatedSystems: 'Systèmes associés',
};

export default fr;
