import { bytesEqual } from '../cast/bytes.js';
import { decode } from '../cast/decode.js';

/** What a scanned record holds for a field: where its value is, and what kind of JSON value it is. */
export const VALUE = {
  absent: 0,
  /** A string without escapes: start/end are its bytes inside the quotes. */
  string: 1,
  /** A string with backslash escapes: start/end are inside the quotes, the text needs JSON.parse. */
  escaped: 2,
  number: 3,
  true: 4,
  false: 5,
  null: 6,
  /** An object or array: start/end cover its JSON text. */
  nested: 7,
} as const;

// Byte classes: JSON whitespace, escapes, hex digits. A line feed is JSON whitespace but ends a JSONL
// record: the scanner never takes it for whitespace, so that it can be given a buffer of many lines and
// stop at the record's end (scanLine). A record is one line: nothing else changes.
const WS = new Uint8Array(256);
for (const b of [9, 13, 32]) WS[b] = 1;
const SIMPLE_ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const TRUE = [116, 114, 117, 101];
const FALSE = [102, 97, 108, 115, 101];
const NULL = [110, 117, 108, 108];

/** Deeper nesting than this goes to JSON.parse (the scanner's container stack is fixed). */
const MAX_DEPTH = 512;
/** Schemas with more fields than this look keys up in a map (keys out of the schema's order). */
const LINEAR_LOOKUP = 16;
const OBJECT = 1;
const ARRAY = 2;

/**
 * Finds the values of named keys in one JSON text that should be an object, straight from its UTF-8
 * bytes (already validated as UTF-8 by ChunkedInput), without building the object. It checks the whole
 * text against the JSON grammar as JSON.parse does, and answers -1 — "use JSON.parse" — for anything
 * it does not settle: text that is not an object or not valid JSON (JSON.parse then gives the error), a
 * key with escapes, a named key given twice, nesting deeper than MAX_DEPTH. It never accepts text that
 * JSON.parse rejects. Keys it is not asked about are validated and skipped.
 */
export class JsonRecordScanner {
  readonly kinds: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** A number field's value when the scan could read it exactly, else NaN (read it from the text). */
  readonly numbers: Float64Array;
  /** Keys of the last record that are none of the names. */
  unknownKeys = 0;
  /** Every unknown key's value was null or an unescaped string equal to one of `blanks`. */
  unknownBlank = true;
  private escaped = false;
  private readonly names: readonly Uint8Array[];
  /**
   * Field i's key `"name":` is keyBytes[i] bytes long (0: a name that JSON must escape, never matched in
   * place), the 32-bit words keyWords[keyWordStart[i], keyWordStart[i + 1]), the last masked by keyMasks[i].
   */
  private readonly keyBytes: Int32Array;
  private readonly keyWords: Int32Array;
  private readonly keyWordStart: Int32Array;
  private readonly keyMasks: Int32Array;
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private viewBuf: Uint8Array | undefined;
  /** For a wide schema: a key that is not the next field in order is looked up by its text. */
  private readonly byName: ReadonlyMap<string, number> | undefined;
  private readonly stack = new Uint8Array(MAX_DEPTH);

  constructor(
    names: readonly string[],
    private readonly blanks: readonly Uint8Array[],
  ) {
    const encoder = new TextEncoder();
    this.names = names.map((name) => encoder.encode(name));
    const plain = this.names.map((name) => name.every((b) => b >= 32 && b !== 34 && b !== 92));
    // `"name":` as 32-bit little-endian words, zero-padded, the last one's used bytes in keyMasks.
    this.keyBytes = new Int32Array(names.length);
    this.keyMasks = new Int32Array(names.length);
    this.keyWordStart = new Int32Array(names.length + 1);
    const words: number[] = [];
    this.names.forEach((name, i) => {
      this.keyWordStart[i] = words.length;
      const key = [34, ...name, 34, 58];
      const used = ((key.length - 1) % 4) + 1;
      this.keyBytes[i] = plain[i] ? key.length : 0;
      this.keyMasks[i] = used === 4 ? -1 : (1 << (8 * used)) - 1;
      for (let at = 0; at < key.length; at += 4)
        words.push(
          key[at]! | ((key[at + 1] ?? 0) << 8) | ((key[at + 2] ?? 0) << 16) | ((key[at + 3] ?? 0) << 24) | 0,
        );
    });
    this.keyWordStart[names.length] = words.length;
    this.keyWords = Int32Array.from(words);
    this.byName = names.length > LINEAR_LOOKUP ? new Map(names.map((name, i) => [name, i])) : undefined;
    this.kinds = new Uint8Array(names.length);
    this.starts = new Int32Array(names.length);
    this.ends = new Int32Array(names.length);
    this.numbers = new Float64Array(names.length);
  }

