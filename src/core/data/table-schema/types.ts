/** Table Schema field types (Data Package v2, table-schema.mdx). */
export const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'datetime',
  'date',
  'time',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

/** `constraints` of a field, as written in the schema (values not yet cast). */
export interface Constraints {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly exclusiveMinimum?: unknown;
  readonly exclusiveMaximum?: unknown;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly jsonSchema?: Readonly<Record<string, unknown>>;
}

/** A field descriptor after normalisation (v1 forms turned into v2, `fmt:` stripped). */
export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly format: string;
  readonly constraints: Constraints;
  /** Field-level missingValues replace the schema-level list when present. */
  readonly missingValues?: readonly string[];
  readonly categories?: readonly (string | number)[];
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
  readonly decimalChar?: string;
  readonly groupChar?: string;
  readonly bareNumber?: boolean;
  readonly delimiter?: string;
  readonly itemType?: string;
  /** The raw descriptor, for extensions such as `x-mostly`. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export type FieldsMatch = 'exact' | 'equal' | 'subset' | 'superset' | 'partial';

export interface ForeignKey {
  readonly fields: readonly string[];
  /** Undefined (or '' in v1) for a reference to the same table. */
  readonly resource?: string;
  readonly referenceFields: readonly string[];
}

/** A Table Schema after loading and checking: every reference resolved to an existing field. */
export interface TableSchema {
  readonly fields: readonly Field[];
  readonly fieldsMatch: FieldsMatch;
  readonly missingValues: readonly string[];
  readonly primaryKey: readonly string[];
  readonly uniqueKeys: readonly (readonly string[])[];
  readonly foreignKeys: readonly ForeignKey[];
}

/** A JSON Schema for whole JSONL records (draft 2020-12 or 07). */
export interface RecordSchema {
  readonly jsonSchema: Readonly<Record<string, unknown>>;
}
