/// <reference types="node" />
/**
 * The prerender command's access to a site folder, which it did not write and which a build then
 * publishes as it is. Reads stay inside the folder, symbolic links included, and take only regular
 * files, of a bounded size, in bounded time. A rewritten page keeps its mode and owner; the
 * temporary file that makes the rewrite atomic is removed on exit and on SIGINT/SIGTERM, one left
 * by a run that was killed is removed by the next, and none is named like a page, so a deploy that
 * publishes `*.html` never publishes one.
 */
import { constants, rmSync, type Stats } from 'node:fs';
import { chown, lstat, open, readdir, realpath, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * The most a `src` file may hold: 1 MiB. The browser refuses adopter data beyond the same size,
 * so a page prerendered with a file's data is never hydrated by a browser that refused it.
 */
export const MAX_SRC_BYTES = 1_048_576;

/**
 * How long reading one `src` file may take: 5 s. A local file of 1 MiB reads in milliseconds; only
 * a stalled network disk takes longer, and the build should go on without it.
 */
export const SRC_READ_TIMEOUT_MS = 5_000;

/**
 * How a file the command did not write is opened: read-only, without waiting (a named pipe put in
 * its place would wait for a writer) and without following a symbolic link put in its place.
 */
const OPEN_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Whether `path` lies inside `folder` (both absolute, resolved the same way). */
export function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const systemError = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Reads up to `limit` bytes and one more, which tells that the file holds more than `limit`. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(limit + 1);
  let length = 0;
  while (length < buffer.length) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > limit) throw new Error(`it holds more than ${limit} bytes, the most a src file may hold`);
  return buffer.subarray(0, length);
}

/**
 * The bytes of a regular file whose real path (every symbolic link followed) lies inside the
 * real path of `folder`. Throws an error whose message says why it was not read.
 */
export async function readFileInside(folder: string, path: string, limit = MAX_SRC_BYTES, timeout = SRC_READ_TIMEOUT_MS): Promise<Uint8Array> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw new Error(systemError(error) === 'ENOENT' ? 'there is no such file' : `it cannot be read (${systemError(error) ?? String(error)})`);
  }
  if (!isInside(await realpath(folder), real)) throw new Error('it is a link to a file outside the folder being prerendered');
  // Looked at before it is opened: opening a named pipe waits for a writer, and opening a device may do something.
  const before = await lstat(real);
  if (!before.isFile()) throw new Error(`it is ${kindOf(before)}, not a regular file`);
  if (before.size > limit) throw new Error(`it holds ${before.size} bytes, more than the ${limit} a src file may hold`);
  // Checked again once open: if something else took its place since, opening it neither waited
  // nor followed a link, and the check below tells.
  const handle = await open(real, OPEN_WITHOUT_WAITING);
  let timer: NodeJS.Timeout | undefined;
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) throw new Error('it was replaced while it was being read');
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`reading it took more than ${timeout / 1000} s`)), timeout);
    });
    return await Promise.race([readAtMost(handle, limit), deadline]);
  } finally {
    clearTimeout(timer);
    // Not awaited: closing waits for a read that is still stuck, and the build goes on without it.
    handle.close().catch(() => undefined);
  }
}

/**
 * A page's bytes, and its status for `writeAtomically`. Found in the folder a moment ago, it may
 * have been replaced since: it is opened without waiting or following a link, and must be a
 * regular file once open.
 */
export async function readPage(file: string): Promise<{ bytes: Uint8Array; stats: Stats }> {
  const handle = await open(file, OPEN_WITHOUT_WAITING).catch((error: unknown) => {
    throw new Error(systemError(error) === 'ELOOP' ? 'it is a symbolic link' : `it cannot be read (${systemError(error) ?? String(error)})`);
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`it is ${kindOf(stats)}, not a regular file`);
    return { bytes: await handle.readFile(), stats };
  } finally {
    await handle.close();
  }
}

/** The end of a temporary file's name: the id of the process writing it, then this. */
const TEMPORARY_SUFFIX = '.customs-widgets.tmp';
/** `.<page>.<pid>.customs-widgets.tmp`: hidden, and ending otherwise than a page. */
const TEMPORARY_NAME = /^\..+\.(\d+)\.customs-widgets\.tmp$/;

function temporaryFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}${TEMPORARY_SUFFIX}`);
}

/** Whether a process with this id runs (it may be writing its temporary file now). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return systemError(error) === 'EPERM';
  }
}

/**
 * Removes from a folder the temporary files of runs that were killed midway (their process is
 * gone), and says which. Only regular files named as this module names them.
 */
export async function removeStaleTemporaries(folder: string): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const pid = TEMPORARY_NAME.exec(entry.name)?.[1];
    if (!entry.isFile() || pid === undefined || isRunning(Number(pid))) continue;
    await rm(join(folder, entry.name), { force: true });
    removed.push(join(folder, entry.name));
  }
  return removed;
}

/** Temporary files being written now, removed if the process ends before they are renamed. */
const inFlight = new Set<string>();

function removeInFlight(): void {
  for (const temporary of inFlight) rmSync(temporary, { force: true });
  inFlight.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeInFlight();
  stopRemovingOnExit();
  // Ended as the signal would have ended it, had nobody listened.
  process.kill(process.pid, signal);
}

let listening = 0;

/** From now until `stopRemovingOnExit`, temporary files in flight are removed on exit and on SIGINT/SIGTERM. */
export function removeTemporariesOnExit(): void {
  if (listening++ > 0) return;
  process.on('exit', removeInFlight);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

export function stopRemovingOnExit(): void {
  if (listening === 0 || --listening > 0) return;
  process.off('exit', removeInFlight);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

/** Whether a file's mode says its owner may not write it: such a page is left as it is. */
export const isReadOnly = (stats: Stats): boolean => (stats.mode & 0o200) === 0;

/**
 * Replaces a file's content so that a crash midway leaves the old file whole: a temporary file
 * beside it, with its mode and (where the process may give it) its owner, renamed over it.
 */
export async function writeAtomically(file: string, content: Uint8Array, stats: Stats): Promise<void> {
  const temporary = temporaryFor(file);
  inFlight.add(temporary);
  try {
    // One of this name is a killed run's (the process id is ours now); `wx`: nothing put there
    // meanwhile, a link say, is written through.
    await rm(temporary, { force: true });
    const handle = await open(temporary, 'wx', stats.mode & 0o7777);
    try {
      await handle.writeFile(content);
      // Set again: the process's umask may have taken bits off.
      await handle.chmod(stats.mode & 0o7777);
    } finally {
      await handle.close();
    }
    await chown(temporary, stats.uid, stats.gid).catch((error: unknown) => {
      // Only a privileged process may give a file away; the file is then the writer's, as a copy would be.
      if (systemError(error) !== 'EPERM') throw error;
    });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    inFlight.delete(temporary);
  }
}
