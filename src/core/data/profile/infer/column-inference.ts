import { hashString } from '../hash.js';
import { HyperLogLog } from '../hll.js';

// Lexical forms of Table Schema's default formats (reference/data-validation.md §3.2).
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF)$/i;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
/** Table Schema's default true spellings, less `1` (a 0/1 column is drafted as integer). */
export const TRUE_VALUES = ['true', 'True', 'TRUE'];
/** Table Schema's default false spellings, less `0`. */
export const FALSE_VALUES = ['false', 'False', 'FALSE'];
const BOOLEAN = new Set([...TRUE_VALUES, ...FALSE_VALUES]);

/**
 * Text that usually stands for a missing value in CSV exports (R and pandas write NA, spreadsheets N/A,
 * databases NULL): a draft lists the ones it saw in `missingValues` instead of making them enum members
 * or turning a numeric column into a string one. The empty string is Table Schema's default already.
 */
export const MISSING_MARKERS: readonly string[] = ['NA', 'N/A', 'n/a', 'NULL', 'null'];

/** A number written with a leading zero (`007`, `01234`): a code (zip, id), not a quantity. */
const LEADING_ZERO = /^[+-]?0\d/;

/** Distinct values kept per column to propose an enum (and one more, to know there were more). */
export const ENUM_LIMIT = 20;
const hashes = new Uint32Array(2);

/**
 * What one column's values allow, narrowed cell by cell: a type stays a candidate while every value
 * seen fits it. CSV cells arrive as text; JSONL and Parquet values arrive typed (number, boolean,
 * Date, object), and a JSON string is never read as a number.
 */
export class ColumnInference {
  values = 0;
  integer = true;
  number = true;
  boolean = true;
  date = true;
  datetime = true;
  sawText = false;
  sawNative = false;
  sawObject = false;
  sawArray = false;
  min = Infinity;
  max = -Infinity;
  minLength = Infinity;
  maxLength = -1;
  /** Smallest and largest text: for ISO dates that is the date range. */
  minText: string | undefined;
  maxText: string | undefined;
  readonly distinctValues = new Map<string, number>();
  readonly distinct = new HyperLogLog(12);

  constructor(readonly name: string) {}

  /** One non-missing value: text from CSV, or a typed value from JSONL/Parquet. */
  add(value: unknown, fromText: boolean): void {
    this.values++;
    if (typeof value === 'string') this.addText(value, fromText);
    else if (typeof value === 'number' || typeof value === 'bigint') this.addNumber(Number(value));
    else if (typeof value === 'boolean') this.narrow({ boolean: true }, String(value));
    // Parquet DATE columns arrive as Dates at UTC midnight: still a date while every value is one.
    else if (value instanceof Date)
      this.narrow({ date: value.getTime() % 86_400_000 === 0, datetime: true }, value.toISOString());
    else if (Array.isArray(value)) {
      this.sawArray = true;
      this.narrow({}, undefined);
    } else {
      this.sawObject = true;
      this.narrow({}, undefined);
    }
  }

  private addText(text: string, fromText: boolean): void {
    this.sawText = true;
    if (text.length < this.minLength) this.minLength = text.length;
    if (text.length > this.maxLength) this.maxLength = text.length;
    if (this.minText === undefined || text < this.minText) this.minText = text;
    if (this.maxText === undefined || text > this.maxText) this.maxText = text;
    // "007" read as the integer 7 would lose the code's meaning and fail every value with its zeros kept.
    const code = LEADING_ZERO.test(text);
    this.integer &&= fromText && !code && INTEGER.test(text);
    this.number &&= fromText && !code && NUMBER.test(text);
    this.boolean &&= fromText && BOOLEAN.has(text);
    this.date &&= DATE.test(text);
    this.datetime &&= DATETIME.test(text);
    if (this.number) this.range(Number(text.replace(/^(-?)INF$/i, '$1Infinity')));
    this.remember(text);
  }

  private addNumber(value: number): void {
    this.sawNative = true;
    this.narrow({ integer: Number.isInteger(value), number: true }, String(value));
    this.range(value);
  }

  private narrow(
    allowed: { integer?: boolean; number?: boolean; boolean?: boolean; date?: boolean; datetime?: boolean },
    key?: string,
  ): void {
    if (!allowed.integer) this.integer = false;
    if (!allowed.number) this.number = false;
    if (!allowed.boolean) this.boolean = false;
    if (!allowed.date) this.date = false;
    if (!allowed.datetime) this.datetime = false;
    this.sawNative = true;
    if (key !== undefined) this.remember(key);
  }

  private range(value: number): void {
    if (Number.isFinite(value)) {
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
    }
  }

  private remember(key: string): void {
    hashString(key, hashes);
    this.distinct.addHash(hashes[0]!, hashes[1]!);
    const seen = this.distinctValues.get(key);
    if (seen !== undefined) this.distinctValues.set(key, seen + 1);
    else if (this.distinctValues.size <= ENUM_LIMIT) this.distinctValues.set(key, 1);
  }

  /** The narrowest Table Schema type every value fits. */
  type(): string {
    if (this.values === 0) return 'string';
    if (this.sawObject || this.sawArray) {
      const only =
        this.sawObject !== this.sawArray && !this.sawText && !this.integer && !this.number && !this.boolean;
      return only ? (this.sawObject ? 'object' : 'array') : 'any';
    }
    if (this.integer) return 'integer';
    if (this.number) return 'number';
    if (this.boolean) return 'boolean';
    if (this.date) return 'date';
    if (this.datetime) return 'datetime';
    // JSON strings mixed with JSON numbers or booleans: no single type fits.
    return this.sawText && this.sawNative ? 'any' : 'string';
  }
}