  /**
   * Scans the record that starts at `start` in a buffer of lines, up to its line feed: the offset of that
   * line feed (or `end`, when `final` and the last line has none) when kinds/starts/ends describe the
   * record, else -1 (the line is to be found and read as before: not an object the scanner settles, or
   * not complete in buf[start, end)). Saves looking for the line feed first.
   */
  scanLine(buf: Uint8Array, start: number, end: number, final: boolean): number {
    let p = this.object(buf, start, end);
    if (p < 0) return -1;
    p = ws(buf, p, end);
    if (p < end) return buf[p] === 10 ? p : -1;
    return final ? end : -1;
  }

  /** The object at buf[start, end) (after whitespace): the offset after its closing brace, or -1. */
  private object(buf: Uint8Array, start: number, end: number): number {
    const { kinds, starts, ends } = this;
    for (let i = 0; i < kinds.length; i++) kinds[i] = VALUE.absent;
    this.unknownKeys = 0;
    this.unknownBlank = true;
    let p = ws(buf, start, end);
    if (p >= end || buf[p] !== 123) return -1;
    p = ws(buf, p + 1, end);
    if (p >= end) return -1;
    let guess = 0;
    const count = kinds.length;
    const view = this.viewOf(buf);
    if (buf[p] === 125) p++;
    else
      for (;;) {
        if (buf[p] !== 34) return -1;
        let field: number;
        // Keys mostly come in the schema's order, written `"name":`: compare the next name's in place.
        if (guess < count && this.keyAt(view, p, end, guess)) {
          field = guess;
          p += this.keyBytes[guess]!;
        } else {
          const keyStart = p + 1;
          p = this.string(buf, keyStart, end);
          if (p < 0 || this.escaped) return -1;
          field = this.field(buf, keyStart, p - 1, guess);
          if (p < end && WS[buf[p]!] === 1) p = ws(buf, p, end);
          if (p >= end || buf[p] !== 58) return -1;
          p++;
        }
        if (p < end && WS[buf[p]!] === 1) p = ws(buf, p, end);
        if (p >= end) return -1;
        const valueStart = p;
        // A string without escapes, the commonest value, is read here; anything else by value().
        let kind: number = VALUE.absent;
        if (buf[p] === 34) {
          p = plainStringEnd(view, buf, p + 1, end);
          if (p < end && buf[p] === 34) {
            kind = VALUE.string;
            p++;
          } else p = valueStart;
        }
        if (kind === VALUE.absent) {
          kind = this.value(buf, p, end);
          if (kind === VALUE.absent) return -1;
          p = this.valueEnd;
        }
        if (field >= 0) {
          if (kinds[field] !== VALUE.absent) return -1; // a repeated key: JSON.parse keeps the last
          kinds[field] = kind;
          if (kind === VALUE.number) this.numbers[field] = NUMBER[0]!;
          const quoted = kind === VALUE.string || kind === VALUE.escaped;
          starts[field] = quoted ? valueStart + 1 : valueStart;
          ends[field] = quoted ? p - 1 : p;
          guess = field + 1;
        } else {
          this.unknownKeys++;
          if (this.unknownBlank && kind !== VALUE.null)
            this.unknownBlank = kind === VALUE.string && this.isBlank(buf, valueStart + 1, p - 1);
        }
        if (p < end && WS[buf[p]!] === 1) p = ws(buf, p, end);
        if (p >= end) return -1;
        if (buf[p] === 44) {
          p++;
          if (p < end && WS[buf[p]!] === 1) p = ws(buf, p, end);
          if (p >= end) return -1;
          continue;
        }
        if (buf[p] !== 125) return -1;
        p++;
        break;
      }
    return p;
  }

  /** Where the last value() ended. */
  private valueEnd = 0;

  /**
   * Whether `"name":` of field i is at p, compared as little-endian 32-bit words (the last one masked):
   * a few loads instead of a loop over the name's bytes. Only names written as their own bytes in JSON.
   */
  private keyAt(view: DataView<ArrayBufferLike>, p: number, end: number, i: number): boolean {
    const length = this.keyBytes[i]!;
    if (length === 0 || p + length > end) return false;
    const words = this.keyWords;
    const last = this.keyWordStart[i + 1]! - 1;
    let at = p;
    let w = this.keyWordStart[i]!;
    if (at + 4 * (last - w + 1) > view.byteLength) return false;
    for (; w < last; w++, at += 4) if (view.getInt32(at, true) !== words[w]) return false;
    return (view.getInt32(at, true) & this.keyMasks[i]!) === words[w];
  }

