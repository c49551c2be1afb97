import { describe, expect, test } from '@jest/globals';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { compileTable } from '../../../../../src/core/data/validate/compile-table.js';
import { ErrorCollector } from '../../../../../src/core/data/validate/error-collector.js';
import { CELL } from '../../../../../src/core/data/validate/field-checker.js';
import { labelKey, TableState } from '../../../../../src/core/data/validate/table-state.js';
import { seededRandom } from '../../../../support/seeded-random.js';

describe('TableState: label classes', () => {
  // The state remembers the last label value's class and counts runs before adding them to the map:
  // whatever the order of values and reads, the counts must be those of counting every row at once.
  test('counts per class as a map updated on every row would, read at any time', () => {
    const schema = loadTableSchema(
      parseSourceDoc('s.json', JSON.stringify({ fields: [{ name: 'label', type: 'any' }] })),
    );
    const compiled = compileTable(schema, {
      compileJsonSchema: () => () => true,
      profiling: false,
      duplicateRows: false,
      labelField: 'label',
    });
    const state = new TableState({ schema, file: 'd', errors: new ErrorCollector(10), ...compiled });
    const checker = state.options.checkers[0]!;
    // Different values of one class (1 and "1", 0 and -0), values never equal to themselves (NaN).
    const values = [0, -0, 1, '1', 'a', true, 'true', Number.NaN, 2.5, '2.5', 'null'];
    const random = seededRandom(7);
    const want = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      // Runs of one value, as a label column often has.
      const value = values[Math.floor(random() * values.length)];
      for (let run = Math.floor(random() * 4); run >= 0; run--) {
        expect(checker.checkNative(value)).toBe(CELL.ok);
        if (random() < 0.5) state.ok(0);
        else state.cell(0, CELL.ok, i + 1, i + 1, () => '');
        want.set(labelKey(checker.value), (want.get(labelKey(checker.value)) ?? 0) + 1);
      }
      if (random() < 0.01) expect(new Map(state.labelCounts)).toEqual(want);
      if (random() < 0.01) {
        state.countLabel('merged', 3); // what a merge of another part's counts does
        want.set('merged', (want.get('merged') ?? 0) + 3);
      }
    }
    expect([...state.labelCounts]).toEqual([...want]);
    expect(want.size).toBeGreaterThan(5);
  });
});
