// JSONL record scanner, AssemblyScript: the byte-level half of src/core/data/jsonl/record-scanner.ts
// (see there for what it settles and what it leaves to JSON.parse), built by scripts/data-wasm.mjs.
// The host lays out the linear memory: configure() names its tables, JsonRecordScanner.load copies the
// records in, scanLine reads one. Nothing here allocates. With a checks table (value-checks.ts), a value
// that certainly passes its field's checks is marked CHECKED instead of its kind.

import { booleanPasses, escapedPasses, inTexts, numberPasses, pow10, stringPasses } from './value-checks';

export { indexVerdicts, rle, rleLargest, verdictMissing } from './rle';
export { snappy } from './snappy';

// Kinds (VALUE in src/core/data/jsonl/record-scanner.ts).
const ABSENT: u8 = 0;
const STRING: u8 = 1;
const ESCAPED: u8 = 2;
const NUMBER: u8 = 3;
const TRUE: u8 = 4;
const FALSE: u8 = 5;
const NULL: u8 = 6;
const NESTED: u8 = 7;
const CHECKED: u8 = 8;

/** Deeper nesting is left to JSON.parse; the host gives the stack this many bytes (MAX_DEPTH there too). */
const MAX_DEPTH: i32 = 512;
const OBJECT: u8 = 1;
const ARRAY: u8 = 2;

// Tables of the host (byte offsets in memory).
let fieldCount: i32 = 0;
/** Per field, 16 bytes: i32 key (its `"name":` bytes, zero-padded to 8), i32 key length (0: never in place), i32 name, i32 name length. */
let fields: usize = 0;
/** The missing values, a table of texts (inTexts in value-checks.ts). */
let blanks: usize = 0;
let blankCount: i32 = 0;
let kinds: usize = 0;
let starts: usize = 0;
let ends: usize = 0;
let numbers: usize = 0;
let stack: usize = 0;
/** Per field, 64 bytes (value-checks.ts); 0: no checks here. */
let checks: usize = 0;
/** i32 unknown keys, i32 unknown blank. */
let status: usize = 0;
/** Added to every offset written to starts/ends (the record's place in the host's buffer). */
let bias: i32 = 0;

let escaped = false;
let valueEnd: i32 = 0;
let scanned: f64 = 0;

export function heapBase(): usize {
  return __heap_base;
}

export function configure(
  count: i32,
  fieldTable: usize,
  blankTable: usize,
  blankTotal: i32,
  kindTable: usize,
  startTable: usize,
  endTable: usize,
  numberTable: usize,
  stackArea: usize,
  statusArea: usize,
  checkTable: usize,
): void {
  fieldCount = count;
  fields = fieldTable;
  blanks = blankTable;
  blankCount = blankTotal;
  kinds = kindTable;
  starts = startTable;
  ends = endTable;
  numbers = numberTable;
  stack = stackArea;
  status = statusArea;
  checks = checkTable;
}

export function setBias(value: i32): void {
  bias = value;
}

function isWs(c: u32): bool {
  return c === 32 || c === 9 || c === 13;
}

function ws(p: i32, end: i32): i32 {
  while (p < end && isWs(load<u8>(p))) p++;
  return p;
}

/** From p inside a string: its first quote, backslash or control character (or end); 8 bytes at a time. */
function plainStringEnd(p: i32, end: i32): i32 {
  while (p + 8 <= end) {
    const v = load<u64>(p);
    const quote = v ^ 0x2222222222222222;
    const backslash = v ^ 0x5c5c5c5c5c5c5c5c;
    const stop =
      (((quote - 0x0101010101010101) & ~quote) |
        ((backslash - 0x0101010101010101) & ~backslash) |
        ((v - 0x2020202020202020) & ~v)) &
      0x8080808080808080;
    if (stop !== 0) return p + <i32>(ctz(stop) >> 3);
    p += 8;
  }
  while (p < end) {
    const c = load<u8>(p);
    if (c === 34 || c === 92 || c < 32) break;
    p++;
  }
  return p;
}

