/**
 * What an element needs only once an adopter gives it data (through `src`, an inline JSON script
 * or the `data` property): the schema check, the request, the order checks end in, what the
 * element's updates wait for, and the words for what went wrong.
 * Loaded on demand, so a page that shows bundled data never downloads it.
 */
import { isServer } from 'lit';
import { parseRecords, recordsOf, type DataRecord } from '../data/records.js';
import type { DataFileName } from '../data/schema.js';
import { describeProblem, FileCheck, PROBLEM_LIMIT, type DataProblem } from '../data/validate.js';
import { DataController, type DataHost } from './data-controller.js';
import type { CustomsErrorDetail } from './events.js';
import { Catalog } from './localize.js';

/**
 * The most adopter data an element reads: bytes of a `src` file, characters of an inline script.
 * Larger data is refused before it is parsed, so a mistaken link to a huge file costs the page
 * nothing more than the download it stopped.
 */
export const MAX_DATA_SIZE = 1_048_576;

/** Where adopter data came from. */
export type Origin = 'property' | 'inline' | { src: string };
/** Why adopter data was not used: an HTTP status, the schema problems, or one of these. */
export type Reason = 'unreachable' | 'timeout' | 'notJson' | 'tooLarge' | number | Invalid;
/** Schema problems: the first `PROBLEM_LIMIT`, and whether the check stopped before the end. */
export interface Invalid {
  problems: DataProblem[];
  more: boolean;
}
export interface Failure {
  origin: Origin;
  reason: Reason;
}

const en = {
  dataFailed: (origin: string, reason: string) => `The data from ${origin} could not be used: ${reason}. The built-in data is shown instead.`,
  dataOrigins: { property: 'the data property', inline: 'the inline JSON script' },
  dataFailures: {
    status: (status: number) => `the server answered ${status}`,
    unreachable: 'the server could not be reached',
    timeout: 'there was no answer within 10 seconds',
    notJson: 'it is not valid JSON',
    tooLarge: 'it is larger than 1 MiB (1,048,576 bytes), the most an element reads',
    /** The first problem, then how many others the browser console lists (`more`: and others not even listed). */
    invalid: (first: string, listed: number, more: boolean) =>
      `${first}${
        more
          ? ` (and more problems: the first ${PROBLEM_LIMIT} are listed in the browser console)`
          : listed
            ? ` (and ${listed} more ${listed > 1 ? 'problems' : 'problem'}, listed in the browser console)`
            : ''
      }`,
    /** Where a record breaks the schema, in plain words: a record is named by its id, else its number. */
    problem: describeProblem,
  },
};

export type DataStrings = typeof en;

export const strings = new Catalog('data', en, { fr: () => import('./adopter-data.fr.js') });

/**
 * How long (ms) checking holds the page at a time before it lets the page respond: well within
 * the 50 ms that make a long task, on a slow phone too.
 */
const SLICE = 10;

const pause = () => new Promise<void>((resume) => setTimeout(resume));

/** How a check ended: the problems found (and the content, if every record was read), or text that is not JSON. */
type Outcome = { check: FileCheck; content?: unknown } | 'notJson';

/**
 * Checks records as they come (parsed from text, or from content in memory), stopping at the
 * problem limit. In a page it pauses whenever it has held the page for `SLICE`, so it finishes
 * at once for small data and stays responsive for large; on the server, which renders at once,
 * it never pauses.
 */
function checkRecords(file: DataFileName, records: Iterator<DataRecord, unknown>, conclude: (outcome: Outcome) => void): void | Promise<void> {
  const check = new FileCheck(file);
  const run = (): void | Promise<void> => {
    const until = performance.now() + SLICE;
    for (;;) {
      let next;
      try {
        next = records.next();
      } catch {
        return conclude('notJson');
      }
      if (next.done) return conclude({ check, content: next.value });
      if (!check.record(next.value)) return conclude({ check });
      if (!isServer && performance.now() > until) return pause().then(run);
    }
  };
  return run();
}

/** What an adopter source needs of the element's data controller. */
interface Receiver {
  readonly host: DataHost;
  readonly file: DataFileName;
  /** The data shown. */
  readonly value: unknown;
  /** Shows content that passed the schema. */
  accept(content: object): void;
}

/** Adopter data that passed the schema, shared by every element: a list hands its data to its cards, which need not check it again. */
const checked = new WeakSet<object>();

/**
 * An element's adopter data, from the first it is given (or the first `src` it has): the checks,
 * the order they end in, the `src` request, and what the element's updates wait for. Its data
 * controller hands it everything about adopter data from then on.
 */
export class AdopterSource {
  /** Adopter data being checked, or a prerendered element's `src`: the element's next update waits for it. */
  pending?: Promise<void>;
  /** Why the last adopter data was not used, until data is given again. */
  #failure?: Failure;
  /** The data given last: a check that ends after newer data was given is dropped. */
  #latest?: unknown;
  /** The `src` last requested, and the request in flight. */
  #src = '';
  #request?: AbortController;

  constructor(readonly receiver: Receiver) {}

  /** Checks content given in memory (the `data` property) and shows it if it passes. */
  give(content: unknown): void {
    this.#latest = content;
    if (content === this.receiver.value) return;
    // Checked already (WeakSet.has is false for anything but an object).
    if (checked.has(content as object)) return this.#show(content as object);
    this.#hold(() =>
      checkRecords(this.receiver.file, recordsOf(content), (outcome) => this.#conclude(content, 'property', outcome === 'notJson' ? outcome : { ...outcome, content })),
    );
  }

