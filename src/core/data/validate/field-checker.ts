import { UsageError } from '../../errors.js';
import {
  booleanFromBytes,
  bytesEqual,
  dateInto,
  datetimeInto,
  INVALID,
  integerInto,
  numberInto,
  parsed,
} from '../cast/bytes.js';
import { InternTable } from '../cast/intern.js';
import { compileConstraints, type ConstraintCheck } from '../cast/constraints.js';
import { decode, SCRATCH, toScratch } from '../cast/decode.js';
import { nativeValue, unrepresentableJson } from '../cast/native.js';
import { type CellValue, type TextCaster, textCaster } from '../cast/text.js';
import type { Field } from '../table-schema/types.js';

/** The outcome of checking one cell. */
export const CELL = { ok: 0, missing: 1, typeError: 2, constraintError: 3 } as const;
export type CellStatus = (typeof CELL)[keyof typeof CELL];

// Which byte-level fast path a field can use; anything else decodes the cell to a string first.
const FAST = {
  none: 0,
  integer: 1,
  number: 2,
  date: 3,
  datetime: 4,
  boolean: 5,
  /** A string whose value nobody reads. */
  opaque: 6,
  /** A string checked only against enum/categories: members are interned. */
  enum: 7,
  /** A string with only length constraints, settled by byte length where it can be. */
  length: 8,
  /** A string whose value is read (profile, key, label): repeated values are interned. */
  interned: 9,
} as const;

const encoder = new TextEncoder();

/**
 * What a ScanCheck has the JSONL scanner's WebAssembly check a string for
 * (src/core/data/wasm/assembly/value-checks.ts).
 */
export const SCAN_CHECK = {
  integer: 1,
  number: 2,
  date: 3,
  datetime: 4,
  boolean: 5,
  opaque: 6,
  enum: 7,
  length: 8,
} as const;

/** Enum members the WebAssembly compares one by one; a longer list is left to the intern table. */
const SCAN_MEMBERS = 64;

/**
 * The part of a field's checks the JSONL record scanner settles in WebAssembly while it scans
 * (src/core/data/wasm/assembly/value-checks.ts): a value it passes is one FieldChecker passes too, with
 * no error and nothing else to record; anything else, every failure included, is left to FieldChecker.
 */
export interface ScanCheck {
  /** SCAN_CHECK: how an unescaped JSON string is read (checkBytes' fast path), 0 for none. */
  readonly check: number;
  /** JSON numbers: 1 as integers (safe integers only), 2 as numbers, 0 left to FieldChecker. */
  readonly jsonNumbers: 0 | 1 | 2;
  /** JSON true and false pass. */
  readonly jsonBooleans: boolean;
  /** The field's missing values other than the empty string (an empty string is always left). */
  readonly missing: readonly Uint8Array[];
  /** Numeric bounds (NaN: none), compared as checkNumber does. */
  readonly minimum: number;
  readonly maximum: number;
  readonly exclusiveMinimum: number;
  readonly exclusiveMaximum: number;
  /** Allowed values, numeric (integer, number, date, datetime) or as UTF-8 (enum). */
  readonly numbers?: readonly number[];
  readonly strings?: readonly Uint8Array[];
  /** SCAN_CHECK.length: the byte lengths that settle a string as FAST.length does. */
  readonly minBytes: number;
  readonly maxBytes: number;
}

/** Options shared by all fields of a table. */
export interface CheckerOptions {
  readonly missingValues: readonly string[];
  readonly compileJsonSchema: (schema: Readonly<Record<string, unknown>>) => (value: unknown) => boolean;
  /** Where the schema came from, to point schema errors found while compiling at it. */
  readonly schemaFile?: string;
  /** Decode every string cell (a profile, a key or the label column reads them). */
  readonly decodeStrings?: boolean;
}

/**
 * One field compiled for the hot path: check() looks at a byte range, sets `value` (null when missing)
 * and `failed` (the failing constraint), and returns a CellStatus. Allocation-free for integer,
 * number, date and unconstrained string fields.
 */
