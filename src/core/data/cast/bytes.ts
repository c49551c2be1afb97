// Typed parsing straight from byte ranges of a CSV buffer: no string per cell on the hot path.
// Each parser returns INVALID for text its type does not accept; callers fall back to the text casters
// for the options these fast paths do not cover (groupChar, bareNumber: false, custom formats).

/**
 * Where the *Into parsers put their result. A number returned through a union with INVALID is boxed as a
 * heap number on every call; a double field of one long-lived object is not, which removes most of the
 * garbage on the hot path (measured: GC was a fifth of a validation's CPU time).
 */
export const parsed = { number: 0 };

function store(value: number | Invalid): boolean {
  if (value === INVALID) return false;
  parsed.number = value;
  return true;
}

/** Marks a cell whose text is not a valid value of its type. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

const DIGIT0 = 48;
const DIGIT9 = 57;
// Exact powers of ten: a mantissa below 2^53 divided or multiplied by one of these is correctly rounded
// (Clinger's fast path), so the fast path gives the same double as Number(text).
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** `[+-]?digits`, as the Table Schema integer type (no group char, bare number). */
export function integerInto(buf: Uint8Array, start: number, end: number): boolean {
  let p = start;
  let negative = false;
  if (p < end && (buf[p] === 45 || buf[p] === 43)) negative = buf[p++] === 45;
  if (p === end || end - p > 15) return end - p > 15 ? store(bigInteger(buf, start, end)) : false;
  let value = 0;
  for (; p < end; p++) {
    const c = buf[p]!;
    if (c < DIGIT0 || c > DIGIT9) return false;
    value = value * 10 + (c - DIGIT0);
  }
  parsed.number = negative ? -value : value;
  return true;
}

/** integer from bytes as a value, or INVALID (the allocation-free form is integerInto). */
export function integerFromBytes(buf: Uint8Array, start: number, end: number): number | Invalid {
  return integerInto(buf, start, end) ? parsed.number : INVALID;
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}

function bigInteger(buf: Uint8Array, start: number, end: number): number | Invalid {
  const text = latin1(buf, start, end);
  return /^[+-]?\d+$/.test(text) ? Number(text) : INVALID;
}

/**
 * XSD decimal/double: `[+-]? digits [. digits] [(e|E) [+-] digits]`, or NaN / INF / -INF in any case.
 * Also accepts `.5` and `5.`, as frictionless-py (Python's float()) does.
 */
export function numberInto(buf: Uint8Array, start: number, end: number): boolean {
  let p = start;
  let negative = false;
  if (p < end && (buf[p] === 45 || buf[p] === 43)) negative = buf[p++] === 45;
  const unsigned = p;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  while (p < end && buf[p]! >= DIGIT0 && buf[p]! <= DIGIT9) {
    mantissa = mantissa * 10 + (buf[p++]! - DIGIT0);
    digits++;
  }
  if (p < end && buf[p] === 46) {
    p++;
    while (p < end && buf[p]! >= DIGIT0 && buf[p]! <= DIGIT9) {
      mantissa = mantissa * 10 + (buf[p++]! - DIGIT0);
      digits++;
      scale++;
    }
  }
  if (digits === 0) return store(special(buf, start, end));
  let exponent = 0;
  if (p < end && (buf[p] === 101 || buf[p] === 69)) {
    p++;
    let expNegative = false;
    if (p < end && (buf[p] === 45 || buf[p] === 43)) expNegative = buf[p++] === 45;
    const from = p;
    while (p < end && buf[p]! >= DIGIT0 && buf[p]! <= DIGIT9 && p - from < 6)
      exponent = exponent * 10 + (buf[p++]! - DIGIT0);
    if (p === from) return false;
    if (expNegative) exponent = -exponent;
  }
  if (p !== end) return false;
  const power = exponent - scale;
  let value: number;
  if (digits <= 15 && power >= -22 && power <= 22) {
    value = power < 0 ? mantissa / POW10[-power]! : mantissa * POW10[power]!;
  } else {
    value = Number(latin1(buf, unsigned, end));
  }
  parsed.number = negative ? -value : value;
  return true;
}

/** number from bytes as a value, or INVALID (the allocation-free form is numberInto). */
export function numberFromBytes(buf: Uint8Array, start: number, end: number): number | Invalid {
  return numberInto(buf, start, end) ? parsed.number : INVALID;
}

function special(buf: Uint8Array, start: number, end: number): number | Invalid {
  const length = end - start;
  if (length < 3 || length > 4) return INVALID;
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(buf[i]! | 0x20);
  if (text === 'nan') return Number.NaN;
  if (text === 'inf' || text === '+inf') return Number.POSITIVE_INFINITY;
  if (text === '-inf') return Number.NEGATIVE_INFINITY;
  return INVALID;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a leap year of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1]!;
}

function digitsAt(buf: Uint8Array, p: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const c = buf[p + i]! - DIGIT0;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): the same
// number Date.UTC gives divided by a day, without a call into the runtime per cell.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DAY_MS = 86_400_000;

// Days since 1970-01-01 of the first of each month of the years FIRST_YEAR..FIRST_YEAR + YEARS - 1 (index
// (year - FIRST_YEAR) * 12 + month - 1), and the length of that month: a date in them is two table reads
// and an add, where daysFromCivil divides four times (dates were a tenth of validating a typed JSONL file).
const FIRST_YEAR = 1900;
const YEARS = 300;
const MONTH_START = new Int32Array(YEARS * 12);
const MONTH_DAYS = new Uint8Array(YEARS * 12);
for (let y = 0; y < YEARS; y++)
  for (let m = 1; m <= 12; m++) {
    MONTH_START[y * 12 + m - 1] = daysFromCivil(FIRST_YEAR + y, m, 1);
    MONTH_DAYS[y * 12 + m - 1] = daysInMonth(FIRST_YEAR + y, m);
  }

