import type { ContributionsStrings } from './customs-contributions.strings.js';

const fr: ContributionsStrings = {
  contributionsOf: (country) => `Contributions internationales : ${country}`,
  roleGroups: { chair: 'Présidences', participant: 'Participations', member: 'Adhésions', developer: 'Réalisations' },
  formerRoles: { chair: 'A présidé', participant: 'A participé à', member: 'A été membre de', developer: 'A réalisé' },
  // « A été membre d’AWC », « A présidé le 5 juin 2020 » : élision, et « le » devant un jour.
  formerly: (did, what, when) =>
    `${/ de$/.test(did) && /^[aeiouyhé]/i.test(what) ? `${did.slice(0, -2)}d’` : `${did} `}${what} ${when ? `${/^\d/.test(when) ? 'le' : 'en'} ${when}` : 'auparavant'}.`,
  since: (date) => `depuis ${date}`,
  noRoles: (country) => `Aucun rôle n’est enregistré pour ${country}.`,
  relatedSystems: 'Systèmes associés',
};

export default fr;
