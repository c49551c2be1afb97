import { describe, expect, test } from '@jest/globals';
import { ErrorCollector } from '../../../../../src/core/data/validate/error-collector.js';
import { KeyChecks } from '../../../../../src/core/data/validate/key-checks.js';
import { HashTable } from '../../../../../src/core/data/validate/key-hash.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';

const schemaOf = (doc: object) => loadTableSchema(parseSourceDoc('s.json', JSON.stringify(doc)));

describe('KeyChecks: key sets over the same fields share one table', () => {
  // unique on id, primaryKey [id] and uniqueKeys [[id]] are one key: each still reports its own error type,
  // naming the first row that had the value (not the row itself, which a second insert would return).
  test('each set reports every repeat with the first row; null keys are skipped by all', () => {
    const schema = schemaOf({
      fields: [
        { name: 'id', type: 'integer', constraints: { unique: true } },
        { name: 'code', type: 'string' },
      ],
      primaryKey: ['id'],
      uniqueKeys: [['id'], ['code', 'id']],
    });
    const checks = new KeyChecks(schema, true);
    const errors = new ErrorCollector();
    const rows: [number | null, string][] = [
      [1, 'a'],
      [2, 'b'],
      [1, 'c'],
      [null, 'd'],
      [null, 'd'],
      [2, 'b'],
    ];
    for (const [i, [id, code]] of rows.entries())
      checks.row([id, code], `${id},${code}`, i + 2, i + 2, errors, 'd.csv');
    checks.finish(errors, 'd.csv'); // the last batch of rows is inserted and reported here
    const found = (type: string) => errors.samples.get(type)?.map((e) => [e.row, e.message]);
    expect(found('primary-key')).toEqual([
      [4, '(id) value 1 repeats row 2'],
      [7, '(id) value 2 repeats row 3'],
    ]);
    // unique on id, uniqueKeys [id] (the same key: reported by each), then [code, id] at row 7 only.
    expect(found('unique-error')).toEqual([
      [4, '(id) value 1 repeats row 2'],
      [4, '(id) value 1 repeats row 2'],
      [7, '(id) value 2 repeats row 3'],
      [7, '(id) value 2 repeats row 3'],
      [7, '(code, id) repeats row 3'],
    ]);
    expect(found('duplicate-row')).toEqual([
      [6, 'row repeats row 5'],
      [7, 'row repeats row 3'],
    ]);
  });
});

describe('HashTable', () => {
  test('keeps the first row of every hash through growth, and tells new from seen', () => {
    const table = new HashTable();
    const n = 50_000;
    const h = (i: number) => [Math.imul(i, 0x9e3779b1), Math.imul(i ^ 0x5bd1e995, 0x85ebca6b)] as const;
    const wrong: number[] = [];
    for (let i = 0; i < n; i++) if (table.insert(...h(i), i + 2) !== -1) wrong.push(i);
    for (let i = 0; i < n; i += 7) if (table.insert(...h(i), n + i) !== i + 2) wrong.push(i);
    expect(wrong).toEqual([]);
    expect(table.has(...h(n + 1))).toBe(false);
    expect(table.has(...h(n - 1))).toBe(true);
  });
});
