// The checks the JSONL scanner settles in WebAssembly: a field's value that certainly passes its field's
// checks is marked CHECKED by the scanner, and TypeScript never looks at it again. Everything here is a
// subset of what FieldChecker accepts (src/core/data/validate/field-checker.ts: checkBytes for a string
// without escapes, checkJsonNumber for a number, checkNative for true/false), with the same value; a
// value outside the subset is left to FieldChecker, which gives every error and its message. The host
// writes one 64-byte entry a field (ScanCheck, laid out by src/core/data/wasm/instance.ts):
//   u8 check (CHECK), u8 JSON numbers (0: left to the host, 1: integer rules, 2: number rules),
//   u8 JSON true/false pass, i32 @4 missing values table (TEXT entries), i32 @8 their count, i32 @12
//   members table (f64 each, or TEXT entries for strings), i32 @16 their count (-1: none declared), i32 @20 least bytes, i32 @24 most bytes, f64 @32 minimum, @40 maximum, @48 exclusive
//   minimum, @56 exclusive maximum (NaN: not declared, which no comparison fails, as in checkNumber).

// CHECK in field-checker.ts.
const INTEGER: u8 = 1;
const NUMBER: u8 = 2;
const DATE: u8 = 3;
const DATETIME: u8 = 4;
const BOOLEAN: u8 = 5;
const OPAQUE: u8 = 6;
const ENUM: u8 = 7;
const LENGTH: u8 = 8;

/** The most digits a mantissa may have for a double computed from it to be exact (bytes.ts: numberInto). */
const MAX_DIGITS: i32 = 15;
const DAY_MS: i64 = 86400000;
const SAFE_INTEGER: f64 = 9007199254740991;
/** Bytes of a text in the missing values and members tables (inTexts). */
const TEXT_ENTRY: usize = 16;

// Exact powers of ten 1e0..1e22: a mantissa below 2^53 times or over one is correctly rounded (Clinger).
const POW10: usize = memory.data<f64>([
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
]);

/** 10^power, exactly, for 0 <= power <= 22. */
export function pow10(power: i32): f64 {
  return load<f64>(POW10 + ((<usize>power) << 3));
}

/** Whether the string [start, end) (no escapes) certainly passes the checks of the field at `entry`. */
export function stringPasses(entry: usize, start: i32, end: i32): bool {
  const check = load<u8>(entry);
  if (check === 0 || start === end || isMissing(entry, start, end)) return false;
  switch (check) {
    case INTEGER:
      return inBounds(entry, integerAt(start, end));
    case NUMBER:
      return inBounds(entry, numberAt(start, end));
    case DATE:
      return end - start === 10 && inBounds(entry, dateMs(start));
    case DATETIME:
      return inBounds(entry, datetimeAt(start, end));
    case BOOLEAN:
      return isBoolean(start, end);
    case OPAQUE:
      return true;
    case ENUM:
      return isMember(entry, start, end);
    case LENGTH: {
      const bytes = end - start;
      return bytes >= load<i32>(entry, 20) && bytes <= load<i32>(entry, 24);
    }
    default:
      return false;
  }
}

/**
 * Whether a string with escapes, [start, end) as written, certainly passes the field at `entry`: a string
 * nobody reads, or one whose written bytes already meet its maximum length (unescaping only shortens it),
 * when no missing value but the empty string (which no escaped string is) is declared.
 */
export function escapedPasses(entry: usize, start: i32, end: i32): bool {
  const check = load<u8>(entry);
  if (load<i32>(entry, 8) !== 0) return false;
  if (check === OPAQUE) return true;
  return check === LENGTH && load<i32>(entry, 20) === 0 && end - start <= load<i32>(entry, 24);
}

/** Whether a JSON number read exactly as `n` (NaN: not read exactly) certainly passes the field at `entry`. */
export function numberPasses(entry: usize, n: f64): bool {
  const mode = load<u8>(entry, 1);
  if (mode === 0 || isNaN(n)) return false;
  if (mode === 1 && !(abs<f64>(n) <= SAFE_INTEGER && trunc<f64>(n) === n)) return false;
  return inBounds(entry, n);
}

/** Whether JSON true and false pass the field at `entry`. */
export function booleanPasses(entry: usize): bool {
  return load<u8>(entry, 2) !== 0;
}

/** checkNumber's bounds and members (NaN, which the parsers below give for what they leave, fails). */
function inBounds(entry: usize, n: f64): bool {
  if (isNaN(n)) return false;
  if (n < load<f64>(entry, 32) || n > load<f64>(entry, 40)) return false;
  if (n <= load<f64>(entry, 48) || n >= load<f64>(entry, 56)) return false;
  const count = load<i32>(entry, 16);
  if (count < 0) return true;
  const members = <usize>load<i32>(entry, 12);
  for (let i = 0; i < count; i++) if (load<f64>(members + ((<usize>i) << 3)) === n) return true;
  return false;
}