export class FieldChecker {
  failed = '';
  /** Why the last type error happened, when the type name alone does not say it (a JSON overflow). */
  note = '';
  // The value lives in `num` (a double field: no heap number per cell) when it is a number from a fast
  // path, else in `ref`; `value` reads whichever holds it.
  private num = 0;
  private isNum = false;
  private ref: CellValue | null = null;
  private readonly min: number;
  private readonly max: number;
  private readonly exclusiveMin: number;
  private readonly exclusiveMax: number;
  /** The first declared bound, which a NaN value fails; '' without bounds. */
  private readonly firstBound: string;
  private readonly members: ReadonlySet<number> | undefined;
  private readonly membersName: string;
  readonly required: boolean;
  private readonly fast: number;
  private readonly missing: readonly Uint8Array[];
  private readonly emptyIsMissing: boolean;
  private readonly missingTexts: ReadonlySet<string>;
  private readonly cast: TextCaster;
  private readonly constraint: ConstraintCheck | undefined;
  private readonly intern: InternTable | undefined;
  private readonly minLength: number;
  private readonly inlineNumbers: boolean;
  private readonly maxLength: number;

  // An integer beyond 2^53 as exact decimal text: as a double, 9007199254740993 and 9007199254740992
  // are one number, and two distinct 64-bit ids would be a false unique or primary-key error.
  private big: string | undefined;

  get value(): CellValue | null {
    return this.isNum ? this.num : this.ref;
  }

  set value(value: CellValue | null) {
    this.ref = value;
    this.isNum = false;
    this.big = undefined;
  }

  /** The value as keys compare it: exact text for an integer beyond 2^53, else `value`. */
  get keyValue(): CellValue | null {
    return this.big ?? this.value;
  }

  constructor(
    readonly field: Field,
    options: CheckerOptions,
  ) {
    const missingValues = field.missingValues ?? options.missingValues;
    this.emptyIsMissing = missingValues.includes('');
    this.missingTexts = new Set(missingValues);
    this.missing = missingValues.filter((value) => value !== '').map((value) => encoder.encode(value));
    this.required = field.constraints.required === true;
    try {
      this.cast = textCaster(field);
      this.constraint = compileConstraints(field, this.cast, options.compileJsonSchema);
    } catch (thrown) {
      throw new UsageError(
        `invalid schema: field "${field.name}": ${thrown instanceof Error ? thrown.message : String(thrown)}`,
        { where: options.schemaFile ? { file: options.schemaFile } : undefined },
      );
    }
    this.fast = fastPath(field, options.decodeStrings === true);
    const c = field.constraints;
    const bound = (raw: unknown, fallback: number) => {
      const value = raw === undefined ? fallback : typeof raw === 'number' ? raw : this.cast(String(raw));
      return typeof value === 'number' ? value : fallback; // a bad bound already failed in compileConstraints
    };
    // An undeclared bound is NaN, which no comparison fails: INF passes a field without a maximum (a
    // stand-in of +Infinity made `INF >= exclusiveMaximum` fail). A NaN value fails a declared bound.
    this.min = bound(c.minimum, Number.NaN);
    this.max = bound(c.maximum, Number.NaN);
    this.exclusiveMin = bound(c.exclusiveMinimum, Number.NaN);
    this.exclusiveMax = bound(c.exclusiveMaximum, Number.NaN);
    this.firstBound =
      c.minimum !== undefined
        ? 'minimum'
        : c.maximum !== undefined
          ? 'maximum'
          : c.exclusiveMinimum !== undefined
            ? 'exclusiveMinimum'
            : c.exclusiveMaximum !== undefined
              ? 'exclusiveMaximum'
              : '';
    const allowed = c.enum ?? field.categories;
    this.membersName = c.enum ? 'enum' : 'categories';
    this.members = allowed ? new Set(allowed.map((item) => bound(item, Number.NaN))) : undefined;
    // checkNumber settles exactly what the compiled constraints would for a finite number when the field
    // has only bounds and numeric members: then a JSON number needs no boxing and no closures.
    this.inlineNumbers =
      (field.type === 'integer' || field.type === 'number') &&
      c.jsonSchema === undefined &&
      c.pattern === undefined &&
      c.minLength === undefined &&
      c.maxLength === undefined &&
      (allowed === undefined ||
        allowed.every(
          (item) =>
            typeof item === 'number' || (typeof item === 'string' && typeof this.cast(item) === 'number'),
        ));
    this.minLength = field.constraints.minLength ?? 0;
    this.maxLength = field.constraints.maxLength ?? Number.POSITIVE_INFINITY;
    if (this.fast === FAST.enum) {
      const members = (field.constraints.enum ?? field.categories ?? []).map(String);
      this.intern = new InternTable(Math.max(16, members.length), 1024);
      for (const member of members) {
        const bytes = encoder.encode(member);
        this.intern.add(bytes, 0, bytes.length, member);
      }
    } else if (this.fast === FAST.interned) this.intern = new InternTable();
  }

