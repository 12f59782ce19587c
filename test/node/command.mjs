// The `customs-widgets` command run in this process, as the tests of each command use it, with
// what it writes captured. Runs after `npm run build` (it uses dist/lib/).
import { Readable } from 'node:stream';
import { main } from '../../dist/lib/prerender-command.js';

/**
 * Runs `customs-widgets ARGS…` with `stdin` (text, or a list of chunks, to split a character
 * between two reads). Resolves to the exit code, stdout as bytes and as UTF-8 text, and stderr.
 */
export async function run(args, stdin = '') {
  const stdout = [];
  let stderr = '';
  const code = await main(args, {
    stdin: Readable.from(Array.isArray(stdin) ? stdin : [stdin]),
    stdout: { write: (chunk) => stdout.push(Buffer.from(chunk)) },
    stderr: { write: (text) => (stderr += text) },
  });
  const bytes = Buffer.concat(stdout);
  return { code, bytes, stdout: bytes.toString('utf8'), stderr };
}
