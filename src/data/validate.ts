/**
 * Validation of data files against the schema, with messages that name the file, the record and
 * the field: `bodies.json › "swg-acts" › established: must be a date written YYYY, …`.
 */
import * as v from 'valibot';
import { DataFiles, type DataFileName } from './schema.js';

/** Every problem in one file's content, as readable messages; empty when the file is valid. */
export function validateDataFile(name: DataFileName, content: unknown): string[] {
  const result = v.safeParse(DataFiles[name] as v.GenericSchema, content);
  if (result.success) return [];
  return result.issues.map((issue) => `${name}.json › ${describePath(content, issue.path)}: ${issue.message}`);
}

/** `"swg-acts" › chair › year` — records by their id (or code) where they have one, else by index. */
function describePath(content: unknown, path: v.IssuePathItem[] | undefined): string {
  if (!path?.length) return '(whole file)';
  const parts: string[] = [];
  let node = content as Record<string, unknown> | undefined;
  for (const item of path) {
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
  return parts.join(' › ');
}
