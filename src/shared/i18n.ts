/**
 * UI strings and date formatting. Data text stays in the language of its source; everything the
 * widgets say themselves (labels, notices, the source line) follows the element's language.
 */

const en = {
  source: 'Source',
  sources: 'Sources',
  asOf: (date: string) => `as of ${date}`,
  currentPage: 'current page',
  earlierPage: 'earlier version of the page',
  unknownValue: (attribute: string, value: string, accepted: string) =>
    `Unknown ${attribute} “${value}”. Accepted: ${accepted}.`,
  missingValue: (attribute: string, accepted: string) => `Set ${attribute} to one of: ${accepted}.`,
  renderFailed: (reason: string) => `This element could not be displayed: ${reason}`,
  dataFailed: (origin: string, reason: string) => `The data from ${origin} could not be used: ${reason}. The built-in data is shown instead.`,
  dataOrigins: { property: 'the data property', inline: 'the inline JSON script' },
  dataFailures: {
    status: (status: number) => `the server answered ${status}`,
    unreachable: 'the server could not be reached',
    timeout: 'there was no answer within 10 seconds',
    notJson: 'it is not valid JSON',
    invalid: (problem: string, count: number) => `it does not match the schema (${problem}${count > 1 ? `, and ${count - 1} more` : ''})`,
  },
  established: 'Established',
  participation: 'Singapore’s participation',
  instruments: 'Instruments',
  website: 'Official website',
  alsoKnownAs: 'Also known as',
  moreAbout: (name: string) => `More about ${name}`,
  compliancePublications: 'Informed Compliance publications',
  regionalPortals: 'Regional help portals',
  aboutCompliance: 'About Informed Compliance publications',
  country: 'Country',
  allCountries: 'All countries',
  noLink: 'No link published',
  countriesShown: (shown: number, total: number) =>
    shown === total ? `${total} ${total === 1 ? 'country' : 'countries'}` : `${shown} of ${total} countries shown`,
  portalCount: (n: number) => `${n} ${n === 1 ? 'publication' : 'publications'}`,
  sectoralBodies: 'ASEAN Customs sectoral bodies',
  columns: {
    name: 'Name',
    acronym: 'Acronym',
    established: 'Established',
    description: 'Description',
    meetings: 'Meetings per year',
    'reports-to': 'Reports to',
    chair: 'Chair',
  },
  chairFor: (year: string) => `Chair (${year})`,
  filterBodies: 'Filter bodies',
  bodiesShown: (shown: number, total: number) =>
    shown === total ? `${total} ${total === 1 ? 'body' : 'bodies'}` : `${shown} of ${total} bodies shown`,
  noMatch: (query: string) => `No body matches “${query}”.`,
  sortBy: (column: string) => `Sort by ${column}`,
  fora: 'International fora',
  reportingStructure: 'ASEAN Customs reporting structure',
  milestones: 'Milestones',
  milestoneCount: (n: number) => `${n} ${n === 1 ? 'milestone' : 'milestones'}`,
  noMilestones: 'No milestone matches these settings.',
  activities: 'Key activities and priorities',
  contributionsOf: (country: string) => `International contributions: ${country}`,
  roleGroups: { chair: 'Chairs', participant: 'Participates in', member: 'Member of', developer: 'Developed' },
  roleNames: { chair: 'Chair', participant: 'Participant', member: 'Member', developer: 'Developer' },
  since: (date: string) => `since ${date}`,
  earlier: 'Earlier',
  noRoles: (country: string) => `No roles are recorded for ${country}.`,
  relatedSystems: 'Related systems',
  dialoguePartners: 'ASEAN Customs dialogue partners',
  privateSector: 'Consultations with the private sector',
  documents: 'Documents',
  categories: { 'key-documents': 'Key documents', press: 'Press releases and statements', publications: 'Publications' },
  noDocuments: 'No documents to show.',
  documentCount: (n: number) => `${n} ${n === 1 ? 'document' : 'documents'}`,
};

export type Strings = typeof en;

