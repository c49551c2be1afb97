import { byCodeUnits } from '../../text/order.js';

/** The parts of a Table Schema field a diff looks at (structurally a loaded Table Schema field). */
export interface FieldLike {
  readonly name: string;
  readonly type?: string;
  readonly format?: string;
  /** Any object: a loaded schema's typed Constraints interface has no index signature. */
  readonly constraints?: object;
}

/** The parts of a Table Schema a diff looks at. */
export interface SchemaLike {
  readonly fields: readonly FieldLike[];
  readonly primaryKey?: readonly string[] | string;
  readonly uniqueKeys?: readonly (readonly string[])[];
  readonly foreignKeys?: readonly unknown[];
  readonly missingValues?: readonly unknown[];
  readonly fieldsMatch?: string;
}

/** A column added or removed. */
export interface FieldChange {
  readonly name: string;
  readonly type: string;
}

/** A column whose type (or format) changed. */
export interface Retyped {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** One constraint (or schema-level key) whose value changed; undefined means absent on that side. */
export interface ConstraintChange {
  /** The field, or undefined for a schema-level key (primaryKey, uniqueKeys, …). */
  readonly field?: string;
  readonly key: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

/** What changed from the base branch's schema to the PR's. */
export interface SchemaDiff {
  readonly added: readonly FieldChange[];
  readonly removed: readonly FieldChange[];
  readonly retyped: readonly Retyped[];
  readonly constraints: readonly ConstraintChange[];
  /** Same fields in a different order (matters under fieldsMatch `exact`). */
  readonly reordered: boolean;
  readonly changed: boolean;
}

const SCHEMA_KEYS = ['primaryKey', 'uniqueKeys', 'foreignKeys', 'missingValues', 'fieldsMatch'] as const;

/**
 * Columns added, removed and retyped, and constraints changed, from `base` to `head`. Pure: both
 * schemas are parsed values. A type with a non-default format reads `type/format` (`string/email`).
 */
export function diffSchemas(base: SchemaLike, head: SchemaLike): SchemaDiff {
  const before = new Map(base.fields.map((field) => [field.name, field]));
  const after = new Map(head.fields.map((field) => [field.name, field]));
  const added = head.fields
    .filter((f) => !before.has(f.name))
    .map((f) => ({ name: f.name, type: typeOf(f) }));
  const removed = base.fields
    .filter((f) => !after.has(f.name))
    .map((f) => ({ name: f.name, type: typeOf(f) }));
  const retyped: Retyped[] = [];
  const constraints: ConstraintChange[] = [];
  for (const field of head.fields) {
    const old = before.get(field.name);
    if (!old) continue;
    if (typeOf(old) !== typeOf(field))
      retyped.push({ name: field.name, from: typeOf(old), to: typeOf(field) });
    const was = (old.constraints ?? {}) as Readonly<Record<string, unknown>>;
    const now = (field.constraints ?? {}) as Readonly<Record<string, unknown>>;
    for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
      const from = was[key];
      const to = now[key];
      if (!sameValue(from, to)) constraints.push({ field: field.name, key, from, to });
    }
  }
  for (const key of SCHEMA_KEYS) {
    const from = normaliseKey(key, base[key]);
    const to = normaliseKey(key, head[key]);
    if (!sameValue(from, to)) constraints.push({ key, from, to });
  }
  const common = (fields: readonly FieldLike[], other: Map<string, FieldLike>) =>
    fields.filter((f) => other.has(f.name)).map((f) => f.name);
  const reordered = common(base.fields, after).join('\n') !== common(head.fields, before).join('\n');
  const changed = added.length + removed.length + retyped.length + constraints.length > 0 || reordered;
  return { added, removed, retyped, constraints, reordered, changed };
}

function typeOf(field: FieldLike): string {
  const type = field.type ?? 'any';
  const format = field.format?.replace(/^fmt:/, '');
  return format && format !== 'default' ? `${type}/${format}` : type;
}

// Defaults and v1 forms compare equal to their v2 spelling: no primaryKey = [], "id" = ["id"].
function normaliseKey(key: (typeof SCHEMA_KEYS)[number], value: unknown): unknown {
  if (key === 'primaryKey') return typeof value === 'string' ? [value] : (value ?? []);
  if (key === 'missingValues') return value ?? [''];
  if (key === 'fieldsMatch') return value ?? 'exact';
  return value ?? [];
}

/** Deep equality of JSON values (object key order ignored). */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => byCodeUnits(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** One plain-text line per change, for a log or (escaped) a job summary. */
export function describeSchemaDiff(diff: SchemaDiff): string[] {
  const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));
  return [
    ...diff.added.map((f) => `added column "${f.name}" (${f.type})`),
    ...diff.removed.map((f) => `removed column "${f.name}" (${f.type})`),
    ...diff.retyped.map((f) => `column "${f.name}" retyped: ${f.from} -> ${f.to}`),
    ...diff.constraints.map((c) =>
      c.field === undefined
        ? `${c.key} changed: ${show(c.from)} -> ${show(c.to)}`
        : `column "${c.field}" constraint ${c.key}: ${show(c.from)} -> ${show(c.to)}`,
    ),
    ...(diff.reordered ? ['columns reordered'] : []),
  ];
}
