/**
 * The one schema of customs-widgets' data.
 *
 * It is the single source of truth for the TypeScript types (`InferOutput`), the validation of
 * `data/*.json` in the tests, the run-time validation of data an adopter supplies, and the
 * published JSON Schema. Keep it declarative: every check here runs in the visitor's browser.
 */
import * as v from 'valibot';

/** Mojibake (`â€™`), Kramdown attributes (`{:target=…}`) and Markdown links are seed residue. */
const RESIDUE = /â€|Ã.|\{:|\]\(|<br\s*\/?>|\*\*/;

/** Non-empty, trimmed, clean text. */
export const Text = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.check((s) => s.trim() === s, 'must not start or end with spaces'),
  v.check((s) => !RESIDUE.test(s), 'contains mojibake or markup residue'),
);

/** Lower-case, hyphenated id: `swg-acts`, `wco`. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id such as "swg-acts"'),
);

/** A date to the precision the source gives it: `1995`, `2009-11` or `1967-08-08`. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  ),
);

/** An absolute URL; which schemes may become links is decided when rendering. */
export const Url = v.pipe(v.string(), v.url('must be an absolute URL'));

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as "SG"'));

/** Where a record's facts come from, and the date they hold for when it differs from the source's. */
export const SourceRef = v.object({
  source: Id,
  asOf: v.optional(PartialDate),
});

const sourced = { sources: v.pipe(v.array(SourceRef), v.minLength(1, 'needs at least one source')) };

/** A sourced sentence. */
export const Statement = v.object({ text: Text, ...sourced });

export const Source = v.object({
  id: Id,
  title: Text,
  publisher: Text,
  url: v.optional(Url),
  /** The page's path on its publisher's site, where the full URL is not given. */
  path: v.optional(v.pipe(v.string(), v.startsWith('/', 'must start with "/"'))),
  /** The date the document is current to (issue date, or its newest fact). */
  asOf: v.optional(PartialDate),
  /** For undated pages: whether this is the current or an earlier version of the page. */
  edition: v.optional(v.picklist(['current', 'earlier'])),
});

export const Forum = v.object({
  id: Id,
  name: Text,
  acronym: Text,
  alsoKnownAs: v.optional(v.array(Text)),
  established: PartialDate,
  establishedNote: v.optional(Text),
  description: Text,
  url: v.optional(Url),
  /** Singapore's membership of, or participation in, the forum. */
  participation: v.array(Statement),
  instruments: v.optional(v.object({ text: Text, items: v.optional(v.array(Text)), ...sourced })),
  ...sourced,
});

export const Meetings = v.object({
  /** The usual number of meetings a year, for sorting. */
  perYear: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'))),
  /** As the source words it, when a number alone would lose something. */
  text: v.optional(Text),
});

export const Chair = v.object({
  countries: v.array(CountryCode),
  /** As the source words it, e.g. rotation. */
  text: v.optional(Text),
  /** The year the chairmanship data is for. */
  year: PartialDate,
  ...sourced,
});

export const Body = v.object({
  id: Id,
  name: Text,
  acronym: v.optional(Text),
  /** `sectoral`: listed among the ASEAN Customs sectoral bodies; `forum`: belongs to another forum. */
  kind: v.picklist(['ministerial', 'sectoral', 'committee', 'forum']),
  forum: v.optional(Id),
  established: v.optional(PartialDate),
  establishedNote: v.optional(Text),
  description: v.optional(Text),
  meetings: v.optional(Meetings),
  reportsTo: v.optional(Id),
  chair: v.optional(Chair),
  ...sourced,
});

export const Portal = v.object({
  id: Id,
  name: Text,
  description: Text,
  url: v.optional(Url),
  ...sourced,
});

export const Country = v.object({
  code: CountryCode,
  alpha3: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter code such as "SGP"')),
  name: Text,
  /** Other names a reader or editor may use: `Laos`, `Vietnam`. */
  aliases: v.optional(v.array(Text)),
  portals: v.array(Portal),
});

