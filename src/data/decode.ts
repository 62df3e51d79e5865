/**
 * Bytes to text, the way files really arrive: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark (Excel's "Unicode text"), or, when the bytes are not valid UTF-8,
 * Windows-1252 (what Excel on Windows saves as "CSV"), with a warning that says so. Never
 * replacement characters (�) in silence.
 */
import { type DataProblem, Problems } from './problems.js';

/** The encodings `decodeText` reads, as the Encoding Standard names them. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What `decodeText` returns. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** How the bytes were read. */
  encoding: TextEncodingName;
  /** A warning when the bytes were read as Windows-1252, or had to be repaired; else none. */
  problems: DataProblem[];
}

/**
 * Decodes a file's bytes (`await response.arrayBuffer()`, a `Uint8Array` view of any part of a
 * buffer) into text. A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is dropped;
 * without one, bytes that are valid UTF-8 are UTF-8, and any others are read as Windows-1252,
 * which gives every byte a character, with a warning (path `""`) naming the encoding. Bytes that
 * break the encoding their byte-order mark names are replaced by U+FFFD, with a warning. Pure:
 * the bytes are not changed; never throws.
 */
export function decodeText(bytes: Uint8Array | ArrayBuffer): DecodedText {
  const view = ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
  const marked = byteOrderMark(view);
  const encoding = marked ?? 'utf-8';
  const strict = decodeStrictly(encoding, view);
  if (strict !== null) return { text: strict, encoding, problems: [] };
  const p = new Problems();
  if (marked) {
    p.warn(
      '',
      `The file starts as ${NAMES[marked]} but some of its bytes are not valid ${NAMES[marked]}; ` +
        'they were replaced with "�". Save the file again as UTF-8.',
    );
    return { text: new TextDecoder(marked).decode(view), encoding: marked, problems: p.finish() };
  }
  p.warn(
    '',
    'The file is not UTF-8, so it was read as Windows-1252 (Western European, what Excel on ' +
      'Windows saves as "CSV"). If some letters look wrong, save it as "CSV UTF-8" instead.',
  );
  const text = new TextDecoder('windows-1252').decode(view);
  return { text, encoding: 'windows-1252', problems: p.finish() };
}

const NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
};

function byteOrderMark(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** The text, or `null` when the bytes are not valid in `encoding`. */
function decodeStrictly(encoding: TextEncodingName, view: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(view);
  } catch {
    return null;
  }
}
