/// <reference types="node" />
/**
 * `customs-widgets prerender [--stylesheets URL] [--strict] [PATH…]`: reads a page on stdin and writes it
 * prerendered to stdout, or rewrites HTML files in place, a folder meaning every `.html` file
 * under it (a Jekyll or Eleventy `_site/`, any static export). A file that fails is reported and
 * left as it was; files are replaced atomically, keeping their mode and owner. Every notice an
 * element shows is a line on stderr, `page.html:12: <tag>: message`, and with `--strict` makes the
 * exit code 1, so that an agency's CI stops a page that would publish a mistake.
 *
 * The folder is someone else's, and what is written into it gets published:
 * - A page changes only where content is inserted: it is read in its own encoding, UTF-8 or
 *   windows-1252 (see `page-encoding.ts`), and a page in any other, or whose bytes are not what
 *   it declares, is reported and left as it was. A read-only page is reported, not rewritten.
 * - A relative `src` is read only when its real path, every symbolic link followed, lies inside
 *   the folder being prerendered (the working directory for stdin), and only a regular file of at
 *   most 1 MiB, read within 5 s (see `site-files.ts`); otherwise the element is prerendered
 *   without it and the page and element are reported with the reason.
 * - Symbolic links are not followed in the folder: a page that is a link is skipped and listed
 *   (rewriting it would put a file in the link's place), and the page it points to is prerendered
 *   where it lies if that is in the folder; a link to a folder is listed and not entered, as a
 *   link naming a page is when given as a PATH. A folder given as a PATH may itself be a link.
 */
import { readdirSync, statSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DIGEST_PREFIX } from '../core/digest.js';
import type { Io } from './cli.js';
import { decodePage } from './page-encoding.js';
import { prerender, type PrerenderWarning } from './prerender.js';
import { isInside, isReadOnly, readFileInside, readPage, removeStaleTemporaries, removeTemporariesOnExit, stopRemovingOnExit, writeAtomically } from './site-files.js';

interface Site {
  /** Pages to prerender, each with the folder its `src` files must lie in. */
  pages: { file: string; root: string }[];
  /** Paths left alone, and why. */
  skipped: { path: string; reason: string }[];
  /** Every folder a page may be in, where an earlier run may have left temporary files. */
  folders: Set<string>;
}

const LINKED_PAGE = 'a symbolic link: not rewritten, the page it points to is prerendered where it lies if that is in the folder';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every `.html` file under a folder, in a stable order; hidden folders and node_modules left out, links not followed. */
function addFolder(site: Site, folder: string, root: string): void {
  site.folders.add(folder);
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) {
      if (entry.name.endsWith('.html')) site.skipped.push({ path, reason: LINKED_PAGE });
      else if (isFolder(path)) site.skipped.push({ path, reason: 'a symbolic link to a folder: not entered' });
    } else if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') addFolder(site, path, root);
    } else if (entry.isFile() && entry.name.endsWith('.html')) {
      site.pages.push({ file: path, root });
    }
  }
}

/**
 * Reads what a relative `src` names, for a page at `page` in the folder `root`: only a file
 * inside `root` (see the module comment). Throws, saying why, for any other.
 */
