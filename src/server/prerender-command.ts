/// <reference types="node" />
/**
 * `customs-widgets prerender [--stylesheets URL] [PATH…]`: reads a page on stdin and writes it
 * prerendered to stdout, or rewrites HTML files in place, a folder meaning every `.html` file
 * under it (a Jekyll or Eleventy `_site/`, any static export). A file that fails is reported and
 * left as it was; files are replaced atomically.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { DIGEST_PREFIX } from '../core/digest.js';
import type { Io } from './cli.js';
import { prerender } from './prerender.js';

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

export async function prerenderCommand(values: { stylesheets?: unknown }, paths: string[], io: Io): Promise<number> {
  const stylesheets = typeof values.stylesheets === 'string' ? values.stylesheets : undefined;
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
