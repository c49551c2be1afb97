import { describe, expect, test } from '@jest/globals';
import { HashTable, KeyHasher } from '../../../../../src/core/data/validate/key-hash.js';
import { runValidateData } from '../../../../support/validate-data-run.js';
import { rmSync } from 'node:fs';

const hashOf = (value: unknown): [number, number] => {
  const hasher = new KeyHasher();
  hasher.add(value);
  return [hasher.h1, hasher.h2];
};

describe('the 64-bit key table keeps every key while it grows', () => {
  test('5,000 keys (the table starts at 4,096 slots and doubles twice): each repeat finds its first row', () => {
    const table = new HashTable();
    const n = 5000;
    const fresh = Array.from({ length: n }, (_, i) => table.insert(...hashOf(`id-${i}`), i + 2));
    expect(fresh.every((first) => first === -1)).toBe(true);
    const found = Array.from({ length: n }, (_, i) => table.insert(...hashOf(`id-${i}`), n + i + 2));
    expect(found).toEqual(Array.from({ length: n }, (_, i) => i + 2));
    expect(Array.from({ length: n }, (_, i) => table.has(...hashOf(`id-${i}`))).every(Boolean)).toBe(true);
    expect(table.has(...hashOf('id-5000'))).toBe(false);
  });

  test.each([
    [
      'unique',
      'fields:\n  - {name: id, type: integer, constraints: {unique: true}}\n  - {name: v, type: string}\n',
      'unique-error',
    ],
    [
      'primary key',
      'fields:\n  - {name: id, type: integer}\n  - {name: v, type: string}\nprimaryKey: [id]\n',
      'primary-key',
    ],
    [
      'duplicate rows',
      'fields:\n  - {name: id, type: integer}\n  - {name: v, type: string}\nchecks:\n  duplicateRows: true\n',
      'duplicate-row',
    ],
  ])(
    '%s: keys repeated after 3,000 rows (past the table growths) are all caught',
    async (_what, schema, type) => {
      const rows = Array.from({ length: 3000 }, (_, i) => `${i},v${i}`);
      // Every 10th key again: 300 repeats, rows 3002.. repeat rows 2, 12, 22, … (the header is row 1).
      for (let i = 0; i < 3000; i += 10) rows.push(`${i},v${i}`);
      const run = await runValidateData(
        { 'd.csv': `id,v\n${rows.join('\n')}\n`, 's.yaml': schema },
        { data: 'd.csv', schema: 's.yaml', workers: '1', 'max-errors': '1000' },
      );
      try {
        expect(run.report!.errorCounts).toEqual({ [type]: 300 });
        expect(run.report!.errors.map((e) => [e.row, /repeats row (\d+)/.exec(e.message)?.[1]])).toEqual(
          Array.from({ length: 300 }, (_, k) => [3002 + k, String(2 + 10 * k)]),
        );
      } finally {
        rmSync(run.dir, { recursive: true, force: true });
      }
    },
  );
});
