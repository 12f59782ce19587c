/// <reference types="node" />
/**
 * The `customs-widgets` command (package `bin`). `customs-widgets prerender` reads a page on stdin
 * and writes it prerendered to stdout; `customs-widgets prerender PATH…` rewrites HTML files in
 * place, a folder meaning every `.html` file under it (a Jekyll or Eleventy `_site/`, any static
 * export). A file that fails is reported and left as it was; files are replaced atomically.
 * `customs-widgets validate FILE…` checks data files of an adopter's own against the schemas the
 * elements check them with in the browser.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { DataFiles, type DataFileName } from '../data/schema.js';
import { validateDataFile } from '../data/validate.js';
import { DIGEST_PREFIX } from '../core/digest.js';
import { prerender } from './prerender.js';

const USAGE = `Usage: customs-widgets prerender [--stylesheets URL] [PATH…]
       customs-widgets validate [--as NAME] FILE…

Writes the content of every customs-widgets element into the page's HTML, so readers, search
engines and previews get the facts before any script runs; the scripts then hydrate it.

  no PATH       read a page on stdin, write it prerendered to stdout
  PATH…         rewrite these HTML files in place; a folder means every .html file under it
  --stylesheets URL of the folder with the elements' stylesheets (the package's dist/css/),
                or "inline" to write the styles into the page (more HTML, nothing to fetch);
                default: css/ beside the page's customs-widgets.js or autoloader.js script

validate checks JSON data files of your own against the schema the elements use (the same as
dist/schema/): each problem names the record and the field. The schema is the file's name
(bodies.json, forums.json…) unless --as names it.
`;

interface Output {
  write(text: string): unknown;
}
export interface Io {
  stdin: AsyncIterable<string | Buffer>;
  stdout: Output;
  stderr: Output;
}

/** Every `.html` file under a folder, in a stable order; hidden folders and node_modules left out. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : htmlFiles(path);
      return entry.isFile() && entry.name.endsWith('.html') ? [path] : [];
    });
}

/** Reads what a `src` names when it is a file inside `root`; undefined otherwise (the browser fetches it). */
function srcReader(root: string, file: string): (src: string) => string | undefined {
  return (src) => {
    const path = decodeURIComponent(src.replace(/[?#].*$/, ''));
    const target = path.startsWith('/') ? join(root, path) : resolve(dirname(file), path);
    const inside = relative(root, target);
    if (!inside || inside.startsWith('..') || inside.startsWith(sep)) return undefined;
    return readFileSync(target, 'utf8');
  };
}

const count = (html: string): number => html.split(`<!--${DIGEST_PREFIX}`).length - 1;

/** Replaces a file's content so that a crash midway leaves the old file whole. */
function writeAtomically(file: string, content: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

export async function main(args: readonly string[], io: Io = process): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command === 'validate') return validate(rest, io);
  if (command !== 'prerender') {
    io.stderr.write(command ? `customs-widgets: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  let stylesheets: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--stylesheets') stylesheets = rest[++i];
    else if (rest[i].startsWith('--stylesheets=')) stylesheets = rest[i].slice('--stylesheets='.length);
    else paths.push(rest[i]);
  }
  if (stylesheets === '') {
    io.stderr.write(`customs-widgets prerender: --stylesheets needs a URL\n`);
    return 2;
  }

  if (!paths.length) {
    let input = '';
    for await (const chunk of io.stdin) input += chunk.toString();
    try {
      io.stdout.write(await prerender(input, { stylesheets, warn: (message) => io.stderr.write(`customs-widgets prerender: <stdin>: ${message}\n`) }));
      return 0;
    } catch (error) {
      // The page is never lost: it goes through unchanged.
      io.stdout.write(input);
      io.stderr.write(`customs-widgets prerender: <stdin>: not prerendered: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }

  const jobs: { file: string; root: string }[] = [];
  let failed = 0;
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      io.stderr.write(`failed     ${path}: no such file or folder\n`);
      failed++;
      continue;
    }
    if (stats.isDirectory()) jobs.push(...htmlFiles(path).map((file) => ({ file, root: resolve(path) })));
    else jobs.push({ file: path, root: resolve(dirname(path)) });
  }
  let changed = 0;
  let broken = 0;
  let elements = 0;
  for (const { file, root } of jobs) {
    try {
      const before = readFileSync(file, 'utf8');
      const warnings: string[] = [];
      const after = await prerender(before, { stylesheets, readSrc: srcReader(root, resolve(file)), warn: (message) => warnings.push(message) });
      const found = count(after);
      elements += found;
      if (after !== before) {
        writeAtomically(file, after);
        changed++;
      }
      io.stdout.write(`${after !== before ? 'prerendered' : 'unchanged  '} ${file} (${found} element${found === 1 ? '' : 's'})\n`);
      for (const warning of warnings) io.stderr.write(`  ${file}: ${warning}\n`);
    } catch (error) {
      broken++;
      io.stderr.write(`failed      ${file}: ${error instanceof Error ? error.message : String(error)}; left as it was\n`);
    }
  }
  const files = jobs.length;
  io.stdout.write(`${files} file${files === 1 ? '' : 's'}: ${changed} prerendered, ${files - changed - broken} unchanged, ${broken + failed} failed; ${elements} element${elements === 1 ? '' : 's'}\n`);
  return broken + failed ? 1 : 0;
}

/** `customs-widgets validate [--as NAME] FILE…`: 0 when every file is valid, 1 otherwise, 2 on bad usage. */
function validate(args: readonly string[], io: Io): number {
  let as: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--as') as = args[++i] ?? '';
    else if (args[i].startsWith('--as=')) as = args[i].slice('--as='.length);
    else files.push(args[i]);
  }
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
