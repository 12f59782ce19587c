/**
 * Data files are lists of records, or (compliance.json) hold lists of records under keys. Reading
 * and checking them one record at a time lets a caller pause between records, so a page stays
 * responsive, stop after a few problems, and, when it need not keep the content, hold one record
 * in memory at a time, so a huge file does not exhaust a process.
 */

/** Where a record is: `[4]` in a list file, `["countries", 7]` in compliance.json. */
export type RecordPath = readonly (string | number)[];

export interface DataRecord {
  path: RecordPath;
  value: unknown;
  /** Where the record starts in the text it was read from (an offset), when it was read from text. */
  at?: number;
}

/** Text that is not valid JSON: why, and where (an offset into the text). */
export class JsonError extends SyntaxError {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/**
 * Line and column, both from 1, of offsets into text: what an editor shows. Offsets asked in
 * increasing order are found without reading the text again from its start.
 */
export class Lines {
  #line = 1;
  #lineStart = 0;
  #counted = 0;

  constructor(readonly text: string) {}

  at(position: number): { line: number; column: number } {
    if (position < this.#counted) [this.#line, this.#lineStart, this.#counted] = [1, 0, 0];
    for (let next = this.text.indexOf('\n', this.#counted); next !== -1 && next < position; next = this.text.indexOf('\n', next + 1)) {
      this.#line++;
      this.#lineStart = next + 1;
    }
    this.#counted = position;
    return { line: this.#line, column: position - this.#lineStart + 1 };
  }
}

/** The records of content already in memory (the `data` property), one at a time. */
export function* recordsOf(content: unknown): Generator<DataRecord, void> {
  if (Array.isArray(content)) {
    for (let index = 0; index < content.length; index++) yield { path: [index], value: content[index] };
  } else if (isObject(content)) {
    for (const [key, value] of Object.entries(content)) {
      if (Array.isArray(value)) for (let index = 0; index < value.length; index++) yield { path: [key, index], value: value[index] };
    }
  }
}

/** What holds the records, with its lists of records emptied: what is left to check once each record is checked. */
export function holderOf(content: unknown): unknown {
  if (Array.isArray(content)) return [];
  if (!isObject(content)) return content;
  const holder: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(content)) setOwn(holder, key, Array.isArray(value) ? [] : value);
  return holder;
}

/**
 * Parses JSON text as JSON.parse would, giving each record as soon as it is read; throws a
 * `JsonError` at the first mistake. Returns the whole content, or with `keep: false` what holds
 * the records with every list of records emptied (as `holderOf` gives).
 */
export function* parseRecords(text: string, { keep = true } = {}): Generator<DataRecord, unknown> {
  const reader = new Reader(text);
  let content: unknown;
  const first = reader.peek();
  if (first === '[') {
    const list: unknown[] = [];
    for (const record of reader.list([])) {
      if (keep) list.push(record.value);
      yield record;
    }
    content = list;
  } else if (first === '{') {
    const holder: Record<string, unknown> = {};
    reader.at++;
    for (let more = reader.peek() !== '}'; more; more = reader.next(',', '}', 'after a value in an object')) {
      const key = reader.key();
      if (reader.peek() === '[') {
        const list: unknown[] = [];
        for (const record of reader.list([key])) {
          if (keep) list.push(record.value);
          yield record;
        }
        setOwn(holder, key, list);
      } else setOwn(holder, key, reader.value(1));
    }
    reader.at++;
    content = holder;
  } else content = reader.value(0);
  if (reader.peek()) throw reader.error('the end of the text after the data');
  return content;
}

/** Lists and objects nested deeper than any data file is are refused, not followed to the end of the stack. */
const MAX_DEPTH = 64;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets a key as JSON.parse does: `__proto__` becomes a key like any other, never the prototype. */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

const SPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /\w{1,20}/y;

/** A JSON parser over text, from `at`: what JSON.parse does, with the position of each mistake. */
class Reader {
  at = 0;

  constructor(readonly text: string) {}

  /** The next character that is not white space, or '' at the end. */
  peek(): string {
    while (SPACE.has(this.text[this.at])) this.at++;
    return this.text[this.at] ?? '';
  }

  /** After an item: true on `more` (consumed), false on `end` (left for the caller), else a mistake. */
  next(more: string, end: string, where: string): boolean {
    const found = this.peek();
    if (found === more) {
      this.at++;
      return true;
    }
    if (found === end) return false;
    throw this.error(`“${more}” or “${end}” ${where}`);
  }

  error(expected: string): JsonError {
    // A word (`tru`, `NaN`, `undefined`) is shown whole, anything else by its first character.
    WORD.lastIndex = this.at;
    const found = WORD.exec(this.text)?.[0] ?? this.text[this.at];
    return new JsonError(found === undefined ? `expected ${expected}, but the text ends` : `expected ${expected}, found “${found}”`, this.at);
  }

  /** A list of records at `[`: each item, where it is, and where it starts. */
  *list(path: (string | number)[]): Generator<DataRecord> {
    this.at++;
    let index = 0;
    for (let more = this.peek() !== ']'; more; more = this.next(',', ']', 'after an item in a list')) {
      this.peek();
      const at = this.at;
      yield { path: [...path, index++], value: this.value(1), at };
    }
    this.at++;
  }

  /** An object's key and its colon. */
  key(): string {
    if (this.peek() !== '"') throw this.error('a key in double quotes');
    const key = this.string();
    if (this.peek() !== ':') throw this.error('“:” after a key');
    this.at++;
    return key;
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new JsonError(`lists and objects nested more than ${MAX_DEPTH} deep`, this.at);
    const found = this.peek();
    if (found === '"') return this.string();
    if (found === '[') {
      this.at++;
      const list: unknown[] = [];
      for (let more = this.peek() !== ']'; more; more = this.next(',', ']', 'after an item in a list')) list.push(this.value(depth + 1));
      this.at++;
      return list;
    }
    if (found === '{') {
      this.at++;
      const object: Record<string, unknown> = {};
      for (let more = this.peek() !== '}'; more; more = this.next(',', '}', 'after a value in an object')) setOwn(object, this.key(), this.value(depth + 1));
      this.at++;
      return object;
    }
    for (const [word, meaning] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return meaning;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    throw this.error('a value (text in double quotes, a number, a list, an object, true, false or null)');
  }

  /** Text in double quotes, at `"`. */
  string(): string {
    const start = this.at;
    let escaped = false;
    for (this.at++; ; this.at++) {
      const char = this.text[this.at];
      if (char === '"') break;
      if (char === undefined) throw new JsonError('text in double quotes that is never closed', start);
      if (char < ' ') throw new JsonError('a line break or control character inside text in double quotes (write it as \\n, \\t…)', this.at);
      if (char === '\\') {
        escaped = true;
        const code = this.text[++this.at];
        if (code === 'u' ? !/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 1, this.at + 5)) : !ESCAPES.has(code)) {
          throw new JsonError('a backslash that starts no escape JSON knows (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)', this.at - 1);
        }
        if (code === 'u') this.at += 4;
      }
    }
    this.at++;
    // The escapes are checked above, so JSON.parse only decodes them.
    return escaped ? (JSON.parse(this.text.slice(start, this.at)) as string) : this.text.slice(start + 1, this.at - 1);
  }
}