/** The digit (0-9) of an ASCII byte, or -1: two digits' values combine with >= 0 checks only. */
function digit(c: number): number {
  const d = c - DIGIT0;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Days since the epoch of the `YYYY-MM-DD` at start, or -1 when it is not a valid date in that form. */
function dateAt(buf: Uint8Array, start: number): number {
  if (buf[start + 4] !== 45 || buf[start + 7] !== 45) return -1;
  const y0 = digit(buf[start]!);
  const y1 = digit(buf[start + 1]!);
  const y2 = digit(buf[start + 2]!);
  const y3 = digit(buf[start + 3]!);
  const m0 = digit(buf[start + 5]!);
  const m1 = digit(buf[start + 6]!);
  const d0 = digit(buf[start + 8]!);
  const d1 = digit(buf[start + 9]!);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return -1;
  const index = (year - FIRST_YEAR) * 12 + month - 1;
  if (index >= 0 && index < MONTH_START.length)
    return day > MONTH_DAYS[index]! ? -1 : MONTH_START[index]! + day - 1;
  return day > daysInMonth(year, month) ? -1 : daysFromCivil(year, month, day);
}

/** `YYYY-MM-DD` (the default date format) as epoch milliseconds (UTC midnight). */
export function dateInto(buf: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 10) return false;
  const days = dateAt(buf, start);
  if (days === -1 && !isEpochMinusOne(buf, start)) return false;
  parsed.number = days * DAY_MS;
  return true;
}

/** date from bytes as a value, or INVALID (the allocation-free form is dateInto). */
export function dateFromBytes(buf: Uint8Array, start: number, end: number): number | Invalid {
  return dateInto(buf, start, end) ? parsed.number : INVALID;
}

// -1 days is 1969-12-31, a valid date that collides with dateAt's failure value.
function isEpochMinusOne(buf: Uint8Array, start: number): boolean {
  return (
    buf[start + 4] === 45 &&
    buf[start + 7] === 45 &&
    digitsAt(buf, start, 4) === 1969 &&
    digitsAt(buf, start + 5, 2) === 12 &&
    digitsAt(buf, start + 8, 2) === 31
  );
}

/**
 * The common XSD dateTime shapes, `YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]`, as epoch milliseconds; INVALID
 * for anything else (the text caster then decides, so rarer valid forms are still accepted).
 */
export function datetimeInto(buf: Uint8Array, start: number, end: number): boolean {
  if (end - start < 19 || buf[start + 10] !== 84 || buf[start + 13] !== 58 || buf[start + 16] !== 58)
    return false;
  const days = dateAt(buf, start);
  if (days === -1 && !isEpochMinusOne(buf, start)) return false;
  const hour = digitsAt(buf, start + 11, 2);
  const minute = digitsAt(buf, start + 14, 2);
  const second = digitsAt(buf, start + 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  let p = start + 19;
  let ms = 0;
  if (p < end && buf[p] === 46) {
    let scale = 100;
    p++;
    const from = p;
    while (p < end && buf[p]! >= DIGIT0 && buf[p]! <= DIGIT9) {
      ms += (buf[p++]! - DIGIT0) * scale;
      scale /= 10;
    }
    if (p === from) return false;
    ms = Math.round(ms);
  }
  let offset = 0;
  if (p < end && buf[p] === 90) p++;
  else if (p < end && (buf[p] === 43 || buf[p] === 45)) {
    if (end - p !== 6 || buf[p + 3] !== 58) return false;
    const oh = digitsAt(buf, p + 1, 2);
    const om = digitsAt(buf, p + 4, 2);
    if (oh < 0 || om < 0) return false;
    offset = (buf[p] === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
    p = end;
  }
  if (p !== end) return false;
  parsed.number = days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset;
  return true;
}

/** datetime from bytes as a value, or INVALID (the allocation-free form is datetimeInto). */
export function datetimeFromBytes(buf: Uint8Array, start: number, end: number): number | Invalid {
  return datetimeInto(buf, start, end) ? parsed.number : INVALID;
}

const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const TRUE_FORMS = ['true', 'True', 'TRUE'].map(ascii);
const FALSE_FORMS = ['false', 'False', 'FALSE'].map(ascii);

/** Default boolean values (`true/True/TRUE/1`, `false/False/FALSE/0`) from bytes; INVALID otherwise. */
export function booleanFromBytes(buf: Uint8Array, start: number, end: number): boolean | Invalid {
  const length = end - start;
  if (length === 1) return buf[start] === 49 ? true : buf[start] === 48 ? false : INVALID;
  const forms = length === 4 ? TRUE_FORMS : length === 5 ? FALSE_FORMS : undefined;
  if (forms === undefined) return INVALID;
  for (const form of forms) if (bytesEqual(buf, start, end, form)) return length === 4;
  return INVALID;
}

/** Equality of a byte range with the bytes of a string (ASCII/UTF-8 encoded once by the caller). */
export function bytesEqual(buf: Uint8Array, start: number, end: number, expected: Uint8Array): boolean {
  if (end - start !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (buf[start + i] !== expected[i]) return false;
  return true;
}

/** FNV-1a over a byte range: the key of the per-column intern tables. */
export function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let p = start; p < end; p++) hash = Math.imul(hash ^ buf[p]!, 0x01000193);
  return hash >>> 0;
}
