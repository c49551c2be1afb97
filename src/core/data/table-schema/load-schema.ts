import { UsageError } from '../../errors.js';
import { didYouMean } from '../../text/suggest.js';
import { nestedQuantifier } from '../cast/regex-safety.js';
import { compileShortForm, isShortForm } from './short-form.js';
import type { SourceDoc } from './source-doc.js';
import {
  FIELD_TYPES,
  type Field,
  type FieldsMatch,
  type FieldType,
  type ForeignKey,
  type TableSchema,
} from './types.js';

type Json = Record<string, unknown>;
type Path = (string | number)[];

const FIELDS_MATCH = ['exact', 'equal', 'subset', 'superset', 'partial'];
const CONSTRAINTS = [
  'required',
  'unique',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'pattern',
  'enum',
  'jsonSchema',
];
// Which types take which constraints (table-schema.mdx, "Constraints").
const ORDERED: readonly FieldType[] = [
  'integer',
  'number',
  'date',
  'time',
  'datetime',
  'duration',
  'year',
  'yearmonth',
];
const COLLECTIONS: readonly FieldType[] = ['string', 'array', 'object', 'list'];
const FORMATS: Partial<Record<FieldType, readonly string[]>> = {
  string: ['default', 'email', 'uri', 'binary', 'uuid'],
  geopoint: ['default', 'array', 'object'],
  geojson: ['default', 'topojson'],
};

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Most fields a schema may declare (a budget: each costs per-row work and memory). */
export const MAX_FIELDS = 10_000;

/**
 * Loads a Table Schema (v2, or v1 forms: string primaryKey, string FK fields, `resource: ""`, `fmt:`)
 * or the short YAML form, and checks it. A schema that is itself invalid is a usage error at its line.
 */
export function loadTableSchema(doc: SourceDoc): TableSchema {
  const fail = (path: Path, message: string, hint?: string): never => {
    throw new UsageError(`invalid schema: ${message}`, { where: doc.where(path), hint });
  };
  if (!isObject(doc.value)) return fail([], 'a schema must be an object with `fields` (or `columns`)');
  const descriptor = isShortForm(doc.value) ? compileShortForm(doc.value, fail) : doc.value;
  if (!Array.isArray(descriptor.fields)) {
    return fail([], 'missing `fields` (an array of field descriptors)', 'see docs/validate-data.md#schemas');
  }
  if (descriptor.fields.length > MAX_FIELDS)
    fail(
      ['fields'],
      `${descriptor.fields.length} fields, more than ${MAX_FIELDS}`,
      'docs/security.md#budgets',
    );
  const missingValues = readMissingValues(descriptor.missingValues, ['missingValues'], fail) ?? [''];
  const fields = descriptor.fields.map((raw, index) => readField(raw, ['fields', index], fail));
  const names = new Set<string>();
  fields.forEach((field, index) => {
    if (names.has(field.name)) fail(['fields', index, 'name'], `duplicate field name "${field.name}"`);
    names.add(field.name);
  });
  const fieldList = (value: unknown, path: Path): string[] => {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.some((name) => typeof name !== 'string'))
      return fail(path, 'must be a field name or a list of field names');
    list.forEach((name: string, index) => {
      if (!names.has(name))
        fail(
          Array.isArray(value) ? [...path, index] : path,
          `unknown field "${name}"${didYouMean(name, [...names])}`,
        );
    });
    return list as string[];
  };
  const fieldsMatch = descriptor.fieldsMatch ?? 'exact';
  if (typeof fieldsMatch !== 'string' || !FIELDS_MATCH.includes(fieldsMatch))
    fail(['fieldsMatch'], `fieldsMatch must be one of ${FIELDS_MATCH.join(', ')}`);
  const primaryKey =
    descriptor.primaryKey === undefined ? [] : fieldList(descriptor.primaryKey, ['primaryKey']);
  const uniqueKeys = descriptor.uniqueKeys === undefined ? [] : descriptor.uniqueKeys;
  if (!Array.isArray(uniqueKeys)) fail(['uniqueKeys'], 'uniqueKeys must be a list of lists of field names');
  const foreignKeys = descriptor.foreignKeys === undefined ? [] : descriptor.foreignKeys;
  if (!Array.isArray(foreignKeys)) fail(['foreignKeys'], 'foreignKeys must be a list');
  return {
    fields: fields.map((field) => (primaryKey.includes(field.name) ? withRequired(field) : field)),
    fieldsMatch: fieldsMatch as FieldsMatch,
    missingValues,
    primaryKey,
    uniqueKeys: (uniqueKeys as unknown[]).map((key, index) => fieldList(key, ['uniqueKeys', index])),
    foreignKeys: (foreignKeys as unknown[]).map((key, index) =>
      readForeignKey(key, ['foreignKeys', index], fieldList, fail),
    ),
  };
}

function withRequired(field: Field): Field {
  return { ...field, constraints: { ...field.constraints, required: true } };
}

