/**
 * Validation of data files against the schema, with messages that name the file, the record and
 * the field: `bodies.json › "swg-acts" › established: must be a date written YYYY, …`.
 */
import * as v from 'valibot';
import { DataFiles, type DataFileName } from './schema.js';

/** One place where content does not match the schema: which record (by id, else number) and field. */
export interface DataProblem {
  /** The record: `"swg-acts"` (its id or code, quoted) or `[4]` (its index, from 0); undefined outside any record. */
  record?: string;
  /** The field within the record (or, outside any record, the file's key), nested ones joined with ` › `. */
  field: string;
  /** What is wrong, as the schema words it. */
  message: string;
  /** All of it in one line, for developers: `bodies.json › "swg-acts" › established: must be …`. */
  text: string;
}

/** Every problem in one file's content; empty when the file is valid. */
export function dataProblems(name: DataFileName, content: unknown): DataProblem[] {
  const result = v.safeParse(DataFiles[name] as v.GenericSchema, content);
  if (result.success) return [];
  return result.issues.map(({ path, message }) => {
    const parts = describePath(content, path);
    // The first record on the path: files are lists of records, or (compliance.json) hold them under keys.
    const at = parts.findIndex((part) => /^(".*"|\[\d+\])$/.test(part));
    const record = at < 0 ? undefined : parts[at];
    const field = (at < 0 ? parts : parts.slice(at + 1)).join(' › ');
    return { record, field, message, text: `${name}.json › ${parts.length ? parts.join(' › ') : '(whole file)'}: ${message}` };
  });
}

/** Every problem in one file's content, as messages that name the file, record and field. */
export function validateDataFile(name: DataFileName, content: unknown): string[] {
  return dataProblems(name, content).map((problem) => problem.text);
}

/** `["\"swg-acts\"", "chair", "year"]` — records by their id (or code) where they have one, else by number. */
function describePath(content: unknown, path: v.IssuePathItem[] | undefined): string[] {
  const parts: string[] = [];
  let node = content as Record<string, unknown> | undefined;
  for (const item of path ?? []) {
    const key = item.key as string | number;
    const child = node?.[key] as Record<string, unknown> | undefined;
    if (typeof key === 'number') {
      const id = child?.id ?? child?.code ?? child?.key;
      parts.push(typeof id === 'string' ? `"${id}"` : `[${key}]`);
    } else {
      parts.push(key);
    }
    node = child;
  }
  return parts;
}
