import { Document, isScalar, visit, type YAMLMap } from 'yaml';
import { type ColumnInference, ENUM_LIMIT } from './column-inference.js';

/** A drafted field: the Table Schema descriptor and what a reviewer should know about it. */
export interface DraftField {
  readonly descriptor: Readonly<Record<string, unknown>>;
  /** Observations that are deliberately not constraints (ranges, lengths, uniqueness). */
  readonly notes: readonly string[];
}

/** A draft Table Schema from what the data showed: a human reviews it before it gates anything. */
export interface DraftSchema {
  readonly rows: number;
  readonly files: readonly string[];
  readonly fields: readonly DraftField[];
  /** Missing-value markers seen beyond the empty string (written as the schema's `missingValues`). */
  readonly missingValues: readonly string[];
}

const SCHEMA_URL = 'https://datapackage.org/profiles/2.0/tableschema.json';

/**
 * One field per column. Only what the sample proves is written as a constraint: `required` when no
 * value was missing, `enum` for strings with at most 20 distinct values each seen at least twice on
 * average. Ranges and lengths are notes, not constraints: new data may rightly exceed what one sample
 * showed, and a reviewer decides the real limits.
 */
export function draftSchema(
  columns: readonly ColumnInference[],
  rows: number,
  files: readonly string[],
  missingValues: readonly string[] = [],
): DraftSchema {
  return { rows, files, fields: columns.map((column) => draftField(column, rows)), missingValues };
}

/** The schema-level keys of a draft: `missingValues` only when markers beyond "" were seen. */
function schemaKeys(draft: DraftSchema): Record<string, unknown> {
  return draft.missingValues.length > 0 ? { missingValues: ['', ...draft.missingValues] } : {};
}

// Plain scalars that YAML 1.1 readers (PyYAML, Ruby's Psych, go-yaml v2) read as something else than
// the string YAML 1.2 reads: booleans (yes/no/on/off/y/n), sexagesimal numbers (1:20), underscored or
// octal numbers (1_000, 010), null (~). The yaml package quotes what 1.2 would misread; these it does not.
const YAML11_TRAPS =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?0[0-7_]+|[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?)$/;

function draftField(column: ColumnInference, rows: number): DraftField {
  const type = column.type();
  const constraints: Record<string, unknown> = {};
  const notes: string[] = [];
  const missing = rows - column.values;
  if (column.values > 0 && missing === 0) constraints.required = true;
  else if (column.values === 0) notes.push('no values seen: type is a guess');
  else notes.push(`${missing} of ${rows} values missing (${percent(missing / rows)})`);
  const distinct = column.distinctValues.size;
  if (type === 'string' && distinct <= ENUM_LIMIT && column.values >= 2 * distinct && distinct > 0) {
    constraints.enum = [...column.distinctValues.keys()].sort();
  }
  if ((type === 'integer' || type === 'number') && column.min <= column.max) {
    notes.push(
      `observed range ${column.min} .. ${column.max} (add minimum/maximum if these are the real limits)`,
    );
  }
  if (type === 'date' && column.minText !== undefined)
    notes.push(`observed ${column.minText} .. ${column.maxText}`);
  if (type === 'string' && !constraints.enum && column.maxLength >= 0) {
    notes.push(`observed length ${column.minLength} .. ${column.maxLength}`);
  }
  const estimate = Math.min(column.distinct.estimate(), column.values);
  if (column.values > 100 && estimate >= 0.98 * column.values && type !== 'number') {
    notes.push(`about ${estimate} distinct of ${column.values} values: an id? (consider unique: true)`);
  }
  const descriptor: Record<string, unknown> = { name: column.name, type };
  if (Object.keys(constraints).length > 0) descriptor.constraints = constraints;
  return { descriptor, notes };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share < 0.01 ? 2 : 1)} %`;
}

/** The draft as YAML, with the header and each field's notes as comments for the reviewer. */
export function draftToYaml(draft: DraftSchema): string {
  const doc = new Document({
    $schema: SCHEMA_URL,
    ...schemaKeys(draft),
    fields: draft.fields.map((field) => field.descriptor),
  });
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && YAML11_TRAPS.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  doc.commentBefore = [
    ` Draft Table Schema written by \`mlci infer-schema\` from ${draft.files.join(', ')} (${draft.rows} rows).`,
    ' Review it before it gates anything: types, required and enum come from this sample only;',
    ' the comments above each field are observations, not constraints.',
  ].join('\n');
  const fields = doc.get('fields') as { items: YAMLMap[] };
  draft.fields.forEach((field, i) => {
    if (field.notes.length > 0)
      fields.items[i]!.commentBefore = field.notes.map((note) => ` ${note}`).join('\n');
  });
  return doc.toString({ lineWidth: 0 });
}

/** The draft as JSON (no comments in JSON: the notes go into each field's `description`). */
export function draftToJson(draft: DraftSchema): string {
  const fields = draft.fields.map(({ descriptor, notes }) =>
    notes.length > 0 ? { ...descriptor, description: `mlci infer-schema: ${notes.join('; ')}` } : descriptor,
  );
  return `${JSON.stringify({ $schema: SCHEMA_URL, ...schemaKeys(draft), fields }, null, 2)}\n`;
}
