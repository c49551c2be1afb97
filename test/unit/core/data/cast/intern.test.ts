import { describe, expect, test } from '@jest/globals';
import { InternTable } from '../../../../../src/core/data/cast/intern.js';

describe('InternTable', () => {
  test('keeps its own copy of the bytes: a reused Buffer (the CSV chunk) does not rewrite the key', () => {
    const table = new InternTable(16);
    const chunk = Buffer.from('cat_a,xyz');
    table.add(chunk, 0, 5, 'cat_a');
    expect(table.get(chunk, 0, 5)).toBe('cat_a');
    chunk.write('cat_b,xyz'); // the reader refills the same buffer with the next chunk
    expect(table.get(chunk, 0, 5)).toBeUndefined();
    table.add(chunk, 0, 5, 'cat_b');
    chunk.write('cat_a,xyz');
    expect(table.get(chunk, 0, 5)).toBe('cat_a');
    expect(table.get(Buffer.from('cat_b'), 0, 5)).toBe('cat_b');
    expect(table.size).toBe(2);
  });

  test('bounded: once full, lookups work and nothing is added; long values are not kept', () => {
    const table = new InternTable(2, 4);
    const bytes = Buffer.from('a,b,c,longer');
    table.add(bytes, 0, 1, 'a');
    table.add(bytes, 2, 3, 'b');
    table.add(bytes, 4, 5, 'c');
    expect([table.get(bytes, 0, 1), table.get(bytes, 2, 3), table.get(bytes, 4, 5)]).toEqual([
      'a',
      'b',
      undefined,
    ]);
    const wide = new InternTable(8, 4);
    wide.add(bytes, 6, 12, 'longer');
    expect(wide.get(bytes, 6, 12)).toBeUndefined();
  });
});
