import { daysInMonth, INVALID, type Invalid } from './bytes.js';

// XSD dateTime / time / duration, and the strptime-style patterns Table Schema allows as formats.
const DATETIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function validTime(hour: number, minute: number, second: number): boolean {
  // 24:00:00 is XSD's end of day; 60 seconds allows a leap second.
  return (hour < 24 || (hour === 24 && minute === 0 && second === 0)) && minute < 60 && second <= 60;
}

/**
 * Date.UTC for every proleptic Gregorian year: Date.UTC reads years 0-99 as 1900-1999, so those are
 * computed 400 years later (exactly 146,097 days) and moved back. The byte fast paths agree.
 */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (year < 0 || year > 99) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return Date.UTC(year + 400, month - 1, day, hour, minute, second, ms) - 146_097 * 86_400_000;
}

function offsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
}

/** XSD dateTime as epoch milliseconds (UTC when no zone is given). */
export function datetimeFromText(text: string): number | Invalid {
  const m = DATETIME.exec(text);
  if (!m) return INVALID;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  if (!validDate(year!, month!, day!) || !validTime(hour!, minute!, second!)) return INVALID;
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  return utc(year!, month!, day!, hour!, minute!, second!, ms) - offsetMs(m[8]);
}

/** XSD time as milliseconds since midnight. */
export function timeFromText(text: string): number | Invalid {
  const m = TIME.exec(text);
  if (!m) return INVALID;
  const [hour, minute, second] = [1, 2, 3].map((i) => Number(m[i]));
  if (!validTime(hour!, minute!, second!)) return INVALID;
  return ((hour! * 60 + minute!) * 60 + second!) * 1000 + (m[4] ? Math.round(Number(m[4]) * 1000) : 0);
}

/** `YYYY-MM-DD` as epoch milliseconds. */
export function dateFromText(text: string): number | Invalid {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return INVALID;
  const [year, month, day] = [1, 2, 3].map((i) => Number(m[i]));
  return validDate(year!, month!, day!) ? utc(year!, month!, day!) : INVALID;
}

/** XSD gYear. */
export function yearFromText(text: string): number | Invalid {
  return /^-?\d{4}$/.test(text) ? Number(text) : INVALID;
}

/** XSD gYearMonth as a month count (year * 12 + month - 1), which orders correctly. */
export function yearmonthFromText(text: string): number | Invalid {
  const m = /^(-?\d{4})-(\d{2})$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return INVALID;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/**
 * ISO 8601 duration as milliseconds, counting a year as 365.25 days and a month as 30.44 days: only
 * used to order durations for minimum/maximum, where calendar-exact arithmetic has no single answer.
 */
export function durationFromText(text: string): number | Invalid {
  const m = DURATION.exec(text);
  if (!m) return INVALID;
  const [y, mo, w, d, h, mi, s] = [1, 2, 3, 4, 5, 6, 7].map((i) => Number(m[i] ?? 0));
  const days = y! * 365.25 + mo! * 30.436875 + w! * 7 + d!;
  return Math.round(((days * 24 + h!) * 60 + mi!) * 60_000 + s! * 1000);
}

const DIRECTIVES: Readonly<Record<string, string>> = {
  Y: '(?<Y>\\d{4})',
  y: '(?<y>\\d{2})',
  m: '(?<m>\\d{1,2})',
  d: '(?<d>\\d{1,2})',
  H: '(?<H>\\d{1,2})',
  I: '(?<I>\\d{1,2})',
  p: '(?<p>AM|PM|am|pm)',
  M: '(?<M>\\d{1,2})',
  S: '(?<S>\\d{1,2})',
  f: '(?<f>\\d{1,6})',
  z: '(?<z>Z|[+-]\\d{2}:?\\d{2})',
  b: '(?<b>[A-Za-z]{3})',
  '%': '%',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Compiles a strptime pattern (`%d/%m/%Y %H:%M`) to a parser; throws on an unsupported directive. */
export function strptime(
  pattern: string,
  kind: 'date' | 'time' | 'datetime',
): (text: string) => number | Invalid {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch !== '%') {
      source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const directive = DIRECTIVES[pattern[++i] ?? ''];
    if (!directive) throw new Error(`unsupported directive %${pattern[i] ?? ''} in format "${pattern}"`);
    source += directive;
  }
  const re = new RegExp(`^${source}$`);
  return (text) => {
    const g = re.exec(text)?.groups;
    if (!g) return INVALID;
    const year = g.Y ? Number(g.Y) : g.y ? 2000 + Number(g.y) - (Number(g.y) > 68 ? 100 : 0) : 1900;
    const month = g.m ? Number(g.m) : g.b ? MONTHS.indexOf(g.b.toLowerCase()) + 1 : 1;
    const day = g.d ? Number(g.d) : 1;
    let hour = Number(g.H ?? g.I ?? 0);
    if (g.p && g.I) hour = (hour % 12) + (g.p.toLowerCase() === 'pm' ? 12 : 0);
    const minute = Number(g.M ?? 0);
    const second = Number(g.S ?? 0);
    if (!validDate(year, month, day) || !validTime(hour, minute, second)) return INVALID;
    const ms = g.f ? Math.round(Number(`0.${g.f}`) * 1000) : 0;
    const zone = g.z && g.z !== 'Z' ? `${g.z.slice(0, 3)}:${g.z.slice(-2)}` : g.z;
    if (kind === 'time') return ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    return utc(year, month, day, hour, minute, second, ms) - offsetMs(zone);
  };
}