  /** Reads JSON text: what an inline script holds, or what the prerenderer read from `src`. */
  read(text: string, origin: Origin): void {
    this.#hold(() => this.#read(text, origin));
  }

  /**
   * Requests the element's `src` if it is not the one requested last (a newer one cancels the
   * request before it). A removed element requests nothing: it asks again when put back.
   */
  follow(connecting: boolean): void {
    const host = this.receiver.host;
    const src = host.src.trim();
    // Told once this module has loaded, the element may have left the page meanwhile.
    if (src === this.#src || !host.isConnected) return;
    this.#request?.abort();
    this.#request = undefined;
    this.#src = src;
    if (!src || isServer) return;
    const { signal } = (this.#request = new AbortController());
    // A prerendered element shows its `src` data: it hydrates once the browser has it too.
    if (connecting && !host.hydration.live) this.#hold(() => this.#fetch(src, signal));
    else void this.#fetch(src, signal).catch(() => undefined);
  }

  /** The notice for the last adopter data not used, in a language. */
  notice(lang: string): CustomsErrorDetail | undefined {
    return this.#failure && describe(this.#failure, lang);
  }

  hostDisconnected(): void {
    // Nothing in flight may keep a removed element alive.
    this.#request?.abort();
    this.#request = undefined;
    this.#src = '';
  }

  /** Runs `work`, the element's next update waiting for what it started. */
  #hold(work: () => void | Promise<void>): void {
    let done: void | Promise<void> = undefined;
    try {
      done = work();
    } catch {
      // Data that cannot even be checked is not used.
    }
    if (!done) return;
    const host = this.receiver.host;
    const pending: Promise<void> = done
      .catch(() => undefined)
      .finally(() => {
        if (this.pending === pending) this.pending = undefined;
        // Data given during an update is checked after it: show the outcome.
        host.requestUpdate();
      });
    this.pending = pending;
    host.requestUpdate();
  }

  /**
   * Reads JSON text (an inline script's, a file's) and shows its content if it passes the schema;
   * otherwise says why: too large, not JSON, or the problems found before the check stopped.
   */
  #read(text: string, origin: Origin): void | Promise<void> {
    this.#latest = text;
    if (text.length > MAX_DATA_SIZE) this.#fail(origin, 'tooLarge');
    else return checkRecords(this.receiver.file, parseRecords(text), (outcome) => this.#conclude(text, origin, outcome));
  }

  /** Shows the content if it passed, else says why; unless newer data was given meanwhile. */
  #conclude(given: unknown, origin: Origin, outcome: Outcome): void {
    if (this.#latest !== given) return;
    if (outcome === 'notJson') return this.#fail(origin, 'notJson');
    const { check, content } = outcome;
    check.rest(content);
    if (check.problems.length) this.#fail(origin, { problems: check.problems, more: check.more });
    else this.#show(content as object);
  }

  #show(content: object): void {
    checked.add(content);
    this.#failure = undefined;
    this.receiver.accept(content);
    this.receiver.host.requestUpdate();
  }

  #fail(origin: Origin, reason: Reason): void {
    this.#failure = { origin, reason };
    this.receiver.host.requestUpdate();
  }

  /**
   * Fetches `src` and shows its content; whatever goes wrong, the data shown so far stays and
   * the notice says what. Nothing is given once `signal` is aborted (a newer `src`, or the element
   * left the page).
   */
  async #fetch(src: string, signal: AbortSignal): Promise<void> {
    let timedOut = false;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, DataController.timeout);
    signal.addEventListener('abort', () => abort.abort());
    let result: { text: string } | { reason: Reason };
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: abort.signal });
      result = response.ok ? await readBody(response) : { reason: response.status };
    } catch {
      result = { reason: timedOut ? 'timeout' : 'unreachable' };
    } finally {
      clearTimeout(timer);
    }
    // Decoding a large file took a task of its own: checking starts in the next one.
    if ('text' in result) await pause();
    if (signal.aborted) return;
    if ('text' in result) await this.#read(result.text, { src });
    else this.#fail({ src }, result.reason);
  }
}

/**
 * A response's text, unless it is larger than `MAX_DATA_SIZE` bytes: refused before the download
 * when the server says the length up front, else before it is decoded. Read as a blob, which the
 * browser keeps outside the page's memory and decodes in the background, so a large file costs
 * the page no long task.
 */
async function readBody(response: Response): Promise<{ text: string } | { reason: Reason }> {
  if (Number(response.headers.get('content-length')) > MAX_DATA_SIZE) {
    await response.body?.cancel();
    return { reason: 'tooLarge' };
  }
  const blob = await response.blob();
  // Decoded as `response.text()` would: UTF-8, a byte-order mark dropped, bad bytes replaced.
  return blob.size > MAX_DATA_SIZE ? { reason: 'tooLarge' } : { text: await blob.text() };
}

/** The notice for a failure, in a language: plain words, and the technical ones in `problems`. */
function describe({ origin, reason }: Failure, lang: string): CustomsErrorDetail {
  const t = strings.strings(lang);
  const reasons = t.dataFailures;
  let problems: string[] = [];
  let because: string;
  if (typeof reason === 'number') because = reasons.status(reason);
  else if (typeof reason === 'string') because = reasons[reason];
  else {
    problems = reason.problems.map((problem) => problem.text);
    because = reasons.invalid(reasons.problem(reason.problems[0]), reason.problems.length - 1, reason.more);
  }
  return typeof origin === 'string'
    ? { message: t.dataFailed(t.dataOrigins[origin], because), attribute: 'data', value: '', accepted: [], problems }
    : { message: t.dataFailed(`“${origin.src}”`, because), attribute: 'src', value: origin.src, accepted: [], problems };
}