  /**
   * What the JSONL scanner may settle of this field in WebAssembly (see ScanCheck), or undefined: the
   * subset of checkBytes, checkJsonNumber and checkNative that passes a value without reading anything but
   * its type, bounds, members and byte length.
   */
  scanCheck(): ScanCheck | undefined {
    const check = scanCheckOf(this.fast, this.constraint === undefined);
    const members =
      this.members === undefined ? undefined : [...this.members].filter((n) => !Number.isNaN(n));
    const strings =
      check === SCAN_CHECK.enum
        ? (this.field.constraints.enum ?? this.field.categories ?? []).map((member) =>
            encoder.encode(String(member)),
          )
        : undefined;
    const jsonNumbers = !this.inlineNumbers ? 0 : this.field.type === 'integer' ? 1 : 2;
    const jsonBooleans = this.field.type === 'boolean' && this.constraint === undefined;
    if (
      (check === 0 && jsonNumbers === 0 && !jsonBooleans) ||
      (members !== undefined && members.length > SCAN_MEMBERS) ||
      (strings !== undefined && strings.length > SCAN_MEMBERS)
    )
      return undefined;
    return {
      check,
      jsonNumbers,
      jsonBooleans,
      missing: this.missing,
      minimum: this.min,
      maximum: this.max,
      exclusiveMinimum: this.exclusiveMin,
      exclusiveMaximum: this.exclusiveMax,
      numbers: strings === undefined ? members : undefined,
      strings,
      minBytes: this.minLength * 4,
      maxBytes: this.maxLength,
    };
  }

  /** Checks the bytes [start, end) of a cell whose text needs no unescaping. */
  checkBytes(buf: Uint8Array, start: number, end: number): CellStatus {
    if (start === end ? this.emptyIsMissing : this.missing.length > 0 && this.isMissing(buf, start, end))
      return this.onMissing();
    let value: CellValue | typeof INVALID;
    switch (this.fast) {
      case FAST.integer:
        if (integerInto(buf, start, end)) {
          const n = parsed.number;
          const status = this.checkNumber(n);
          if (!Number.isSafeInteger(n)) this.big = exactInteger(decode(buf, start, end));
          return status;
        }
        return this.checkText(decode(buf, start, end), true);
      case FAST.number:
        if (numberInto(buf, start, end)) return this.checkNumber(parsed.number);
        return this.checkText(decode(buf, start, end), true);
      case FAST.date:
        if (dateInto(buf, start, end)) return this.checkNumber(parsed.number);
        return this.checkText(decode(buf, start, end), true);
      case FAST.datetime:
        if (datetimeInto(buf, start, end)) return this.checkNumber(parsed.number);
        return this.checkText(decode(buf, start, end), true);
      case FAST.boolean:
        value = booleanFromBytes(buf, start, end);
        break;
      case FAST.opaque:
        this.value = '';
        return CELL.ok;
      case FAST.enum: {
        const member = this.intern!.get(buf, start, end);
        if (member === undefined) return this.checkText(decode(buf, start, end), true);
        this.value = member;
        return CELL.ok;
      }
      case FAST.length: {
        // A UTF-8 character takes 1-4 bytes: byte length bounds the character count from both sides.
        const bytes = end - start;
        if (bytes <= this.maxLength && bytes >= this.minLength * 4) {
          this.value = '';
          return CELL.ok;
        }
        return this.checkText(decode(buf, start, end), true);
      }
      case FAST.interned: {
        const known = this.intern!.get(buf, start, end);
        if (known !== undefined) return this.checkValue(known);
        const text = decode(buf, start, end);
        this.intern!.add(buf, start, end, text);
        return this.checkText(text, true);
      }
      default:
        return this.checkText(decode(buf, start, end), true);
    }
    if (value === INVALID) return this.checkText(decode(buf, start, end), true);
    return this.checkValue(value);
  }

