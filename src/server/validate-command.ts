/// <reference types="node" />
/**
 * `customs-widgets validate [--as NAME] FILE…`: checks data files of an adopter's own against the
 * schemas the elements check them with in the browser, worded as the elements' notices word them.
 * 0 when every file is valid, 1 otherwise, 2 on bad usage.
 *
 * A file is parsed and checked one record at a time and only the records' problems are kept, so
 * memory stays near the file's own size; the check stops after `PROBLEM_LIMIT` problems.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { JsonError, Lines, parseRecords } from '../data/records.js';
import { DataFiles, type DataFileName } from '../data/schema.js';
import { describeProblem, FileCheck, PROBLEM_LIMIT } from '../data/validate.js';
import { USAGE, type Io } from './cli.js';

/** Files larger than this are refused unread: no data file comes near it, and reading one costs about three times its size in memory. */
const MAX_FILE_SIZE = 64 * 1_048_576;

export function validateCommand(values: { as?: unknown }, files: string[], io: Io): number {
  const as = typeof values.as === 'string' ? values.as : undefined;
  const names = Object.keys(DataFiles);
  if (!files.length || (as !== undefined && !names.includes(as))) {
    io.stderr.write(`customs-widgets validate: ${files.length ? `--as must be one of: ${names.join(', ')}` : 'name the files to check'}\n\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const text = readText(file);
    if (typeof text !== 'string') {
      io.stderr.write(`${text.status.padEnd(8)} ${file}: ${text.reason}\n`);
      failed++;
      continue;
    }
    const name = as ?? basename(file).replace(/\.json$/, '');
    if (!names.includes(name)) {
      io.stderr.write(`unknown  ${file}: which data is it? Name it with --as (${names.join(', ')})\n`);
      failed++;
      continue;
    }
    const problems = check(file, text, name as DataFileName);
    if (problems.length) failed++;
    io.stdout.write(problems.length ? `invalid  ${file} (as ${name}):\n${problems.map((problem) => `  ${problem}\n`).join('')}` : `valid    ${file} (as ${name})\n`);
  }
  return failed ? 1 : 0;
}

/** The file's text, or why there is none to check. */
function readText(file: string): string | { status: string; reason: string } {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    // A folder, a pipe or a device is no data file, and reading one may never end.
    if (!stat.isFile()) return { status: 'unread', reason: stat.isDirectory() ? 'a folder, not a file' : 'not a regular file' };
    if (stat.size > MAX_FILE_SIZE) return { status: 'unread', reason: `larger than ${MAX_FILE_SIZE / 1_048_576} MiB, more than any data file needs` };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'missing', reason: 'no such file' };
    return { status: 'unread', reason: code === 'EACCES' ? 'not allowed to read it' : error instanceof Error ? error.message : String(error) };
  }
  try {
    // Invalid UTF-8 is refused, not silently turned into U+FFFD; a byte-order mark, as some editors save one, is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 'invalid', reason: 'not UTF-8 text: save it as UTF-8' };
  }
}

/** The file's problems as lines to print: `file:line:column: …` where the record is known. */
function check(file: string, text: string, name: DataFileName): string[] {
  const check = new FileCheck(name);
  const lines = new Lines(text);
  /** Where each problem's record starts, by the problem's index. */
  const places: string[] = [];
  const records = parseRecords(text, { keep: false });
  try {
    for (let next = records.next(); ; next = records.next()) {
      if (next.done) {
        check.rest(next.value);
        break;
      }
      const before = check.problems.length;
      const going = check.record(next.value);
      if (check.problems.length > before) {
        const { line, column } = lines.at(next.value.at ?? 0);
        for (let index = before; index < check.problems.length; index++) places[index] = `${file}:${line}:${column}: `;
      }
      if (!going) break;
    }
  } catch (error) {
    if (!(error instanceof JsonError)) throw error;
    const { line, column } = lines.at(error.position);
    return [`${file}:${line}:${column}: not valid JSON: ${error.message}`];
  }
  const problems = check.problems.map((problem, index) => `${places[index] ?? ''}${describeProblem(problem)}`);
  if (check.more) problems.push(`and more problems: the check stops after ${PROBLEM_LIMIT}`);
  return problems;
}
