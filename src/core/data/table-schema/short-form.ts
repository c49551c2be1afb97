type Json = Record<string, unknown>;
type Fail = (path: (string | number)[], message: string, hint?: string) => never;

const ALIASES: Readonly<Record<string, string>> = {
  int: 'integer',
  float: 'number',
  double: 'number',
  bool: 'boolean',
  str: 'string',
  text: 'string',
  timestamp: 'datetime',
};
const STRING_FORMATS = ['email', 'uri', 'uuid', 'binary'];
const OPS: Readonly<Record<string, string>> = {
  '>=': 'minimum',
  '>': 'exclusiveMinimum',
  '<=': 'maximum',
  '<': 'exclusiveMaximum',
};
const HINT =
  'write e.g. `amount: number! >= 0`, `score: number 0..1`, `code: string /[A-Z]{3}/`, `kind: [a, b]`';

/** True for the short YAML form: `columns:` instead of `fields:`. */
export function isShortForm(value: Json): boolean {
  return value.columns !== undefined && value.fields === undefined;
}

/**
 * Compiles the short form to a Table Schema descriptor:
 *
 *   columns:
 *     id: integer! unique          -> {name: id, type: integer, constraints: {required: true, unique: true}}
 *     amount: number >= 0          -> constraints {minimum: 0}
 *     score: number 0..1           -> constraints {minimum: 0, maximum: 1}
 *     code: string /[A-Z]{3}/      -> constraints {pattern: "[A-Z]{3}"}
 *     name: string len 1..40       -> constraints {minLength: 1, maxLength: 40}
 *     category: [a, b, c]          -> type string, constraints {enum: [a, b, c]}
 *     ts: {type: datetime, ...}    -> a full field descriptor
 *
 * Other top-level keys (primaryKey, missingValues, checks, ...) pass through unchanged.
 */
export function compileShortForm(value: Json, fail: Fail): Json {
  const { columns, ...rest } = value;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
    return fail(['columns'], '`columns` must map column names to types', HINT);
  const fields = Object.entries(columns as Json).map(([name, spec]) => compileColumn(name, spec, fail));
  return { ...rest, fields };
}

function compileColumn(name: string, spec: unknown, fail: Fail): Json {
  const at = ['columns', name];
  if (Array.isArray(spec)) {
    const type = spec.every((item) => Number.isInteger(item)) ? 'integer' : 'string';
    return { name, type, constraints: { enum: type === 'string' ? spec.map(String) : spec } };
  }
  if (typeof spec === 'object' && spec !== null) return { name, ...(spec as Json) };
  if (typeof spec !== 'string')
    return fail(at, `column "${name}": expected a type, a list or a descriptor`, HINT);
  const constraints: Json = {};
  const field: Json = { name, constraints };
  const tokens = tokenize(spec);
  const head = tokens.shift() ?? '';
  const required = head.endsWith('!');
  const typeName = head.replace(/[!?]$/, '');
  field.type = ALIASES[typeName] ?? typeName;
  if (required) constraints.required = true;
  while (tokens.length > 0) {
    const token = tokens.shift()!;
    const op = /^(>=|<=|>|<)(.*)$/.exec(token);
    const range = /^(-?[^.]+(?:\.\d+)?)\.\.(-?.+)$/.exec(token);
    if (token === 'unique') constraints.unique = true;
    else if (token === 'required') constraints.required = true;
    else if (STRING_FORMATS.includes(token)) field.format = token;
    else if (token.startsWith('format=')) field.format = token.slice(7);
    else if (token.length > 1 && token.startsWith('/') && token.endsWith('/'))
      constraints.pattern = token.slice(1, -1);
    else if (token === 'len') {
      const bounds = /^(\d*)\.\.(\d*)$/.exec(tokens.shift() ?? '');
      if (!bounds) return fail(at, `column "${name}": \`len\` takes a range such as 1..40`, HINT);
      if (bounds[1]) constraints.minLength = Number(bounds[1]);
      if (bounds[2]) constraints.maxLength = Number(bounds[2]);
    } else if (op) {
      const operand = op[2] || tokens.shift();
      if (!operand) return fail(at, `column "${name}": \`${op[1]}\` needs a value`, HINT);
      constraints[OPS[op[1]!]!] = literal(operand);
    } else if (range) {
      constraints.minimum = literal(range[1]!);
      constraints.maximum = literal(range[2]!);
    } else return fail(at, `column "${name}": cannot read "${token}"`, HINT);
  }
  return field;
}

// Splits on spaces but keeps /regex with spaces/ together.
function tokenize(spec: string): string[] {
  const tokens: string[] = [];
  const text = spec.trim();
  const re = /\/(?:\\.|[^/\\])*\/|\S+/g;
  for (let match = re.exec(text); match; match = re.exec(text)) tokens.push(match[0]);
  return tokens;
}

function literal(text: string): number | string {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? value : text;
}
