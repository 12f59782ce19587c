/**
 * Typed access to the bundled facts in `data/*.json`. The files are validated against `schema.ts`
 * by the test suite, so the casts here state what the tests prove.
 */
import sourcesJson from '../../data/sources.json';
import forumsJson from '../../data/forums.json';
import bodiesJson from '../../data/bodies.json';
import complianceJson from '../../data/compliance.json';
import milestonesJson from '../../data/milestones.json';
import rolesJson from '../../data/roles.json';
import systemsJson from '../../data/systems.json';
import partnersJson from '../../data/partners.json';
import activitiesJson from '../../data/activities.json';
import documentsJson from '../../data/documents.json';
import factFilesJson from '../../data/fact-files.json';
import type {
  ActivitySet,
  Body,
  Compliance,
  Country,
  DocumentRecord,
  FactFile,
  Forum,
  Milestone,
  Partner,
  Role,
  Source,
  SourceRef,
  System,
} from './schema.js';
import type { Named } from '../shared/parse.js';

export const sources = sourcesJson as Source[];
export const forums = forumsJson as Forum[];
export const bodies = bodiesJson as Body[];
export const compliance = complianceJson as Compliance;
export const milestones = milestonesJson as Milestone[];
export const roles = rolesJson as Role[];
export const systems = systemsJson as System[];
export const partners = partnersJson as Partner[];
export const activities = activitiesJson as ActivitySet[];
export const documents = documentsJson as DocumentRecord[];
export const factFiles = factFilesJson as FactFile[];

export const sourceById = new Map(sources.map((source) => [source.id, source]));

/** A country by its alpha-2 code, from the bundled member states. */
export const countryByCode = new Map<string, Country>(compliance.countries.map((country) => [country.code, country]));

/** The names a country may be given in an attribute: alpha-2 (the id), alpha-3, name, aliases. */
export function countryNames(countries: readonly Country[]): Named[] {
  return countries.map((country) => ({
    id: country.code,
    names: [country.alpha3, country.name, ...(country.aliases ?? [])],
  }));
}

/** The names a body or forum may be given: id, acronym, name. */
export function recordNames(records: readonly { id: string; acronym?: string; name: string; alsoKnownAs?: string[] }[]): Named[] {
  return records.map((record) => ({ id: record.id, names: [record.acronym, record.name, ...(record.alsoKnownAs ?? [])] }));
}

/** Every source a forum's card shows facts from. */
export function forumSources(forum: Forum): SourceRef[] {
  return [
    ...forum.sources,
    ...[...forum.participation, ...(forum.notes ?? [])].flatMap((statement) => statement.sources),
    ...(forum.instruments?.sources ?? []),
  ];
}

/** A forum's name for an org id (`wco` → World Customs Organization); other ids as they are. */
export function orgNames(ids: readonly string[]): { id: string; names: string[] }[] {
  return ids.map((id) => {
    const forum = forums.find((candidate) => candidate.id === id);
    return { id, names: forum ? [forum.acronym, forum.name, ...(forum.alsoKnownAs ?? [])] : [] };
  });
}

/** The date a cited fact holds for: the reference's own, else its source's. */
export function asOfDate(ref: SourceRef): string | undefined {
  return ref.asOf ?? sourceById.get(ref.source)?.asOf;
}