export const Compliance = v.object({
  countries: v.array(Country),
  /** Regional help portals shown beneath the countries (ASSIST, ASEAN Trade Repository). */
  regional: v.array(Portal),
  about: v.optional(v.array(Statement)),
});

export const Milestone = v.object({
  id: Id,
  date: PartialDate,
  /** Last day (or month, year) of an event or period that spans more than one. */
  endDate: v.optional(PartialDate),
  title: Text,
  description: v.optional(Text),
  place: v.optional(Text),
  orgs: v.pipe(v.array(Id), v.minLength(1, 'needs at least one organization')),
  ...sourced,
});

export const Role = v.object({
  id: Id,
  country: CountryCode,
  role: v.picklist(['chair', 'participant', 'member', 'developer']),
  /** A body, forum or system id. */
  target: Id,
  since: v.optional(PartialDate),
  /** The year the statement is for, where the source dates it. */
  year: v.optional(PartialDate),
  text: v.optional(Text),
  /** A newer statement that replaces this one; both are kept, the newer leads. */
  supersededBy: v.optional(Id),
  ...sourced,
});

export const System = v.object({
  id: Id,
  name: Text,
  acronym: Text,
  description: Text,
  url: v.optional(Url),
  /** The body whose work the system serves. */
  body: v.optional(Id),
  ...sourced,
});

export const Partner = v.object({
  id: Id,
  kind: v.picklist(['dialogue-partner', 'private-sector']),
  name: Text,
  /** The counterpart administration or council, as the source names it. */
  counterpart: Text,
  cooperation: v.array(Text),
  ...sourced,
});

export const ActivitySet = v.object({
  id: Id,
  org: Id,
  title: Text,
  from: v.optional(PartialDate),
  to: v.optional(PartialDate),
  intro: v.optional(Text),
  themes: v.pipe(
    v.array(v.object({ title: v.optional(Text), items: v.pipe(v.array(Text), v.minLength(1, 'needs at least one item')) })),
    v.minLength(1, 'needs at least one theme'),
  ),
  ...sourced,
});

export const DocumentRecord = v.object({
  id: Id,
  title: Text,
  category: v.picklist(['key-documents', 'press', 'publications']),
  org: v.optional(Id),
  url: v.optional(Url),
  ...sourced,
});

export const FactFile = v.object({
  org: Id,
  title: Text,
  entries: v.array(
    v.object({
      key: Id,
      label: Text,
      value: Text,
      note: v.optional(Text),
      url: v.optional(Url),
    }),
  ),
  ...sourced,
});

/** One schema per file under `data/`, by file name. */
export const DataFiles = {
  sources: v.array(Source),
  forums: v.array(Forum),
  bodies: v.array(Body),
  compliance: Compliance,
  milestones: v.array(Milestone),
  roles: v.array(Role),
  systems: v.array(System),
  partners: v.array(Partner),
  activities: v.array(ActivitySet),
  documents: v.array(DocumentRecord),
  'fact-files': v.array(FactFile),
} as const;

export type DataFileName = keyof typeof DataFiles;
export type SourceRef = v.InferOutput<typeof SourceRef>;
export type Statement = v.InferOutput<typeof Statement>;
export type Source = v.InferOutput<typeof Source>;
export type Forum = v.InferOutput<typeof Forum>;
export type Body = v.InferOutput<typeof Body>;
export type Portal = v.InferOutput<typeof Portal>;
export type Country = v.InferOutput<typeof Country>;
export type Compliance = v.InferOutput<typeof Compliance>;
export type Milestone = v.InferOutput<typeof Milestone>;
export type Role = v.InferOutput<typeof Role>;
export type System = v.InferOutput<typeof System>;
export type Partner = v.InferOutput<typeof Partner>;
export type ActivitySet = v.InferOutput<typeof ActivitySet>;
export type DocumentRecord = v.InferOutput<typeof DocumentRecord>;
export type FactFile = v.InferOutput<typeof FactFile>;
