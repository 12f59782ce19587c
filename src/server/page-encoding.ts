/**
 * A page's bytes as text, and back, so that a rewritten page differs from the original only where
 * the prerenderer inserted content. Decoding must be lossless for that: a page is read in the
 * encoding it declares (a byte order mark, else a `<meta charset>` before its `<body>`, else
 * UTF-8), and only where that decoding gives every byte back. A browser looks in the first 1,024
 * bytes, and again when it meets a later `<meta charset>`: so a page's whole head is looked at.
 *
 * Two encodings qualify. UTF-8, when the bytes are valid UTF-8. And windows-1252 (which browsers
 * also use for pages labelled `iso-8859-1`, `latin1` or `us-ascii`): every byte is one character,
 * each a different one, so the page's own bytes come back exactly, and an inserted character the
 * encoding lacks is written as a numeric character reference. Any other page is refused whole.
 */

/** Why a page is left as it was; the message says what to do about it. */
export class UnsupportedEncodingError extends Error {}

export interface DecodedPage {
  /** The page as text, without its byte order mark. */
  text: string;
  /** The encoding it is read and written in. */
  encoding: 'utf-8' | 'windows-1252';
  /** The page's bytes for this text: the byte order mark the page had, then the text encoded. */
  encode(text: string): Uint8Array;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The encoding a `<meta>` early in the page names, as the WHATWG name of that encoding
 * (`latin1` → `windows-1252`); `undefined` if none does; the label itself if it names no encoding.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  // Markup is ASCII in every encoding a page may declare this way: decode one byte per character.
  const page = Buffer.from(bytes).toString('latin1');
  const body = page.search(/<body[\s>]/i);
  const head = (body < 0 ? page : page.slice(0, body)).replace(/<!--[\s\S]*?(-->|$)/g, '');
  const label = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(head)?.[1];
  if (label === undefined) return undefined;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return label;
  }
  // What browsers do with a UTF-16 label in a page they could read as ASCII (HTML's prescan).
  return encoding === 'utf-16le' || encoding === 'utf-16be' ? 'utf-8' : encoding;
}

/**
 * What windows-1252 has at bytes 0x80–0x9F, where it differs from ISO-8859-1 (as the WHATWG
 * Encoding Standard defines it: the five bytes it leaves unassigned stand for the C1 controls of
 * the same number). Written out, because Node 20's `TextDecoder` decodes this encoding as
 * ISO-8859-1.
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The character of each byte: one per byte, each a different one, so the bytes come back exactly. */
const windows1252Character = (byte: number): string => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte));

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // In slices: one string per byte would be slow to join for a large page.
  for (let start = 0; start < bytes.length; start += 8192) text += Array.from(bytes.subarray(start, start + 8192), windows1252Character).join('');
  return text;
}

/** The windows-1252 byte of each character that encoding has. */
let windows1252: Map<number, number> | undefined;
function windows1252Bytes(): Map<number, number> {
  windows1252 ??= new Map(Array.from({ length: 256 }, (_, byte) => [windows1252Character(byte).charCodeAt(0), byte]));
  return windows1252;
}

function encodeWindows1252(text: string): Uint8Array {
  const bytes = windows1252Bytes();
  const out: number[] = [];
  for (const character of text) {
    const byte = character.length === 1 ? bytes.get(character.charCodeAt(0)) : undefined;
    if (byte !== undefined) out.push(byte);
    else for (const ascii of `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`) out.push(ascii.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

/** Reads a page's bytes as text (see the module comment); throws `UnsupportedEncodingError` for a page it cannot give back exactly. */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe])) {
    throw new UnsupportedEncodingError('it is in UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8 to prerender it');
  }
  if (startsWith(bytes, UTF8_BOM)) return utf8(bytes.subarray(UTF8_BOM.length), Uint8Array.from(UTF8_BOM), 'a UTF-8 byte order mark');
  const declared = declaredEncoding(bytes);
  if (declared === undefined) return utf8(bytes, new Uint8Array(), undefined);
  if (declared === 'utf-8') return utf8(bytes, new Uint8Array(), `<meta charset="${declared}">`);
  if (declared === 'windows-1252') {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', encode: encodeWindows1252 };
  }
  throw new UnsupportedEncodingError(`it declares the encoding "${declared}", which prerender does not write (only UTF-8 and windows-1252/ISO-8859-1); save it as UTF-8 to prerender it`);
}

function utf8(bytes: Uint8Array, bom: Uint8Array, declaration: string | undefined): DecodedPage {
  let text: string;
  try {
    // `ignoreBOM`: the page's mark is already set apart; any other U+FEFF is text, and stays.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnsupportedEncodingError(
      declaration
        ? `it is not valid UTF-8, though ${declaration} says it is`
        : 'it is not valid UTF-8 and declares no other encoding; give it a <meta charset> that names its encoding, or save it as UTF-8',
    );
  }
  const encoder = new TextEncoder();
  return {
    text,
    encoding: 'utf-8',
    encode: (output) => {
      const body = encoder.encode(output);
      const all = new Uint8Array(bom.length + body.length);
      all.set(bom);
      all.set(body, bom.length);
      return all;
    },
  };
}