const fr: Strings = {
  source: 'Source',
  sources: 'Sources',
  asOf: (date) => `à jour au ${date}`,
  currentPage: 'page actuelle',
  earlierPage: 'version antérieure de la page',
  unknownValue: (attribute, value, accepted) =>
    `Valeur inconnue pour ${attribute} : « ${value} ». Valeurs acceptées : ${accepted}.`,
  missingValue: (attribute, accepted) => `Indiquez pour ${attribute} l’une des valeurs : ${accepted}.`,
  renderFailed: (reason) => `Cet élément n’a pas pu être affiché : ${reason}`,
  dataFailed: (origin, reason) => `Les données de ${origin} n’ont pas pu être utilisées : ${reason}. Les données intégrées sont affichées.`,
  dataOrigins: { property: 'la propriété data', inline: 'le script JSON intégré à la page' },
  dataFailures: {
    status: (status) => `le serveur a répondu ${status}`,
    unreachable: 'le serveur est injoignable',
    timeout: 'aucune réponse en 10 secondes',
    notJson: 'ce n’est pas du JSON valide',
    invalid: (problem, count) => `elles ne suivent pas le schéma (${problem}${count > 1 ? `, et ${count - 1} autres` : ''})`,
  },
  established: 'Création',
  participation: 'Participation de Singapour',
  instruments: 'Instruments',
  website: 'Site officiel',
  alsoKnownAs: 'Autres noms',
  moreAbout: (name) => `En savoir plus : ${name}`,
  compliancePublications: 'Publications « Informed Compliance »',
  regionalPortals: 'Portails régionaux d’assistance',
  aboutCompliance: 'À propos des publications « Informed Compliance »',
  country: 'Pays',
  allCountries: 'Tous les pays',
  noLink: 'Aucun lien publié',
  countriesShown: (shown, total) =>
    shown === total ? `${total} pays` : `${shown} pays affichés sur ${total}`,
  portalCount: (n) => `${n} ${n === 1 ? 'publication' : 'publications'}`,
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
  sortBy: (column) => `Trier par ${column}`,
  fora: 'Enceintes internationales',
  reportingStructure: 'Structure hiérarchique des douanes de l’ASEAN',
  milestones: 'Jalons',
  milestoneCount: (n) => `${n} ${n === 1 ? 'jalon' : 'jalons'}`,
  noMilestones: 'Aucun jalon ne correspond à ces paramètres.',
  activities: 'Activités clés et priorités',
  contributionsOf: (country) => `Contributions internationales : ${country}`,
  roleGroups: { chair: 'Présidences', participant: 'Participations', member: 'Adhésions', developer: 'Réalisations' },
  roleNames: { chair: 'Présidence', participant: 'Participation', member: 'Membre', developer: 'Réalisation' },
  since: (date) => `depuis ${date}`,
  earlier: 'Auparavant',
  noRoles: (country) => `Aucun rôle n’est enregistré pour ${country}.`,
  relatedSystems: 'Systèmes associés',
  dialoguePartners: 'Partenaires de dialogue des douanes de l’ASEAN',
  privateSector: 'Consultations avec le secteur privé',
  documents: 'Documents',
  categories: { 'key-documents': 'Documents clés', press: 'Communiqués et déclarations', publications: 'Publications' },
  noDocuments: 'Aucun document à afficher.',
  documentCount: (n) => `${n} ${n === 1 ? 'document' : 'documents'}`,
};

// A Map, not an object: `lang="constructor"` must not find Object.prototype's members.
const tables = new Map<string, Strings>([
  ['en', en],
  ['fr', fr],
]);

/** The strings for a BCP 47 tag: `fr-CA` uses French, anything unknown English. */
export function stringsFor(lang: string): Strings {
  return tables.get(lang.toLowerCase().split('-')[0]) ?? en;
}

/** A list joined the way the language joins lists ("a, b and c"). */
export function formatList(items: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date in the reader's language, to the precision given:
 * never shows a month or day the source did not give.
 */
export function formatPartialDate(date: string, lang: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  try {
    return dateFormat(lang, !!day).format(Date.UTC(year, month - 1, day || 1));
  } catch {
    return date;
  }
}

/** Formatters are costly to build and a long table formats thousands of dates: keep them. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withDay}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: withDay ? 'numeric' : undefined, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** A date range such as 20–21 January 1995, at the precision of its ends. */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  if (!end) return formatPartialDate(start, lang);
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  if (sd && ed) {
    try {
      return dateFormat(lang, true).formatRange(Date.UTC(sy, sm - 1, sd), Date.UTC(ey, em - 1, ed));
    } catch {
      // fall through to the plain form
    }
  }
  return `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}`;
}
