/// <reference types="node" />
/**
 * `customs-widgets embed --out DIR [--base URL] [--base-url URL] ['<tag attr="…">'…]`: writes an
 * embed page and its oEmbed response (see `embed.ts`) for each element given, or for every
 * element in its example configuration when none is given (what the build writes to
 * `dist/embed/`). Each page is named from its element (`embedName`), so the same element gives
 * the same file, byte for byte: a second run writes nothing, and a site build may run it each time.
 * 0 when every page was written and shows no notice, 1 when one shows a notice (it is still
 * written, to be looked at), 2 on bad usage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { USAGE, type Io } from './cli.js';
import { embedName, embedPage, exampleElements, parseEmbedElement, type EmbedElement } from './embed.js';
import type { PrerenderWarning } from './prerender.js';

const isUrl = (value: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(value);

/** An absolute http(s) URL of a folder, ending in `/`; undefined for anything else. */
function folderUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.pathname = url.pathname.replace(/\/?$/, '/');
    return url.href;
  } catch {
    return undefined;
  }
}

/** Writes a file unless it already holds these bytes, so an unchanged page keeps its modification time. */
function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeFileSync(file, text);
  return true;
}

export async function embedCommand(values: { out?: unknown; base?: unknown; 'base-url'?: unknown }, markups: string[], io: Io): Promise<number> {
  const usage = (message: string): number => {
    io.stderr.write(`customs-widgets embed: ${message}\n\n${USAGE}`);
    return 2;
  };
  const out = typeof values.out === 'string' ? values.out : '';
  if (!out) return usage('--out names the folder to write the pages to');
  const base = typeof values.base === 'string' ? values.base : '../';
  if (!base) return usage('--base needs the URL or path of the folder where dist/ is served');
  const given = values['base-url'];
  const baseUrl = typeof given === 'string' ? folderUrl(given) : undefined;
  if (typeof given === 'string' && !baseUrl) return usage(`--base-url must be an absolute http(s) URL, such as https://www.customs.example/assets/customs-widgets/embed/ (not "${given}")`);

  const jobs: { element: EmbedElement; name: string }[] = [];
  for (const markup of markups) {
    let element: EmbedElement;
    try {
      element = parseEmbedElement(markup);
    } catch (error) {
      return usage(error instanceof Error ? error.message : String(error));
    }
    const name = embedName(element);
    if (!jobs.some((job) => job.name === name)) jobs.push({ element, name });
  }
  if (!markups.length) jobs.push(...exampleElements());

  mkdirSync(out, { recursive: true });
  // A relative base is checked where the pages will be: a wrong one leaves them unstyled and still.
  if (!isUrl(base) && !base.startsWith('/') && !existsSync(resolve(out, base, 'customs-widgets.js'))) {
    io.stderr.write(`customs-widgets embed: no customs-widgets.js in ${join(out, base)}: the pages load the library from there (--base ${base}); copy dist/ there, or give --base the URL where it is served\n`);
  }

  let written = 0;
  let mistakes = 0;
  for (const { element, name } of jobs) {
    const warnings: PrerenderWarning[] = [];
    const page = await embedPage(element, name, { base, baseUrl, warn: (warning) => warnings.push(warning) });
    const file = join(out, `${name}.html`);
    const changed = [writeIfChanged(file, page.html), writeIfChanged(join(out, `${name}.oembed.json`), page.oembed)].some(Boolean);
    if (changed) written++;
    io.stdout.write(`${changed ? 'written  ' : 'unchanged'} ${file} (${page.title})\n`);
    for (const { tag, message } of warnings) io.stderr.write(`${file}: <${tag}>: ${message}\n`);
    mistakes += warnings.length;
  }
  const pages = jobs.length;
  const mistaken = mistakes ? `; ${mistakes} mistake${mistakes === 1 ? '' : 's'} (on stderr)` : '';
  io.stdout.write(`${pages} page${pages === 1 ? '' : 's'} in ${out}: ${written} new or changed, ${pages - written} unchanged${mistaken}\n`);
  return mistakes ? 1 : 0;
}
