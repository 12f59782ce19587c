/// <reference types="node" />
/**
 * The `customs-widgets` command (package `bin`): `prerender` writes elements' content into pages,
 * `validate` checks data files of an adopter's own, `embed` writes pages to show in an iframe (see
 * each command's module). Arguments are read
 * with `node:util`'s `parseArgs`: an unknown option or a missing value is a usage error, exit 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { embedCommand } from './embed-command.js';
import { prerenderCommand } from './prerender-command.js';
import { validateCommand } from './validate-command.js';

export const USAGE = `Usage: customs-widgets prerender [--stylesheets URL] [--strict] [PATH…]
       customs-widgets validate [--as NAME] FILE…
       customs-widgets embed --out DIR [--base URL] [--base-url URL] ['<tag attr="…">'…]

Writes the content of every customs-widgets element into the page's HTML, so readers, search
engines and previews get the facts before any script runs; the scripts then hydrate it.

  no PATH       read a page on stdin, write it prerendered to stdout
  PATH…         rewrite these HTML files in place; a folder means every .html file under it
                (symbolic links in it, to pages or folders, are listed and left alone)
  --stylesheets URL of the folder with the elements' stylesheets (the package's dist/css/),
                or "inline" to write the styles into the page (more HTML, nothing to fetch);
                default: css/ beside the page's customs-widgets.js or autoloader.js script
  --strict      exit 1 when any element shows a notice or a src cannot be read (the pages are
                still written), for a site build that must not publish mistakes

Every notice an element shows (an unknown id, a bad sort, data that does not match the schema)
is printed on stderr as FILE:LINE: <tag>: message.

A relative src is read only when the file, symbolic links followed, lies inside the folder (for
stdin, the working directory), and only a regular file of at most 1 MiB, read within 5 s; any
other is reported and the element prerendered without it. Pages in UTF-8 and windows-1252 (ISO-8859-1) change only
where content is inserted; a page in another encoding, or a read-only one, is reported and left
as it was.

validate checks JSON data files of your own against the schema the elements use (the same as
dist/schema/): each problem names the record and the field. The schema is the file's name
(bodies.json, forums.json…) unless --as names it.

embed writes, for each element given, a page that shows it alone, to show in an iframe where
no script may be pasted, and the page's oEmbed response, so that a CMS such as WordPress turns
the page's URL into an iframe; with no element, every element in its example configuration (as
dist/embed/ has them). A page is named from its element: compliance-links.country-my.<hash>.html
and .oembed.json; the same element always gives the same files, and a run changes only what
differs.

  --out DIR      the folder to write the pages to
  --base URL     where dist/ is served, as the pages see it: a URL, or a path relative to them;
                 default ../ (DIR is a folder inside dist/, as dist/embed/ is)
  --base-url URL the absolute URL DIR is served at, for the canonical link, the oEmbed link and the
                 iframe in the oEmbed response; without it they are relative to the page, which a
                 CMS fetching the oEmbed response cannot use

An element that shows a notice (an unknown id…) is reported on stderr and makes the exit code 1;
its page is still written.
`;

interface Output {
  /** Pages go out as bytes, in their own encoding; messages as text. */
  write(chunk: string | Uint8Array): unknown;
}
export interface Io {
  stdin: AsyncIterable<string | Buffer>;
  stdout: Output;
  stderr: Output;
}

/** A command: its options, and what it does with them and the paths given. */
interface Command {
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | (string | boolean)[] | undefined>, paths: string[], io: Io): Promise<number> | number;
}

const COMMANDS: Record<string, Command> = {
  prerender: { options: { stylesheets: { type: 'string' }, strict: { type: 'boolean' } }, run: prerenderCommand },
  validate: { options: { as: { type: 'string' } }, run: validateCommand },
  embed: { options: { out: { type: 'string' }, base: { type: 'string' }, 'base-url': { type: 'string' } }, run: embedCommand },
};

/** Runs the command line's command; resolves to the exit code (0 done, 1 a file failed, 2 bad usage). */
export async function main(args: readonly string[], io: Io = process): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(name ? `customs-widgets: unknown command "${name}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`customs-widgets ${name}: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  return command.run(parsed.values, parsed.positionals, io);
}
