/// <reference types="node" />
/**
 * `customs-widgets validate [--as NAME] FILE…`: checks data files of an adopter's own against the
 * schemas the elements check them with in the browser. 0 when every file is valid, 1 otherwise,
 * 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataFiles, type DataFileName } from '../data/schema.js';
import { validateDataFile } from '../data/validate.js';
import { USAGE, type Io } from './cli.js';

export function validateCommand(values: { as?: unknown }, files: string[], io: Io): number {
  const as = typeof values.as === 'string' ? values.as : undefined;
  const names = Object.keys(DataFiles);
  if (!files.length || (as !== undefined && !names.includes(as))) {
    io.stderr.write(`customs-widgets validate: ${files.length ? `--as must be one of: ${names.join(', ')}` : 'name the files to check'}\n\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const name = as ?? basename(file).replace(/\.json$/, '');
    if (!names.includes(name)) {
      io.stderr.write(`unknown  ${file}: which data is it? Name it with --as (${names.join(', ')})\n`);
      failed++;
      continue;
    }
    let problems: string[];
    try {
      // A byte-order mark, as some editors save one, is no mistake: the browser ignores it too.
      problems = validateDataFile(name as DataFileName, JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    } catch (error) {
      problems = [error instanceof Error ? error.message : String(error)];
    }
    if (problems.length) failed++;
    io.stdout.write(problems.length ? `invalid  ${file} (as ${name}):\n${problems.map((problem) => `  ${problem}\n`).join('')}` : `valid    ${file} (as ${name})\n`);
  }
  return failed ? 1 : 0;
}