  /**
   * Checks a CSV cell whose text needs unescaping (`""` inside quotes). A string nobody reads, or one with
   * only a maximum length that its raw bytes already meet, is settled without building its text.
   */
  checkEscaped(start: number, end: number, text: () => string): CellStatus {
    if (
      this.fast === FAST.opaque ||
      (this.fast === FAST.length && end - start <= this.maxLength && this.minLength === 0)
    ) {
      this.value = '';
      return CELL.ok;
    }
    return this.checkText(text());
  }

  /** Checks a cell given as text (an unescaped CSV cell, or a string in JSON). */
  checkText(text: string, missingChecked = false): CellStatus {
    if (!missingChecked && this.isMissingText(text)) return this.onMissing();
    const value = this.cast(text);
    if (value === INVALID) {
      this.value = text;
      return CELL.typeError;
    }
    const status = this.checkValue(value);
    if (this.field.type === 'integer' && typeof value === 'number' && !Number.isSafeInteger(value))
      this.big = exactInteger(text);
    return status;
  }

  /**
   * Checks an already typed value (JSONL, Parquet): strings are cast, native values must fit the type.
   * `json`: the value came from JSON.parse, whose numbers may not be the ones written (unrepresentableJson).
   */
  checkNative(raw: unknown, json = false): CellStatus {
    if (raw === null || raw === undefined) return this.onMissing();
    if (json) {
      const note = unrepresentableJson(this.field, raw);
      if (note !== undefined) {
        this.value = String(raw);
        this.note = note;
        return CELL.typeError;
      }
    }
    if (typeof raw === 'string') {
      // Short strings go through the byte fast paths too (JSONL and Parquet cells are strings often).
      if (this.fast !== FAST.none && raw.length <= 256) {
        return this.checkBytes(SCRATCH, 0, toScratch(raw));
      }
      return this.checkText(raw);
    }
    const value = nativeValue(this.field, raw);
    if (value === INVALID) {
      this.value = typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
      return CELL.typeError;
    }
    const status = this.checkValue(value);
    // Parquet INT64 arrives as a bigint: exact, whatever a double makes of it.
    if (typeof raw === 'bigint' && this.field.type === 'integer' && !Number.isSafeInteger(value))
      this.big = raw.toString();
    return status;
  }

  /**
   * checkNative(n, true) for a number read from JSON text: the same outcome, without boxing the number on
   * the common path (a finite, in-range number for a number or integer field with only numeric bounds
   * and members, which checkNumber settles as the compiled constraints do).
   */
  checkJsonNumber(n: number): CellStatus {
    const type = this.field.type;
    if (
      (type !== 'integer' && type !== 'number') ||
      !Number.isFinite(n) ||
      (type === 'integer' && !Number.isSafeInteger(n))
    )
      return this.checkNative(n, true);
    return this.inlineNumbers ? this.checkNumber(n) : this.checkValue(n);
  }

  /**
   * A Parquet DATE or TIMESTAMP given as epoch milliseconds: the same outcome as checkNative on the Date
   * it stands for, without making one (the column-chunk reader's hot path).
   */
  checkEpochMs(ms: number): CellStatus {
    const type = this.field.type;
    if ((type !== 'date' && type !== 'datetime') || !(Math.abs(ms) <= 8.64e15))
      return this.checkNative(new Date(ms));
    return this.checkValue(ms);
  }

