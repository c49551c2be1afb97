import type { Field } from '../table-schema/types.js';
import { INVALID } from './bytes.js';
import type { CellValue, TextCaster } from './text.js';

/** Checks one logical value; returns the name of the first failing constraint, or undefined. */
export type ConstraintCheck = (value: CellValue) => string | undefined;

/** Length in code points, as Python's len() counts (frictionless-py), not UTF-16 units. */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) length--;
  }
  return length;
}

function lengthOf(value: CellValue): number {
  if (typeof value === 'string') return codePointLength(value);
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'object') return Object.keys(value).length;
  return 0;
}

// Every comparison with NaN is false, so a NaN would pass any bound: it fails a declared one instead
// (a NaN score is not within [0, 1]).
function outside(value: CellValue, fails: (n: number) => boolean): boolean {
  const n = value as number;
  return Number.isNaN(n) || fails(n);
}

/** Anchors an XSD-style pattern: `cat|dog` must not accept "catfish" (frictionless-py's bug). */
export function anchoredPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/**
 * Compiles the value constraints of a field (required and unique are handled by the row validator).
 * Bounds given as strings are cast with the field's own caster; `castBound` throws when one cannot be.
 */
export function compileConstraints(
  field: Field,
  cast: TextCaster,
  compileJsonSchema: (schema: Readonly<Record<string, unknown>>) => (value: unknown) => boolean,
): ConstraintCheck | undefined {
  const c = field.constraints;
  const checks: ConstraintCheck[] = [];
  const bound = (name: string, raw: unknown): number => {
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? cast(raw) : INVALID;
    if (typeof value !== 'number')
      throw new Error(`constraint ${name} "${String(raw)}" is not a valid ${field.type}`);
    return value;
  };
  if (c.minimum !== undefined) {
    const min = bound('minimum', c.minimum);
    checks.push((v) => (outside(v, (n) => n < min) ? 'minimum' : undefined));
  }
  if (c.maximum !== undefined) {
    const max = bound('maximum', c.maximum);
    checks.push((v) => (outside(v, (n) => n > max) ? 'maximum' : undefined));
  }
  if (c.exclusiveMinimum !== undefined) {
    const min = bound('exclusiveMinimum', c.exclusiveMinimum);
    checks.push((v) => (outside(v, (n) => n <= min) ? 'exclusiveMinimum' : undefined));
  }
  if (c.exclusiveMaximum !== undefined) {
    const max = bound('exclusiveMaximum', c.exclusiveMaximum);
    checks.push((v) => (outside(v, (n) => n >= max) ? 'exclusiveMaximum' : undefined));
  }
  if (c.minLength !== undefined) {
    const min = c.minLength;
    checks.push((v) => (lengthOf(v) < min ? 'minLength' : undefined));
  }
  if (c.maxLength !== undefined) {
    const max = c.maxLength;
    checks.push((v) => (lengthOf(v) > max ? 'maxLength' : undefined));
  }
  if (c.pattern !== undefined) {
    const re = anchoredPattern(c.pattern);
    checks.push((v) => (typeof v === 'string' && !re.test(v) ? 'pattern' : undefined));
  }
  const allowed = c.enum ?? field.categories;
  if (allowed !== undefined) {
    const name = c.enum ? 'enum' : 'categories';
    const keys = new Set(
      allowed.map((item) => enumKey(typeof item === 'string' ? cast(item) : (item as CellValue))),
    );
    checks.push((v) => (keys.has(enumKey(v)) ? undefined : name));
  }
  if (c.jsonSchema !== undefined) {
    const valid = compileJsonSchema(c.jsonSchema);
    checks.push((v) => (valid(v) ? undefined : 'jsonSchema'));
  }
  if (checks.length === 0) return undefined;
  if (checks.length === 1) return checks[0];
  return (value) => {
    for (const check of checks) {
      const failed = check(value);
      if (failed) return failed;
    }
    return undefined;
  };
}

// Enum members compare as logical values: 1.0 and 1 are the same number, objects compare as JSON.
function enumKey(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
}
