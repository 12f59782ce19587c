/**
 * What an element needs only once an adopter gives it data (through `src`, an inline JSON script
 * or the `data` property): the schema check, the request, and the words for what went wrong.
 * Loaded on demand, so a page that shows bundled data never downloads it.
 */
import type { DataProblem } from '../data/validate.js';
import type { CustomsErrorDetail } from './events.js';
import { Catalog } from './localize.js';

/** Where adopter data came from. */
export type Origin = 'property' | 'inline' | { src: string };
/** Why adopter data was not used: an HTTP status, the schema problems, or one of these. */
export type Reason = 'unreachable' | 'timeout' | 'notJson' | number | DataProblem[];
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
    invalid: (where: string, more: number) => `${where}${more ? ` (and ${more} more ${more > 1 ? 'problems' : 'problem'}, listed in the browser console)` : ''}`,
    /** Where a record breaks the schema, in plain words: a record is named by its id, else its number. */
    field: (field: string, record: string) => `“${field}” in record ${record} is missing or not valid`,
    record: (record: string) => `record ${record} is not valid`,
    key: (field: string) => `“${field}” is missing or not valid`,
    quote: (id: string) => `“${id}”`,
    file: 'it is not a list of records of the right kind',
  },
};

export type DataStrings = typeof en;

export const strings = new Catalog('data', en, { fr: () => import('./adopter-data.fr.js') });

/** Every problem with the content (record, field, and the schema's words); empty when it matches the file's schema. */
export { dataProblems as check } from '../data/validate.js';

/** What these functions need of the element's data controller. */
interface Receiver {
  host: { requestUpdate(): void };
  failure?: Failure;
  give(content: unknown, origin: Origin): void;
}

function parse(text: string): { content: unknown } | { reason: Reason } {
  try {
    return { content: JSON.parse(text) };
  } catch {
    return { reason: 'notJson' };
  }
}

/** Gives the content of JSON text (an inline script's, a file's), or says it is not JSON. */
export function read(receiver: Receiver, text: string, origin: Origin): void {
  const parsed = parse(text);
  if ('content' in parsed) receiver.give(parsed.content, origin);
  else receiver.failure = { origin, reason: parsed.reason };
}

/**
 * Fetches `src` and gives its content; whatever goes wrong, the data shown so far stays and
 * `failure` says what. Nothing is given once `signal` is aborted (a newer `src`, or the element
 * left the page).
 */
export async function load(receiver: Receiver, src: string, signal: AbortSignal, timeout: number): Promise<void> {
  let timedOut = false;
  const abort = new AbortController();
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeout);
  signal.addEventListener('abort', () => abort.abort());
  let result: { content: unknown } | { reason: Reason };
  try {
    // The element may have left the page while this module was loading.
    if (signal.aborted) return;
    const response = await fetch(new URL(src, document.baseURI), { signal: abort.signal });
    result = response.ok ? parse(await response.text()) : { reason: response.status };
  } catch {
    result = { reason: timedOut ? 'timeout' : 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
  if (signal.aborted) return;
  if ('content' in result) {
    receiver.give(result.content, { src });
  } else {
    receiver.failure = { origin: { src }, reason: result.reason };
    receiver.host.requestUpdate();
  }
}

/** The notice for a failure, in a language: plain words, and the schema's own in `problems`. */
export function describe({ origin, reason }: Failure, lang: string): CustomsErrorDetail {
  const t = strings.strings(lang);
  const reasons = t.dataFailures;
  let problems: string[] = [];
  let because: string;
  if (typeof reason === 'number') because = reasons.status(reason);
  else if (typeof reason === 'string') because = reasons[reason];
  else {
    problems = reason.map((problem) => problem.text);
    const [{ record, field }] = reason;
    // `[4]` counts from 0; a reader counts records from 1, and reads an id in quotes.
    const readable = (path: string) => path.replace(/\[(\d+)\]/g, (_, index: string) => String(Number(index) + 1));
    const named = record && (record.startsWith('"') ? reasons.quote(record.slice(1, -1)) : readable(record));
    const where = named ? (field ? reasons.field(readable(field), named) : reasons.record(named)) : field ? reasons.key(readable(field)) : reasons.file;
    because = reasons.invalid(where, reason.length - 1);
  }
  return typeof origin === 'string'
    ? { message: t.dataFailed(t.dataOrigins[origin], because), attribute: 'data', value: '', accepted: [], problems }
    : { message: t.dataFailed(`“${origin.src}”`, because), attribute: 'src', value: origin.src, accepted: [], problems };
}