  // The numeric constraints inline, on a double: the fast paths' common case allocates nothing.
  private checkNumber(n: number): CellStatus {
    this.num = n;
    this.isNum = true;
    this.big = undefined;
    let failed = '';
    if (Number.isNaN(n)) failed = this.firstBound;
    else if (n < this.min) failed = 'minimum';
    else if (n > this.max) failed = 'maximum';
    else if (n <= this.exclusiveMin) failed = 'exclusiveMinimum';
    else if (n >= this.exclusiveMax) failed = 'exclusiveMaximum';
    else if (this.members !== undefined && !this.members.has(n)) failed = this.membersName;
    if (failed === '') return CELL.ok;
    this.failed = failed;
    return CELL.constraintError;
  }

  private checkValue(value: CellValue): CellStatus {
    this.value = value;
    if (this.constraint === undefined) return CELL.ok;
    const failed = this.constraint(value);
    if (failed === undefined) return CELL.ok;
    this.failed = failed;
    return CELL.constraintError;
  }

  private onMissing(): CellStatus {
    this.value = null;
    if (!this.required) return CELL.missing;
    this.failed = 'required';
    return CELL.constraintError;
  }

  /** True when the raw bytes of a cell are one of this field's missing values (a blank cell). */
  isMissingBytes(buf: Uint8Array, start: number, end: number): boolean {
    return start === end ? this.emptyIsMissing : this.missing.length > 0 && this.isMissing(buf, start, end);
  }

  /** True when a cell's text is one of this field's missing values. */
  isMissingText(text: string): boolean {
    return this.missingTexts.has(text);
  }

  private isMissing(buf: Uint8Array, start: number, end: number): boolean {
    for (const missing of this.missing) if (bytesEqual(buf, start, end, missing)) return true;
    return false;
  }
}

/** An integer's text as its sign and digits alone (group characters and surrounding text dropped). */
function exactInteger(text: string): string {
  const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return /^[^\d]*-/.test(text) && digits !== '0' ? `-${digits}` : digits;
}

/** The SCAN_CHECK of a fast path (0: none); a boolean only while it has no constraint to run. */
function scanCheckOf(fast: number, unconstrained: boolean): number {
  switch (fast) {
    case FAST.integer:
      return SCAN_CHECK.integer;
    case FAST.number:
      return SCAN_CHECK.number;
    case FAST.date:
      return SCAN_CHECK.date;
    case FAST.datetime:
      return SCAN_CHECK.datetime;
    case FAST.boolean:
      return unconstrained ? SCAN_CHECK.boolean : 0;
    case FAST.opaque:
      return SCAN_CHECK.opaque;
    case FAST.enum:
      return SCAN_CHECK.enum;
    case FAST.length:
      return SCAN_CHECK.length;
    default:
      return 0;
  }
}

function fastPath(field: Field, decodeStrings: boolean): number {
  const plainNumber = !field.groupChar && field.bareNumber !== false && (field.decimalChar ?? '.') === '.';
  const defaultFormat = field.format === 'default';
  if (field.type === 'integer' && plainNumber) return FAST.integer;
  if (field.type === 'number' && plainNumber) return FAST.number;
  if (field.type === 'date' && defaultFormat) return FAST.date;
  if (field.type === 'datetime' && defaultFormat) return FAST.datetime;
  if (field.type === 'boolean' && !field.trueValues && !field.falseValues) return FAST.boolean;
  if (field.type !== 'string' || !defaultFormat) return FAST.none;
  const c = field.constraints;
  const lengths = c.minLength !== undefined || c.maxLength !== undefined;
  const members = c.enum !== undefined || field.categories !== undefined;
  if (c.pattern !== undefined || c.jsonSchema !== undefined) return FAST.none;
  if (members && !lengths) return FAST.enum;
  if (decodeStrings) return FAST.interned;
  if (lengths && !members) return FAST.length;
  return members ? FAST.none : FAST.opaque;
}