  /** A DataView of buf, made again only when the buffer changes. */
  private viewOf(buf: Uint8Array): DataView<ArrayBufferLike> {
    if (this.viewBuf !== buf) {
      this.viewBuf = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    return this.view;
  }

  private field(buf: Uint8Array, start: number, end: number, guess: number): number {
    const names = this.names;
    if (guess < names.length && bytesEqual(buf, start, end, names[guess]!)) return guess;
    if (this.byName) return this.byName.get(decode(buf, start, end)) ?? -1;
    for (let i = 0; i < names.length; i++) if (bytesEqual(buf, start, end, names[i]!)) return i;
    return -1;
  }

  private isBlank(buf: Uint8Array, start: number, end: number): boolean {
    for (const blank of this.blanks) if (bytesEqual(buf, start, end, blank)) return true;
    return false;
  }

  /** The kind of the value at p (absent when it is not valid JSON); its end goes to valueEnd. */
  private value(buf: Uint8Array, p: number, end: number): number {
    const c = buf[p]!;
    if (c === 34) {
      const e = this.string(buf, p + 1, end);
      if (e < 0) return VALUE.absent;
      this.valueEnd = e;
      return this.escaped ? VALUE.escaped : VALUE.string;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const e = number(buf, p, end);
      if (e < 0) return VALUE.absent;
      this.valueEnd = e;
      return VALUE.number;
    }
    if (c === 116) return this.literal(buf, p, end, TRUE, VALUE.true);
    if (c === 102) return this.literal(buf, p, end, FALSE, VALUE.false);
    if (c === 110) return this.literal(buf, p, end, NULL, VALUE.null);
    if (c === 123 || c === 91) {
      const e = this.nested(buf, p, end);
      if (e < 0) return VALUE.absent;
      this.valueEnd = e;
      return VALUE.nested;
    }
    return VALUE.absent;
  }

  private literal(buf: Uint8Array, p: number, end: number, word: readonly number[], kind: number): number {
    if (p + word.length > end) return VALUE.absent;
    for (let i = 0; i < word.length; i++) if (buf[p + i] !== word[i]) return VALUE.absent;
    this.valueEnd = p + word.length;
    return kind;
  }

  /** From just after an opening quote: the offset after the closing quote, or -1; sets `escaped`. */
  private string(buf: Uint8Array, p: number, end: number): number {
    const view = this.view;
    let escaped = false;
    for (;;) {
      p = plainStringEnd(view, buf, p, end);
      if (p >= end) return -1;
      const c = buf[p]!;
      if (c === 34) break;
      if (c !== 92) return -1; // a raw control character
      escaped = true;
      if (p + 1 >= end) return -1;
      const d = buf[p + 1]!;
      if (d === 117) {
        if (p + 6 > end) return -1;
        for (let i = 2; i < 6; i++) if (HEX[buf[p + i]!] === 0) return -1;
        p += 6;
      } else if (SIMPLE_ESCAPE[d] === 1) p += 2;
      else return -1;
    }
    this.escaped = escaped;
    return p + 1;
  }

  /** Validates an object or array starting at p; the offset after it, or -1 (invalid, or too deep). */
  private nested(buf: Uint8Array, p: number, end: number): number {
    const stack = this.stack;
    let depth = 0;
    for (;;) {
      // A value starts at p.
      const c = buf[p]!;
      if (c === 123 || c === 91) {
        if (depth === MAX_DEPTH) return -1;
        stack[depth++] = c === 123 ? OBJECT : ARRAY;
        p = ws(buf, p + 1, end);
        if (p >= end) return -1;
        if (buf[p] === (c === 123 ? 125 : 93)) {
          depth--;
          p++;
        } else {
          if (c === 123) {
            p = this.member(buf, p, end);
            if (p < 0) return -1;
          }
          continue;
        }
      } else {
        const kind = this.value(buf, p, end);
        if (kind === VALUE.absent) return -1;
        p = this.valueEnd;
      }
      // After a value: close containers, or go on to the next element.
      for (;;) {
        if (depth === 0) return p;
        p = ws(buf, p, end);
        if (p >= end) return -1;
        const d = buf[p]!;
        const top = stack[depth - 1];
        if (d === 44) {
          p = ws(buf, p + 1, end);
          if (p >= end) return -1;
          if (top === OBJECT) {
            p = this.member(buf, p, end);
            if (p < 0) return -1;
          }
          break;
        }
        if (d !== (top === OBJECT ? 125 : 93)) return -1;
        depth--;
        p++;
      }
    }
  }

  /** `"key" :` at p; the offset of the member's value, or -1. */
  private member(buf: Uint8Array, p: number, end: number): number {
    if (buf[p] !== 34) return -1;
    p = this.string(buf, p + 1, end);
    if (p < 0) return -1;
    p = ws(buf, p, end);
    if (p >= end || buf[p] !== 58) return -1;
    p = ws(buf, p + 1, end);
    return p >= end ? -1 : p;
  }
}

function ws(buf: Uint8Array, p: number, end: number): number {
  while (p < end && WS[buf[p]!] === 1) p++;
  return p;
}

/**
 * From p inside a string: the offset of its first quote, backslash or control character (or `end`).
 * Four bytes at a time while none is one of them (SWAR over `view`, which views `buf`: a byte of
 * v ^ 0x22 is zero, of v ^ 0x5c is zero, or of v is below 0x20; bytes from 0x80 never match), then bytes.
 */
function plainStringEnd(view: DataView<ArrayBufferLike>, buf: Uint8Array, p: number, end: number): number {
  while (p + 4 <= end) {
    const v = view.getInt32(p, true);
    const quote = v ^ 0x22222222;
    const backslash = v ^ 0x5c5c5c5c;
    const stop =
      (((quote - 0x01010101) | 0) & ~quote) |
      (((backslash - 0x01010101) | 0) & ~backslash) |
      (((v - 0x20202020) | 0) & ~v);
    if ((stop & 0x80808080) !== 0) break;
    p += 4;
  }
  while (p < end) {
    const c = buf[p]!;
    if (c === 34 || c === 92 || c < 32) break;
    p++;
  }
  return p;
}

// Exact powers of ten (Clinger's fast path: a mantissa below 2^53 times or divided by one is correctly
// rounded, the double Number(text) gives).
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** The value of the last number() read, or NaN when the fast path cannot give it exactly. */
const NUMBER = new Float64Array(1);

/**
 * `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?` at p: the offset after it, or -1. Its value goes to NUMBER[0]
 * when at most 15 digits and a power of ten within ±22 make it exact, else NaN (JSON has no NaN).
 */
function number(buf: Uint8Array, p: number, end: number): number {
  const negative = buf[p] === 45;
  if (negative) p++;
  if (p >= end) return -1;
  let mantissa = 0;
  let count = 0;
  let scale = 0;
  const first = buf[p]!;
  if (first === 48) {
    p++;
    count = 1;
  } else if (first >= 49 && first <= 57) {
    for (; p < end; p++) {
      const d = buf[p]! - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      count++;
    }
  } else return -1;
  if (p < end && buf[p] === 46) {
    const from = ++p;
    for (; p < end; p++) {
      const d = buf[p]! - 48;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      count++;
    }
    if (p === from) return -1;
    scale = p - from;
  }
  let exponent = 0;
  if (p < end && (buf[p] === 101 || buf[p] === 69)) {
    p++;
    let negativeExponent = false;
    if (p < end && (buf[p] === 43 || buf[p] === 45)) negativeExponent = buf[p++] === 45;
    const from = p;
    for (; p < end; p++) {
      const d = buf[p]! - 48;
      if (d < 0 || d > 9) break;
      if (exponent < 1e6) exponent = exponent * 10 + d;
    }
    if (p === from) return -1;
    if (negativeExponent) exponent = -exponent;
  }
  const power = exponent - scale;
  if (count <= 15 && power >= -22 && power <= 22) {
    const value = power < 0 ? mantissa / POW10[-power]! : mantissa * POW10[power]!;
    NUMBER[0] = negative ? -value : value;
  } else NUMBER[0] = Number.NaN;
  return p;
}

const UNESCAPED: Record<number, number> = {
  34: 34,
  92: 92,
  47: 47,
  98: 8,
  102: 12,
  110: 10,
  114: 13,
  116: 9,
};

/**
 * The UTF-8 of a JSON string's text, from its bytes between the quotes (already validated by the scanner),
 * written into `out`; its length, or -1 when it does not fit or holds a lone surrogate escape (whose
 * text has no UTF-8: leave such strings to JSON.parse).
 */
export function unescapeInto(buf: Uint8Array, start: number, end: number, out: Uint8Array): number {
  let n = 0;
  let p = start;
  const room = out.length - 4;
  while (p < end) {
    if (n > room) return -1;
    const c = buf[p]!;
    if (c !== 92) {
      out[n++] = c;
      p++;
      continue;
    }
    const d = buf[p + 1]!;
    if (d !== 117) {
      out[n++] = UNESCAPED[d]!;
      p += 2;
      continue;
    }
    let code = hex4(buf, p + 2);
    p += 6;
    if (code >= 0xd800 && code <= 0xdfff) {
      if (code >= 0xdc00 || p + 6 > end || buf[p] !== 92 || buf[p + 1] !== 117) return -1;
      const low = hex4(buf, p + 2);
      if (low < 0xdc00 || low > 0xdfff) return -1;
      code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
      p += 6;
    }
    if (code < 0x80) out[n++] = code;
    else if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
      out[n++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    } else {
      out[n++] = 0xf0 | (code >> 18);
      out[n++] = 0x80 | ((code >> 12) & 0x3f);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    }
  }
  return n;
}

function hex4(buf: Uint8Array, p: number): number {
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const c = buf[p + i]!;
    value = value * 16 + (c <= 57 ? c - 48 : (c | 0x20) - 87);
  }
  return value;
}