/**
 * Whether [start, end) is one of a table's texts: TEXT_ENTRY bytes each, u64 its first 8 bytes
 * (zero-padded), i32 offset, i32 length. The first 8 bytes of the value are read whole: the host leaves
 * slack after the records loaded, and the bytes past the value are masked off.
 */
export function inTexts(table: usize, count: i32, start: i32, end: i32): bool {
  const length = end - start;
  const head = load<u64>(start) & (length >= 8 ? <u64>-1 : ((<u64>1) << ((<u64>length) << 3)) - 1);
  for (let i = 0; i < count; i++) {
    const text = table + <usize>i * TEXT_ENTRY;
    if (load<u64>(text) !== head || load<i32>(text, 12) !== length) continue;
    if (
      length <= 8 ||
      memory.compare(<usize>start + 8, <usize>load<i32>(text, 8) + 8, <usize>length - 8) === 0
    )
      return true;
  }
  return false;
}

function isMissing(entry: usize, start: i32, end: i32): bool {
  const count = load<i32>(entry, 8);
  return count > 0 && inTexts(<usize>load<i32>(entry, 4), count, start, end);
}

function isMember(entry: usize, start: i32, end: i32): bool {
  return inTexts(<usize>load<i32>(entry, 12), load<i32>(entry, 16), start, end);
}

function digitAt(p: i32): i32 {
  const d = <u32>load<u8>(p) - 48;
  return d <= 9 ? <i32>d : -1;
}

/** `[+-]?` and 1-15 digits (integerInto), else NaN. */
function integerAt(start: i32, end: i32): f64 {
  let p = start;
  const sign = load<u8>(p);
  if (sign === 45 || sign === 43) p++;
  if (end - p < 1 || end - p > MAX_DIGITS) return NaN;
  let value: i64 = 0;
  for (; p < end; p++) {
    const d = digitAt(p);
    if (d < 0) return NaN;
    value = value * 10 + d;
  }
  return sign === 45 ? -(<f64>value) : <f64>value;
}

/** `[+-]? digits [. digits] [(e|E) [+-] 1-3 digits]` with 1-15 digits and a power of ten within ±22 (numberInto), else NaN. */
function numberAt(start: i32, end: i32): f64 {
  let p = start;
  const sign = load<u8>(p);
  if (sign === 45 || sign === 43) p++;
  let mantissa: i64 = 0;
  let digits = 0;
  let scale = 0;
  for (; p < end; p++) {
    const d = digitAt(p);
    if (d < 0) break;
    mantissa = mantissa * 10 + d;
    digits++;
  }
  if (p < end && load<u8>(p) === 46) {
    for (p++; p < end; p++) {
      const d = digitAt(p);
      if (d < 0) break;
      mantissa = mantissa * 10 + d;
      digits++;
      scale++;
    }
  }
  if (digits === 0 || digits > MAX_DIGITS) return NaN;
  let exponent = 0;
  if (p < end && (load<u8>(p) | 0x20) === 101) {
    p++;
    let negative = false;
    if (p < end && (load<u8>(p) === 45 || load<u8>(p) === 43)) negative = load<u8>(p++) === 45;
    const from = p;
    for (; p < end && p - from < 3; p++) {
      const d = digitAt(p);
      if (d < 0) break;
      exponent = exponent * 10 + d;
    }
    if (p === from) return NaN;
    if (negative) exponent = -exponent;
  }
  if (p !== end) return NaN;
  const power = exponent - scale;
  if (power < -22 || power > 22) return NaN;
  const m = <f64>mantissa;
  const value = power < 0 ? m / pow10(-power) : m * pow10(power);
  return sign === 45 ? -value : value;
}