function srcReader(root: string, page: string): (src: string) => Promise<string> {
  return async (src) => {
    const path = decodeURIComponent(src.replace(/[?#].*$/, ''));
    // A path from the site's root, as the browser would read it on a site served from this folder.
    const target = path.startsWith('/') ? join(root, path) : resolve(dirname(page), path);
    if (!isInside(root, target)) throw new Error('it is outside the folder being prerendered');
    // As the browser reads a fetched file: UTF-8, a byte order mark left out, any bad byte U+FFFD.
    return new TextDecoder().decode(await readFileInside(root, target));
  };
}

const count = (html: string): number => html.split(`<!--${DIGEST_PREFIX}`).length - 1;

const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A mistake on a page, as compilers write theirs, so that editors and CI logs link to the line: `page.html:12: <tag>: message`. */
const located = (file: string, { tag, line, message }: PrerenderWarning): string => `${file}:${line ?? '?'}: <${tag}>: ${message}\n`;

interface Options {
  stylesheets: string | undefined;
  /** Any mistake on a page makes the exit code 1 (the pages are still written). */
  strict: boolean;
}

/** Prerenders one page in place; says whether it changed and how many elements it has. */
async function prerenderFile(file: string, root: string, stylesheets: string | undefined, warnings: PrerenderWarning[]): Promise<{ changed: boolean; found: number }> {
  const { bytes, stats } = await readPage(file);
  const page = decodePage(bytes);
  const after = await prerender(page.text, { stylesheets, readSrc: srcReader(root, resolve(file)), warn: (_, warning) => warnings.push(warning) });
  const found = count(after);
  // Compared as bytes: in windows-1252, a character written as a reference reads back as itself.
  const output = page.encode(after);
  if (Buffer.compare(output, bytes) === 0) return { changed: false, found };
  if (isReadOnly(stats)) throw new Error(`it is read-only (mode ${(stats.mode & 0o777).toString(8)}), so it was not rewritten; make it writable to prerender it`);
  await writeAtomically(file, output, stats);
  return { changed: true, found };
}

export async function prerenderCommand(values: { stylesheets?: unknown; strict?: unknown }, paths: string[], io: Io): Promise<number> {
  const options = { stylesheets: typeof values.stylesheets === 'string' ? values.stylesheets : undefined, strict: values.strict === true };
  if (options.stylesheets === '') {
    io.stderr.write(`customs-widgets prerender: --stylesheets needs a URL\n`);
    return 2;
  }
  return paths.length ? prerenderFiles(paths, options, io) : prerenderStdin(options, io);
}

/** Stdin to stdout: the page read whole, as bytes, then decoded once, so no character is cut in two. */
async function prerenderStdin({ stylesheets, strict }: Options, io: Io): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const input = Buffer.concat(chunks);
  let mistakes = 0;
  const warn = (_: string, warning: PrerenderWarning) => {
    mistakes++;
    io.stderr.write(located('<stdin>', warning));
  };
  try {
    const page = decodePage(input);
    // `src` files are read from the working directory, as from a site folder.
    const root = process.cwd();
    const output = await prerender(page.text, { stylesheets, readSrc: srcReader(root, join(root, 'stdin.html')), warn });
    io.stdout.write(bufferOf(page.encode(output)));
    return strict && mistakes ? 1 : 0;
  } catch (error) {
    // The page is never lost: it goes through unchanged.
    io.stdout.write(input);
    io.stderr.write(`customs-widgets prerender: <stdin>: not prerendered: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function prerenderFiles(paths: string[], { stylesheets, strict }: Options, io: Io): Promise<number> {
  const site: Site = { pages: [], skipped: [], folders: new Set() };
  let failed = 0;
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      io.stderr.write(`failed      ${path}: no such file or folder\n`);
      failed++;
      continue;
    }
    if (stats.isDirectory()) addFolder(site, path, resolve(path));
    else if ((await lstat(path)).isSymbolicLink()) site.skipped.push({ path, reason: LINKED_PAGE });
    else {
      site.pages.push({ file: path, root: resolve(dirname(path)) });
      site.folders.add(dirname(path));
    }
  }

  removeTemporariesOnExit();
  try {
    for (const folder of site.folders) {
      for (const removed of await removeStaleTemporaries(folder)) io.stdout.write(`removed     ${removed} (a temporary file left by a run that was stopped)\n`);
    }
    for (const { path, reason } of site.skipped) io.stdout.write(`skipped     ${path}: ${reason}\n`);
    let changed = 0;
    let broken = 0;
    let elements = 0;
    let mistakes = 0;
    for (const { file, root } of site.pages) {
      const warnings: PrerenderWarning[] = [];
      try {
        const done = await prerenderFile(file, root, stylesheets, warnings);
        elements += done.found;
        if (done.changed) changed++;
        io.stdout.write(`${done.changed ? 'prerendered' : 'unchanged  '} ${file} (${done.found} element${done.found === 1 ? '' : 's'})\n`);
      } catch (error) {
        broken++;
        io.stderr.write(`failed      ${file}: ${error instanceof Error ? error.message : String(error)}; left as it was\n`);
      }
      for (const warning of warnings) io.stderr.write(located(file, warning));
      mistakes += warnings.length;
    }
    const files = site.pages.length;
    const skipped = site.skipped.length ? `; ${site.skipped.length} link${site.skipped.length === 1 ? '' : 's'} skipped` : '';
    const mistaken = mistakes ? `; ${mistakes} mistake${mistakes === 1 ? '' : 's'} (on stderr)` : '';
    io.stdout.write(
      `${files} file${files === 1 ? '' : 's'}: ${changed} prerendered, ${files - changed - broken} unchanged, ${broken + failed} failed; ${elements} element${elements === 1 ? '' : 's'}${skipped}${mistaken}\n`,
    );
    return broken + failed || (strict && mistakes) ? 1 : 0;
  } finally {
    stopRemovingOnExit();
  }
}
