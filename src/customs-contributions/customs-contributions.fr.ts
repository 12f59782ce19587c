import type { ContributionsStrings } from './customs-contributions.strings.js';

const fr: ContributionsStrings = {
  contributionsOf: (country) => `Contributions internationales : ${country}`,
  roleGroups: { chair: 'Présidences', participant: 'Participations', member: 'Adhésions', developer: 'Réalisations' },
  formerRoles: { chair: 'A présidé', participant: 'A participé à', member: 'A été membre de', developer: 'A réalisé' },
  formerly: (did, what, when) => `${did} ${what} ${when ? `en ${when}` : 'auparavant'}.`,
  since: (date) => `depuis ${date}`,
  noRoles: (country) => `Aucun rôle n’est enregistré pour ${country}.`,
  relatedSystems: 'Systèmes associés',
};

export default fr;