function isLeapYear(year: i32): bool {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: i32, month: i32): i32 {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (days_from_civil, as bytes.ts). */
function daysFromCivil(year: i32, month: i32, day: i32): i32 {
  const y = month <= 2 ? year - 1 : year;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch milliseconds of the `YYYY-MM-DD` at p (dateInto), else NaN. */
function dateMs(p: i32): f64 {
  const days = dateDays(p);
  return days === i32.MIN_VALUE ? NaN : <f64>(<i64>days * DAY_MS);
}

// The month of the last date read (its `YYYY-MM-` bytes as one word; 0, which no date's are, before
// any), the days since the epoch of its first day and its length: dates of a column mostly share their
// month with the one before (a day's timestamps, a sorted column), and then cost two digits, not a
// calendar computation with five divisions.
let month8: u64 = 0;
let monthStart: i32 = 0;
let monthLength: i32 = 0;

/** Days since the epoch of the `YYYY-MM-DD` at p, or i32.MIN_VALUE. */
function dateDays(p: i32): i32 {
  const head = load<u64>(p);
  if (head !== month8) {
    if (load<u8>(p + 4) !== 45 || load<u8>(p + 7) !== 45) return i32.MIN_VALUE;
    const y0 = digitAt(p);
    const y1 = digitAt(p + 1);
    const y2 = digitAt(p + 2);
    const y3 = digitAt(p + 3);
    const m0 = digitAt(p + 5);
    const m1 = digitAt(p + 6);
    if ((y0 | y1 | y2 | y3 | m0 | m1) < 0) return i32.MIN_VALUE;
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = m0 * 10 + m1;
    if (month < 1 || month > 12) return i32.MIN_VALUE;
    month8 = head;
    monthStart = daysFromCivil(year, month, 1);
    monthLength = daysInMonth(year, month);
  }
  const d0 = digitAt(p + 8);
  const d1 = digitAt(p + 9);
  if ((d0 | d1) < 0) return i32.MIN_VALUE;
  const day = d0 * 10 + d1;
  return day < 1 || day > monthLength ? i32.MIN_VALUE : monthStart + day - 1;
}

function twoDigits(p: i32): i32 {
  const a = digitAt(p);
  const b = digitAt(p + 1);
  return (a | b) < 0 ? -1 : a * 10 + b;
}

// The minute of the last datetime read (its `YYYY-MM-DDThh:mm` bytes as two words; zeros before any) and
// its epoch milliseconds: a column's timestamps mostly share their minute with the one before.
let minuteHead: u64 = 0;
let minuteTail: u64 = 0;
let minuteMs: i64 = 0;

/** `YYYY-MM-DDThh:mm:ss[.f{1,3}][Z|±hh:mm]` as epoch milliseconds (datetimeInto), else NaN. */
function datetimeAt(start: i32, end: i32): f64 {
  if (end - start < 19 || load<u8>(start + 16) !== 58) return NaN;
  const head = load<u64>(start);
  const tail = load<u64>(start + 8);
  if (head !== minuteHead || tail !== minuteTail) {
    if (load<u8>(start + 10) !== 84 || load<u8>(start + 13) !== 58) return NaN;
    const days = dateDays(start);
    if (days === i32.MIN_VALUE) return NaN;
    const hour = twoDigits(start + 11);
    const minute = twoDigits(start + 14);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
    minuteHead = head;
    minuteTail = tail;
    minuteMs = <i64>days * DAY_MS + <i64>((hour * 60 + minute) * 60000);
  }
  const second = twoDigits(start + 17);
  if (second < 0 || second > 59) return NaN;
  let p = start + 19;
  let ms = 0;
  if (p < end && load<u8>(p) === 46) {
    const from = ++p;
    let scale = 100;
    for (; p < end && p - from < 3; p++) {
      const d = digitAt(p);
      if (d < 0) break;
      ms += d * scale;
      scale /= 10;
    }
    if (p === from) return NaN;
  }
  let offset: i64 = 0;
  if (p < end && load<u8>(p) === 90) p++;
  else if (p < end && (load<u8>(p) === 43 || load<u8>(p) === 45)) {
    if (end - p !== 6 || load<u8>(p + 3) !== 58) return NaN;
    const oh = twoDigits(p + 1);
    const om = twoDigits(p + 4);
    if (oh < 0 || om < 0) return NaN;
    offset = <i64>((oh * 60 + om) * 60000);
    if (load<u8>(p) === 45) offset = -offset;
    p = end;
  }
  if (p !== end) return NaN;
  return <f64>(minuteMs + <i64>(second * 1000 + ms) - offset);
}

/** The default boolean forms (booleanFromBytes): true/True/TRUE/1, false/False/FALSE/0. */
function isBoolean(start: i32, end: i32): bool {
  const length = end - start;
  if (length === 1) {
    const c = load<u8>(start);
    return c === 49 || c === 48;
  }
  if (length === 4) {
    const word = load<u32>(start);
    return word === 0x65757274 || word === 0x65757254 || word === 0x45555254; // true True TRUE
  }
  if (length === 5) {
    const word = load<u32>(start);
    const last = load<u8>(start + 4);
    return (
      (word === 0x736c6166 && last === 101) || // false
      (word === 0x736c6146 && last === 101) || // False
      (word === 0x534c4146 && last === 69) // FALSE
    );
  }
  return false;
}
