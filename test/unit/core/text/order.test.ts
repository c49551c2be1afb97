import { rmSync } from 'node:fs';
import { expect, jest, test } from '@jest/globals';
import { byCodeUnits } from '../../../../src/core/text/order.js';
import { runValidateData } from '../../../support/validate-data-run.js';

test('code-unit order: the same on every machine, whatever the locale', () => {
  // localeCompare puts "a" before "B" and "ä" next to "a"; code units do neither, on any runner.
  const words = ['type-error', 'B', 'a', 'ä', 'z', 'blank-row', 'Z', ''];
  expect([...words].sort(byCodeUnits)).toEqual(['', 'B', 'Z', 'a', 'blank-row', 'type-error', 'z', 'ä']);
  expect(byCodeUnits('x', 'x')).toBe(0);
});

test('a validation report is ordered without localeCompare (its first call loads ICU collation data)', async () => {
  const spy = jest.spyOn(String.prototype, 'localeCompare');
  try {
    const r = await runValidateData(
      {
        'd.csv': 'id,kind\n1,a\nx,b\n3,zz\n3,a\n',
        's.yaml':
          'fields:\n  - {name: id, type: integer}\n  - {name: kind, type: string, constraints: {enum: [a, b]}}\nprimaryKey: [id]\n',
      },
      { data: 'd.csv', schema: 's.yaml' },
    );
    rmSync(r.dir, { recursive: true, force: true });
    // Three error types on two rows (one row has two): sorted by type name and by position.
    expect(Object.keys(r.report!.errorCounts)).toEqual(['constraint-error', 'primary-key', 'type-error']);
    expect(r.report!.errors.map((e) => [e.row, e.type])).toEqual([
      [3, 'type-error'],
      [4, 'constraint-error'],
      [5, 'primary-key'],
    ]);
    expect(spy).not.toHaveBeenCalled();
  } finally {
    spy.mockRestore();
  }
});