function isHex(c: u32): bool {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

/** From just after an opening quote: the offset after the closing quote, or -1; sets `escaped`. */
function string(p: i32, end: i32): i32 {
  let isEscaped = false;
  for (;;) {
    p = plainStringEnd(p, end);
    if (p >= end) return -1;
    const c = load<u8>(p);
    if (c === 34) break;
    if (c !== 92) return -1;
    isEscaped = true;
    if (p + 1 >= end) return -1;
    const d = load<u8>(p + 1);
    if (d === 117) {
      if (p + 6 > end) return -1;
      for (let i = 2; i < 6; i++) if (!isHex(load<u8>(p + i))) return -1;
      p += 6;
    } else if (
      d === 34 ||
      d === 92 ||
      d === 47 ||
      d === 98 ||
      d === 102 ||
      d === 110 ||
      d === 114 ||
      d === 116
    )
      p += 2;
    else return -1;
  }
  escaped = isEscaped;
  return p + 1;
}

/** A JSON number at p: the offset after it or -1; its value in `scanned` when exact, else NaN. */
function number(p: i32, end: i32): i32 {
  const negative = load<u8>(p) === 45;
  if (negative) p++;
  if (p >= end) return -1;
  let mantissa: u64 = 0;
  let count = 0;
  let scale = 0;
  const first = load<u8>(p);
  if (first === 48) {
    p++;
    count = 1;
  } else if (first >= 49 && first <= 57) {
    for (; p < end; p++) {
      const d = <u32>load<u8>(p) - 48;
      if (d > 9) break;
      mantissa = mantissa * 10 + d;
      count++;
    }
  } else return -1;
  if (p < end && load<u8>(p) === 46) {
    const from = ++p;
    for (; p < end; p++) {
      const d = <u32>load<u8>(p) - 48;
      if (d > 9) break;
      mantissa = mantissa * 10 + d;
      count++;
    }
    if (p === from) return -1;
    scale = p - from;
  }
  let exponent = 0;
  if (p < end && (load<u8>(p) | 0x20) === 101) {
    p++;
    let negativeExponent = false;
    if (p < end) {
      const s = load<u8>(p);
      if (s === 43 || s === 45) {
        negativeExponent = s === 45;
        p++;
      }
    }
    const from = p;
    for (; p < end; p++) {
      const d = <u32>load<u8>(p) - 48;
      if (d > 9) break;
      if (exponent < 1000000) exponent = exponent * 10 + d;
    }
    if (p === from) return -1;
    if (negativeExponent) exponent = -exponent;
  }
  const power = exponent - scale;
  if (count <= 15 && power >= -22 && power <= 22) {
    const m = <f64>mantissa;
    const value = power < 0 ? m / pow10(-power) : m * pow10(power);
    scanned = negative ? -value : value;
  } else scanned = NaN;
  return p;
}

function literal(p: i32, end: i32, c: u32): u8 {
  if (c === 116) {
    if (p + 4 <= end && load<u32>(p) === 0x65757274) {
      valueEnd = p + 4;
      return TRUE;
    }
  } else if (c === 102) {
    if (p + 5 <= end && load<u32>(p) === 0x736c6166 && load<u8>(p + 4) === 101) {
      valueEnd = p + 5;
      return FALSE;
    }
  } else if (c === 110) {
    if (p + 4 <= end && load<u32>(p) === 0x6c6c756e) {
      valueEnd = p + 4;
      return NULL;
    }
  }
  return ABSENT;
}

/** The kind of the value at p (ABSENT when it is not valid JSON); its end goes to valueEnd. */
function value(p: i32, end: i32): u8 {
  const c = <u32>load<u8>(p);
  if (c === 34) {
    const e = string(p + 1, end);
    if (e < 0) return ABSENT;
    valueEnd = e;
    return escaped ? ESCAPED : STRING;
  }
  if (c === 45 || (c >= 48 && c <= 57)) {
    const e = number(p, end);
    if (e < 0) return ABSENT;
    valueEnd = e;
    return NUMBER;
  }
  if (c === 123 || c === 91) {
    const e = nested(p, end);
    if (e < 0) return ABSENT;
    valueEnd = e;
    return NESTED;
  }
  return literal(p, end, c);
}

/** `"key" :` at p; the offset of the member's value, or -1. */
function member(p: i32, end: i32): i32 {
  if (load<u8>(p) !== 34) return -1;
  p = string(p + 1, end);
  if (p < 0) return -1;
  p = ws(p, end);
  if (p >= end || load<u8>(p) !== 58) return -1;
  p = ws(p + 1, end);
  return p >= end ? -1 : p;
}

/** An object or array at p: the offset after it, or -1 (invalid, or nested deeper than MAX_DEPTH). */
function nested(p: i32, end: i32): i32 {
  let depth = 0;
  for (;;) {
    const c = load<u8>(p);
    if (c === 123 || c === 91) {
      if (depth === MAX_DEPTH) return -1;
      store<u8>(stack + depth++, c === 123 ? OBJECT : ARRAY);
      p = ws(p + 1, end);
      if (p >= end) return -1;
      if (load<u8>(p) === (c === 123 ? 125 : 93)) {
        depth--;
        p++;
      } else {
        if (c === 123) {
          p = member(p, end);
          if (p < 0) return -1;
        }
        continue;
      }
    } else {
      const kind = value(p, end);
      if (kind === ABSENT) return -1;
      p = valueEnd;
    }
    for (;;) {
      if (depth === 0) return p;
      p = ws(p, end);
      if (p >= end) return -1;
      const d = load<u8>(p);
      const top = load<u8>(stack + depth - 1);
      if (d === 44) {
        p = ws(p + 1, end);
        if (p >= end) return -1;
        if (top === OBJECT) {
          p = member(p, end);
          if (p < 0) return -1;
        }
        break;
      }
      if (d !== (top === OBJECT ? 125 : 93)) return -1;
      depth--;
      p++;
    }
  }
  // biome-ignore lint/correctness/noUnreachable: AssemblyScript wants a return after the loop
  return -1;
}

function bytesEqual(a: i32, length: i32, b: i32): bool {
  return memory.compare(<usize>a, <usize>b, <usize>length) === 0;
}

/** Whether field i's `"name":` is at p (compared 8 bytes at a time; the key is zero-padded, so mask the last word). */
function keyAt(p: i32, end: i32, i: i32): i32 {
  const entry = fields + ((<usize>i) << 4);
  const length = load<i32>(entry, 4);
  if (length === 0 || p + length > end) return 0;
  let key = load<i32>(entry);
  let at = p;
  let left = length;
  while (left > 8) {
    if (load<u64>(at) !== load<u64>(key)) return 0;
    at += 8;
    key += 8;
    left -= 8;
  }
  const mask: u64 = left === 8 ? <u64>-1 : ((<u64>1) << ((<u64>left) << 3)) - 1;
  return (load<u64>(at) & mask) === load<u64>(key) ? length : 0;
}

/** The field whose name is buf[start, end) (no escapes), or -1. */
function field(start: i32, end: i32, guess: i32): i32 {
  const length = end - start;
  if (guess < fieldCount) {
    const entry = fields + ((<usize>guess) << 4);
    if (load<i32>(entry, 12) === length && bytesEqual(start, length, load<i32>(entry, 8))) return guess;
  }
  for (let i = 0; i < fieldCount; i++) {
    const entry = fields + ((<usize>i) << 4);
    if (load<i32>(entry, 12) === length && bytesEqual(start, length, load<i32>(entry, 8))) return i;
  }
  return -1;
}

function isBlank(start: i32, end: i32): bool {
  return inTexts(blanks, blankCount, start, end);
}

/** Whether the value [start, end) of a kind certainly passes the checks of the field at `entry`. */
function passes(entry: usize, kind: u8, start: i32, end: i32): bool {
  if (kind === STRING) return stringPasses(entry, start + 1, end - 1);
  if (kind === ESCAPED) return escapedPasses(entry, start + 1, end - 1);
  if (kind === NUMBER) return numberPasses(entry, scanned);
  return (kind === TRUE || kind === FALSE) && booleanPasses(entry);
}

/** The object at [start, end) (after whitespace): the offset after its closing brace, or -1. */
function object(start: i32, end: i32): i32 {
  memory.fill(kinds, 0, <usize>fieldCount);
  let unknownKeys = 0;
  let unknownBlank = true;
  let p = ws(start, end);
  if (p >= end || load<u8>(p) !== 123) return -1;
  p = ws(p + 1, end);
  if (p >= end) return -1;
  let guess = 0;
  if (load<u8>(p) === 125) p++;
  else
    for (;;) {
      if (load<u8>(p) !== 34) return -1;
      let f: i32;
      const inPlace = guess < fieldCount ? keyAt(p, end, guess) : 0;
      if (inPlace !== 0) {
        f = guess;
        p += inPlace;
      } else {
        const keyStart = p + 1;
        p = string(keyStart, end);
        if (p < 0 || escaped) return -1;
        f = field(keyStart, p - 1, guess);
        p = ws(p, end);
        if (p >= end || load<u8>(p) !== 58) return -1;
        p++;
      }
      p = ws(p, end);
      if (p >= end) return -1;
      const valueStart = p;
      let kind = ABSENT;
      if (load<u8>(p) === 34) {
        const e = plainStringEnd(p + 1, end);
        if (e < end && load<u8>(e) === 34) {
          kind = STRING;
          p = e + 1;
        }
      }
      if (kind === ABSENT) {
        kind = value(p, end);
        if (kind === ABSENT) return -1;
        p = valueEnd;
      }
      if (f >= 0) {
        const at = kinds + <usize>f;
        if (load<u8>(at) !== ABSENT) return -1; // a repeated key: JSON.parse keeps the last
        store<u8>(at, kind);
        if (kind === NUMBER) store<f64>(numbers + ((<usize>f) << 3), scanned);
        const quoted = kind === STRING || kind === ESCAPED;
        store<i32>(starts + ((<usize>f) << 2), (quoted ? valueStart + 1 : valueStart) + bias);
        store<i32>(ends + ((<usize>f) << 2), (quoted ? p - 1 : p) + bias);
        if (checks !== 0 && passes(checks + ((<usize>f) << 6), kind, valueStart, p)) store<u8>(at, CHECKED);
        guess = f + 1;
      } else {
        unknownKeys++;
        if (unknownBlank && kind !== NULL) unknownBlank = kind === STRING && isBlank(valueStart + 1, p - 1);
      }
      p = ws(p, end);
      if (p >= end) return -1;
      const c = load<u8>(p);
      if (c === 44) {
        p = ws(p + 1, end);
        if (p >= end) return -1;
        continue;
      }
      if (c !== 125) return -1;
      p++;
      break;
    }
  store<i32>(status, unknownKeys);
  store<i32>(status, unknownBlank ? 1 : 0, 4);
  return p;
}

/**
 * Parquet's PLAIN strings (each a u32 length and its bytes) from `start` to `end`, `count` of them, against
 * the checks at `entry`: writes the index and the offset of the bytes of each one that does not certainly
 * pass (two i32 each from `out`), and returns how many; -1 when a length runs past `end` (the host then
 * reads them itself and reports it).
 */
export function checkPlain(entry: usize, start: i32, end: i32, count: i32, out: usize): i32 {
  let p = start;
  let left = 0;
  for (let i = 0; i < count; i++) {
    if (end - p < 4) return -1;
    const length = load<i32>(p);
    p += 4;
    if (length < 0 || length > end - p) return -1;
    if (!stringPasses(entry, p, p + length)) {
      const at = out + ((<usize>left) << 3);
      store<i32>(at, i);
      store<i32>(at, p, 4);
      left++;
    }
    p += length;
  }
  return left;
}

/**
 * The record at `start` up to its line feed: the offset of that line feed (or `end` when `final` and the
 * last line has none) when the tables describe the record, else -1.
 */
export function scanLine(start: i32, end: i32, final: bool): i32 {
  let p = object(start, end);
  if (p < 0) return -1;
  p = ws(p, end);
  if (p < end) return load<u8>(p) === 10 ? p : -1;
  return final ? end : -1;
}