function readForeignKey(
  raw: unknown,
  path: Path,
  fieldList: (value: unknown, path: Path) => string[],
  fail: (path: Path, message: string) => never,
): ForeignKey {
  if (!isObject(raw) || !isObject(raw.reference))
    return fail(path, 'a foreign key needs `fields` and `reference`');
  const fields = fieldList(raw.fields, [...path, 'fields']);
  const resource = raw.reference.resource;
  if (resource !== undefined && typeof resource !== 'string')
    fail([...path, 'reference', 'resource'], 'must be a string');
  const self = resource === undefined || resource === '';
  const refFields = raw.reference.fields;
  const referenceFields = self
    ? fieldList(refFields, [...path, 'reference', 'fields'])
    : typeof refFields === 'string'
      ? [refFields]
      : (refFields as string[]);
  if (!Array.isArray(referenceFields) || referenceFields.length !== fields.length)
    fail([...path, 'reference', 'fields'], 'reference.fields must list as many fields as `fields`');
  return { fields, resource: self ? undefined : (resource as string), referenceFields };
}

function readMissingValues(value: unknown, path: Path, fail: (path: Path, message: string) => never) {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return fail(path, 'missingValues must be a list of strings');
  return value.map((item, index) => {
    if (typeof item === 'string') return item;
    if (isObject(item) && typeof item.value === 'string') return item.value;
    return fail([...path, index], 'a missing value is a string or {value, label}');
  });
}

function readField(
  raw: unknown,
  path: Path,
  fail: (path: Path, message: string, hint?: string) => never,
): Field {
  if (!isObject(raw)) return fail(path, 'a field descriptor must be an object');
  if (typeof raw.name !== 'string') return fail(path, 'a field needs a `name` (string)');
  const type = (raw.type ?? 'any') as FieldType;
  if (!FIELD_TYPES.includes(type))
    fail(
      [...path, 'type'],
      `unknown type "${String(raw.type)}"${didYouMean(String(raw.type), [...FIELD_TYPES])}`,
    );
  let format = typeof raw.format === 'string' ? raw.format : 'default';
  if (format.startsWith('fmt:')) format = format.slice(4);
  const formats = FORMATS[type];
  const patterned = ['date', 'time', 'datetime'].includes(type);
  if (!patterned && format !== 'default' && !formats?.includes(format))
    fail([...path, 'format'], `format "${format}" is not defined for type ${type}`);
  const constraints = raw.constraints === undefined ? {} : raw.constraints;
  if (!isObject(constraints)) return fail([...path, 'constraints'], 'constraints must be an object');
  for (const [name, value] of Object.entries(constraints)) {
    const at = [...path, 'constraints', name];
    if (!CONSTRAINTS.includes(name)) fail(at, `unknown constraint "${name}"${didYouMean(name, CONSTRAINTS)}`);
    checkConstraint(type, name, value, at, fail);
  }
  const strings = (key: string) => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
      return fail([...path, key], `${key} must be a list of strings`);
    return value as string[];
  };
  const categories = raw.categories;
  if (categories !== undefined && !Array.isArray(categories))
    fail([...path, 'categories'], 'categories must be a list');
  return {
    name: raw.name,
    type,
    format,
    constraints,
    missingValues: readMissingValues(raw.missingValues, [...path, 'missingValues'], fail),
    categories: (categories as unknown[] | undefined)?.map((item) => (isObject(item) ? item.value : item)) as
      | (string | number)[]
      | undefined,
    trueValues: strings('trueValues'),
    falseValues: strings('falseValues'),
    decimalChar: typeof raw.decimalChar === 'string' ? raw.decimalChar : undefined,
    groupChar: typeof raw.groupChar === 'string' ? raw.groupChar : undefined,
    bareNumber: typeof raw.bareNumber === 'boolean' ? raw.bareNumber : undefined,
    delimiter: typeof raw.delimiter === 'string' ? raw.delimiter : undefined,
    itemType: typeof raw.itemType === 'string' ? raw.itemType : undefined,
    raw,
  };
}

function checkConstraint(
  type: FieldType,
  name: string,
  value: unknown,
  at: Path,
  fail: (path: Path, message: string, hint?: string) => never,
): void {
  const notFor = () => fail(at, `constraint ${name} does not apply to type ${type}`);
  switch (name) {
    case 'required':
    case 'unique':
      if (typeof value !== 'boolean') fail(at, `${name} must be true or false`);
      return;
    case 'minLength':
    case 'maxLength':
      if (!COLLECTIONS.includes(type)) notFor();
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        fail(at, `${name} must be an integer >= 0`);
      return;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      if (!ORDERED.includes(type)) notFor();
      return;
    case 'pattern':
      if (type !== 'string') notFor();
      if (typeof value !== 'string') fail(at, 'pattern must be a string');
      try {
        new RegExp(`^(?:${value})$`, 'u');
      } catch (thrown) {
        fail(at, `pattern does not compile: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
      }
      {
        const nested = nestedQuantifier(value as string);
        if (nested)
          fail(
            at,
            `pattern repeats a repetition (${nested}), which can take exponential time on some values`,
            'rewrite it without the nested repetition, e.g. (a+)+ as a+',
          );
      }
      return;
    case 'enum':
      if (!Array.isArray(value) || value.length === 0) fail(at, 'enum must be a non-empty list');
      return;
    case 'jsonSchema':
      if (type !== 'object' && type !== 'array') notFor();
      if (!isObject(value)) fail(at, 'jsonSchema must be an object (a JSON Schema)');
      return;
  }
}
