/**
 * Validation of data files against the schema, record by record, with one wording for every
 * reader: an editor reads `“acronym” is missing in record “wco”` (in the `validate` command and in
 * an element's notice), a developer `forums.json › "wco" › acronym: is missing` (in the console and
 * the `customs-error` event). Checking stops after `PROBLEM_LIMIT` problems: a file of a hundred
 * thousand bad records needs no more to be fixed, and listing them all would cost more than the
 * file is worth.
 */
import * as v from 'valibot';
import { holderOf, recordsOf, type DataRecord, type RecordPath } from './records.js';
import { DataFiles, type DataFileName } from './schema.js';

/** How many problems one file's check lists before it stops. */
export const PROBLEM_LIMIT = 20;

/** One place where content does not match the schema: which record and field, and what is wrong. */
export interface DataProblem {
  /** The record: its id (or code), else its index from 0; undefined outside any record. */
  record?: string | number;
  /** The field within the record (or, outside any record, the file's key), nested ones joined with ` › `, nested records as `"id"` or `[index]`. */
  field: string;
  /** Whether the field is missing altogether. */
  missing: boolean;
  /** What is wrong, completing a sentence about the field: `must be a date written YYYY, …`, `is missing`. */
  message: string;
  /** All of it in one line, for developers: `bodies.json › "swg-acts" › established: must be …`. */
  text: string;
}

/**
 * The problems of one file, checked a record at a time (`record`), then what holds the records
 * (`rest`). Once `PROBLEM_LIMIT` problems are listed, `more` says whether there were others and
 * `record` answers false: the caller stops there.
 */
export class FileCheck {
  readonly problems: DataProblem[] = [];
  /** Whether problems were left out of `problems` (and the rest of the file unchecked). */
  more = false;
  readonly #schema: v.GenericSchema;

  constructor(readonly name: DataFileName) {
    this.#schema = DataFiles[name] as v.GenericSchema;
  }

  /** Checks one record; false once enough problems are listed to stop. */
  record({ path, value }: DataRecord): boolean {
    const schema = schemaAt(this.#schema, path);
    // A list under a key the schema does not know is ignored, as the schema ignores unknown keys.
    if (schema) this.#add(v.safeParse(schema, value).issues, path, value);
    return !this.more;
  }

  /** Checks the rest of the content once every record is checked: what holds the records. */
  rest(content: unknown): void {
    const holder = holderOf(content);
    if (!this.more) this.#add(v.safeParse(this.#schema, holder).issues, [], holder);
  }

  #add(issues: v.BaseIssue<unknown>[] | undefined, path: RecordPath, value: unknown): void {
    for (const issue of issues ?? []) {
      if (this.problems.length === PROBLEM_LIMIT) {
        this.more = true;
        return;
      }
      this.problems.push(problemOf(this.name, path, value, issue));
    }
  }
}

/** The problems in one file's content: at most `PROBLEM_LIMIT`, and whether there were more. */
export function checkContent(name: DataFileName, content: unknown): FileCheck {
  const check = new FileCheck(name);
  for (const record of recordsOf(content)) if (!check.record(record)) return check;
  check.rest(content);
  return check;
}

/** The problems in one file's content, as lines that name the file, record and field. */
export function validateDataFile(name: DataFileName, content: unknown): string[] {
  return checkContent(name, content).problems.map((problem) => problem.text);
}

/** A problem as an editor reads it, in English: `“acronym” is missing in record “wco”`, records counted from 1. */
export function describeProblem({ record, field, missing, message }: DataProblem): string {
  const named = typeof record === 'number' ? String(record + 1) : record === undefined ? undefined : `“${record}”`;
  const what = readableField(field);
  if (named === undefined) return what ? `“${what}” ${message}` : `the file ${message}`;
  if (!what) return `record ${named} ${message}`;
  return missing ? `“${what}” is missing in record ${named}` : `“${what}” in record ${named} ${message}`;
}

/** A field path for a reader: nested records by id, or by number counted from 1. */
export function readableField(field: string): string {
  return field.replace(/\[(\d+)\]/g, (_, index: string) => String(Number(index) + 1)).replace(/"([^"]*)"/g, '“$1”');
}

/** The schema of what is at `path` within content of `schema`, through lists, objects and optional fields. */
function schemaAt(schema: v.GenericSchema, path: RecordPath): v.GenericSchema | undefined {
  let at: v.GenericSchema | undefined = schema;
  for (const key of path) {
    while (at?.type === 'optional') at = (at as v.OptionalSchema<v.GenericSchema, unknown>).wrapped;
    if (at?.type === 'array' && typeof key === 'number') at = (at as v.ArraySchema<v.GenericSchema, undefined>).item;
    else if (at?.type === 'object' && typeof key === 'string') at = (at as v.ObjectSchema<v.ObjectEntries, undefined>).entries[key] as v.GenericSchema | undefined;
    else return undefined;
  }
  return at;
}

/** Valibot's words for a type, as the end of a sentence about a field. */
const TYPES: Record<string, string> = { string: 'must be text', number: 'must be a number', array: 'must be a list', object: 'must be an object' };

function problemOf(file: DataFileName, recordPath: RecordPath, record: unknown, issue: v.BaseIssue<unknown>): DataProblem {
  // The record is named by its id (or code) where it has one, as are records nested in it.
  const recordAt = recordPath.length ? recordPath.length - 1 : undefined;
  const index = recordAt === undefined ? undefined : (recordPath[recordAt] as number);
  const id = recordAt === undefined ? undefined : idOf(record);
  const inside = describePath(record, issue.path);
  const missing = issue.kind === 'schema' && issue.received === 'undefined' && inside.length > 0;
  const message = missing
    ? 'is missing'
    : issue.kind === 'schema'
      ? (TYPES[issue.type] ?? `must be one of ${issue.expected?.replace(/^\(|\)$/g, '').replace(/ \| /g, ', ')}`)
      : issue.message;
  const recordName = id === undefined ? (index === undefined ? undefined : `[${index}]`) : `"${id}"`;
  const parts = [...recordPath.slice(0, recordAt).map(String), ...(recordName ? [recordName] : []), ...inside];
  return {
    record: id ?? index,
    field: inside.join(' › '),
    missing,
    message,
    text: `${file}.json › ${parts.length ? parts.join(' › ') : '(whole file)'}: ${message}`,
  };
}

const idOf = (record: unknown): string | undefined => {
  const { id, code, key } = (record ?? {}) as Record<string, unknown>;
  const named = id ?? code ?? key;
  return typeof named === 'string' ? named : undefined;
};

/** `["chair", "year"]`, `["portals", "\"bn-faqs\"", "url"]` — nested records by their id (or code) where they have one, else by number. */
function describePath(content: unknown, path: v.IssuePathItem[] | undefined): string[] {
  const parts: string[] = [];
  let node = content as Record<string, unknown> | undefined;
  for (const item of path ?? []) {
    const key = item.key as string | number;
    const child = node?.[key] as Record<string, unknown> | undefined;
    if (typeof key === 'number') {
      const id = idOf(child);
      parts.push(id === undefined ? `[${key}]` : `"${id}"`);
    } else {
      parts.push(key);
    }
    node = child;
  }
  return parts;
}
