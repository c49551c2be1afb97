import type { Field } from '../table-schema/types.js';
import { INVALID, type Invalid } from './bytes.js';
import {
  dateFromText,
  datetimeFromText,
  durationFromText,
  strptime,
  timeFromText,
  yearFromText,
  yearmonthFromText,
} from './temporal.js';

/** A logical cell value: numbers for numeric and temporal types, parsed JSON for object/array/geo types. */
export type CellValue = number | string | boolean | readonly unknown[] | Readonly<Record<string, unknown>>;

/** Casts the text of one cell to its logical value, or INVALID. */
export type TextCaster = (text: string) => CellValue | Invalid;

// One way to split the digits only (`\d+\.?\d*` could split a run of n digits n ways, and a malformed
// 100 KB cell took 13.7 s): linear in the cell's length (test/unit/core/data/cast/linear-time.test.ts).
const XSD_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * `local@domain.tld`: no white space, one `@`, and a dot inside the domain (not its first or last
 * character). As code, not /^[^\s@]+@[^\s@]+\.[^\s@]+$/, which backtracks over every dot (quadratic).
 */
function isEmail(text: string): boolean {
  const at = text.indexOf('@');
  if (at <= 0 || text.indexOf('@', at + 1) !== -1 || /\s/.test(text)) return false;
  return text.slice(at + 2, -1).includes('.');
}

const STRING_FORMATS: Readonly<Record<string, { test(text: string): boolean }>> = {
  // Deliberately simple and linear-time: ajv-formats' full regexes are documented as ReDoS-prone.
  email: { test: isEmail },
  uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  binary: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
};

const SPECIAL = /^[+-]?(?:inf|nan)$/i;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * A cell's text as an XSD number, undoing the field's options; INVALID when an option is broken:
 * with `decimalChar: ","` a literal `.` is no decimal point (`1.5` is not 1.5, and `1.234` is not a
 * silent 1.234), a `groupChar` only stands between digits (`,5` and `1,,2` are not numbers), and
 * `bareNumber: false` strips surrounding text but keeps `NaN`/`INF` numbers.
 */
function numberText(
  text: string,
  field: Pick<Field, 'decimalChar' | 'groupChar' | 'bareNumber'>,
): string | Invalid {
  const decimal = field.decimalChar ?? '.';
  const group = field.groupChar;
  let t = text;
  if (field.bareNumber === false && !SPECIAL.test(t)) {
    const numeric = (c: string | undefined) => isDigit(c) || c === decimal;
    let start = 0;
    while (start < t.length && !numeric(t[start]) && t[start] !== '+' && t[start] !== '-') start++;
    let end = t.length;
    while (end > start && !numeric(t[end - 1])) end--;
    t = t.slice(start, end);
  }
  if (group) {
    const point = t.indexOf(decimal);
    if (point >= 0 && t.includes(group, point + 1)) return INVALID; // digits after the point are not grouped
    const parts = t.split(group);
    for (let i = 1; i < parts.length; i++)
      if (!isDigit(parts[i - 1]!.at(-1)) || !isDigit(parts[i]![0])) return INVALID;
    t = parts.join('');
  }
  if (decimal !== '.') {
    if (t.includes('.')) return INVALID;
    t = t.split(decimal).join('.');
  }
  return t;
}

/** XSD number with Table Schema's options, as the slow path of numberFromBytes. */
export function castNumber(text: string, field: Partial<Field> = {}): number | Invalid {
  const t = numberText(text, field);
  if (t === INVALID) return INVALID;
  if (XSD_NUMBER.test(t)) return Number(t);
  const lower = t.toLowerCase();
  if (lower === 'nan') return Number.NaN;
  if (lower === 'inf' || lower === '+inf') return Number.POSITIVE_INFINITY;
  if (lower === '-inf') return Number.NEGATIVE_INFINITY;
  return INVALID;
}

/** Integer with Table Schema's options. */
export function castInteger(text: string, field: Partial<Field> = {}): number | Invalid {
  const t = numberText(text, field);
  return t !== INVALID && /^[+-]?\d+$/.test(t) ? Number(t) : INVALID;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function geopoint(format: string): TextCaster {
  const valid = (lon: number, lat: number) =>
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  if (format === 'array' || format === 'object') {
    return (text) => {
      const value = parseJson(text);
      const pair = Array.isArray(value) ? value : isPlainObject(value) ? [value.lon, value.lat] : undefined;
      if (pair?.length !== 2 || typeof pair[0] !== 'number' || typeof pair[1] !== 'number') return INVALID;
      return valid(pair[0], pair[1]) ? [pair[0], pair[1]] : INVALID;
    };
  }
  return (text) => {
    const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(text);
    if (!m) return INVALID;
    const [lon, lat] = [Number(m[1]), Number(m[2])];
    return valid(lon, lat) ? [lon, lat] : INVALID;
  };
}

function temporal(field: Field, parseDefault: (text: string) => number | Invalid): TextCaster {
  if (field.format === 'default') return parseDefault;
  if (field.format === 'any') {
    // "any" is not recommended by the spec; accept anything Date.parse understands.
    return (text) => {
      const value = parseDefault(text);
      if (value !== INVALID) return value;
      const parsed = Date.parse(text);
      return Number.isNaN(parsed) ? INVALID : parsed;
    };
  }
  return strptime(field.format, field.type as 'date' | 'time' | 'datetime');
}

/** The text caster of a field; throws (an Error with a plain message) on a format it cannot compile. */
export function textCaster(field: Field): TextCaster {
  switch (field.type) {
    case 'string': {
      const format = STRING_FORMATS[field.format];
      return format ? (text) => (format.test(text) ? text : INVALID) : (text) => text;
    }
    case 'number':
      return (text) => castNumber(text, field);
    case 'integer':
      return (text) => castInteger(text, field);
    case 'boolean': {
      const truthy = new Set(field.trueValues ?? ['true', 'True', 'TRUE', '1']);
      const falsy = new Set(field.falseValues ?? ['false', 'False', 'FALSE', '0']);
      return (text) => (truthy.has(text) ? true : falsy.has(text) ? false : INVALID);
    }
    case 'object':
    case 'geojson':
      return (text) => {
        const value = parseJson(text);
        if (!isPlainObject(value)) return INVALID;
        return field.type === 'geojson' && typeof value.type !== 'string' && field.format !== 'topojson'
          ? INVALID
          : value;
      };
    case 'array':
      return (text) => {
        const value = parseJson(text);
        return Array.isArray(value) ? value : INVALID;
      };
    case 'list':
      return listCaster(field);
    case 'datetime':
      return temporal(field, datetimeFromText);
    case 'date':
      return temporal(field, dateFromText);
    case 'time':
      return temporal(field, timeFromText);
    case 'year':
      return yearFromText;
    case 'yearmonth':
      return yearmonthFromText;
    case 'duration':
      return durationFromText;
    case 'geopoint':
      return geopoint(field.format);
    case 'any':
      return (text) => text;
  }
}

function listCaster(field: Field): TextCaster {
  const delimiter = field.delimiter ?? ',';
  const itemType = (field.itemType ?? 'string') as Field['type'];
  // List items use only their type's default format (table-schema.mdx, "list").
  const item = textCaster({ ...field, type: itemType, format: 'default', delimiter: undefined });
  return (text) => {
    if (text === '') return [];
    const items = text.split(delimiter).map((part) => item(part));
    return items.includes(INVALID) ? INVALID : (items as CellValue[]);
  };
}
