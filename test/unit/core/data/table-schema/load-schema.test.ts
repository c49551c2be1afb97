import { describe, expect, test } from '@jest/globals';
import { loadSchema } from '../../../../../src/core/data/table-schema/load-any.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { UsageError } from '../../../../../src/core/errors.js';

const load = (text: string, file = 'schema.yaml') => loadTableSchema(parseSourceDoc(file, text));

function schemaError(text: string, file = 'schema.yaml'): UsageError {
  try {
    load(text, file);
  } catch (thrown) {
    if (thrown instanceof UsageError) return thrown;
    throw thrown;
  }
  throw new Error('expected a schema error');
}

describe('Table Schema loading', () => {
  test('v2 in JSON with keys, missingValues and fieldsMatch', () => {
    const schema = load(
      JSON.stringify({
        $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
        fields: [
          { name: 'id', type: 'integer' },
          { name: 'parent', type: 'integer' },
          { name: 'score', type: 'number', missingValues: ['NA'] },
        ],
        missingValues: ['', '-'],
        primaryKey: ['id'],
        uniqueKeys: [['id', 'parent']],
        foreignKeys: [{ fields: ['parent'], reference: { fields: ['id'] } }],
        fieldsMatch: 'equal',
      }),
      'schema.json',
    );
    expect(schema.fieldsMatch).toBe('equal');
    expect(schema.missingValues).toEqual(['', '-']);
    expect(schema.fields[0]!.constraints.required).toBe(true); // primary key fields are required
    expect(schema.fields[2]!.missingValues).toEqual(['NA']);
    expect(schema.foreignKeys[0]).toEqual({
      fields: ['parent'],
      resource: undefined,
      referenceFields: ['id'],
    });
  });

  test('v1 forms: string primaryKey, string FK fields, resource "", fmt: prefix, {value} missing values', () => {
    const schema = load(`
fields:
  - {name: id, type: integer}
  - {name: boss, type: integer}
  - {name: day, type: date, format: "fmt:%d/%m/%Y"}
primaryKey: id
missingValues: [{value: "n/a", label: "not available"}]
foreignKeys:
  - fields: boss
    reference: {resource: "", fields: id}
`);
    expect(schema.primaryKey).toEqual(['id']);
    expect(schema.fields[2]!.format).toBe('%d/%m/%Y');
    expect(schema.missingValues).toEqual(['n/a']);
    expect(schema.foreignKeys[0]!.referenceFields).toEqual(['id']);
  });

  test('a type that does not exist points at its line and suggests a fix', () => {
    const error = schemaError('fields:\n  - name: id\n    type: integr\n');
    expect(error.message).toMatch(/unknown type "integr" — did you mean `integer`/);
    expect(error.where).toEqual({ file: 'schema.yaml', line: 3, column: 11 });
    expect(error.exitCode).toBe(2);
  });

  test('schema errors with their lines', () => {
    expect(schemaError('fields:\n  - {name: a, type: string}\nprimaryKey: [b]\n').where?.line).toBe(3);
    expect(schemaError('fields:\n  - {name: a, type: string, constraints: {minimum: 1}}\n').message).toMatch(
      /constraint minimum does not apply to type string/,
    );
    expect(
      schemaError('fields:\n  - {name: a, type: string, constraints: {pattern: "(a"}}\n').message,
    ).toMatch(/pattern does not compile/);
    expect(schemaError('fields:\n  - {name: a}\n  - {name: a}\n').where?.line).toBe(3);
    expect(schemaError('fields: {a: 1}\n').message).toMatch(/missing `fields`/);
    expect(schemaError('fields:\n  - {name: a, type: string, constraints: {unique: yes}}\n').message).toMatch(
      /true or false/,
    );
    expect(schemaError('{"fields": [ {"name": "a", "type": "strin"} ]}', 's.json').where).toEqual({
      file: 's.json',
      line: 1,
      column: 36,
    });
    expect(schemaError('fields: [\n').message).toMatch(/cannot parse schema.yaml/);
  });

  test('YAML hazards: duplicate keys and alias bombs are schema errors', () => {
    expect(schemaError('fields: []\nfields: []\n').message).toMatch(/cannot parse/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    bomb.push('fields: []');
    expect(() => load(bomb.join('\n'))).toThrow(UsageError);
  });

  test('the short form compiles to Table Schema', () => {
    const schema = load(`
columns:
  id: int! unique
  amount: number >= 0
  score: number 0..1
  code: string /[A-Z]{3}/ len 3..3
  email: string email
  kind: [a, b]
  level: [1, 2, 3]
  ts: {type: datetime}
primaryKey: [id]
`);
    const byName = Object.fromEntries(schema.fields.map((f) => [f.name, f]));
    expect(byName.id!.type).toBe('integer');
    expect(byName.id!.constraints).toEqual({ required: true, unique: true });
    expect(byName.amount!.constraints).toEqual({ minimum: 0 });
    expect(byName.score!.constraints).toEqual({ minimum: 0, maximum: 1 });
    expect(byName.code!.constraints).toEqual({ pattern: '[A-Z]{3}', minLength: 3, maxLength: 3 });
    expect(byName.email!.format).toBe('email');
    expect(byName.kind!.constraints.enum).toEqual(['a', 'b']);
    expect(byName.level!.type).toBe('integer');
    expect(byName.ts!.type).toBe('datetime');
  });

  test('a bad short-form column points at its line', () => {
    const error = schemaError('columns:\n  id: integer\n  amount: number >=\n');
    expect(error.message).toMatch(/`>=` needs a value/);
    expect(error.where?.line).toBe(3);
  });

  test('a JSON Schema is told apart from a Table Schema; a broken one fails at load', async () => {
    const loaded = await loadSchema(
      parseSourceDoc('r.json', '{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object"}'),
    );
    expect(loaded.record).toBeDefined();
    await expect(
      loadSchema(parseSourceDoc('r.json', '{"type":"object","properties":{"a":{"type":"nope"}}}')),
    ).rejects.toThrow(/invalid JSON Schema/);
    await expect(loadSchema(parseSourceDoc('x.yaml', 'hello: 1'))).rejects.toThrow(/expected `fields`/);
  });
});
