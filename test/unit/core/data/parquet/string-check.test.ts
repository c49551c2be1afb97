import { describe, expect, test } from '@jest/globals';
import { StringCheck } from '../../../../../src/core/data/parquet/string-check.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { FieldChecker } from '../../../../../src/core/data/validate/field-checker.js';
import { seededRandom } from '../../../../support/seeded-random.js';

// A plain page's strings checked at once by the WebAssembly (values) give what checking them one by one
// gives (value): the same failures at the same positions with the same texts, the same missing count.

function checkerOf(field: Record<string, unknown>, missingValues?: string[]) {
  const schema = loadTableSchema(
    parseSourceDoc('s.json', JSON.stringify({ fields: [{ name: 'f', ...field }], missingValues })),
  );
  return new FieldChecker(schema.fields[0]!, {
    missingValues: schema.missingValues,
    compileJsonSchema: () => () => true,
  });
}

/** A PLAIN page: `skip` bytes of something else, then each value as a u32 length and its UTF-8. */
function page(values: readonly string[], skip = 3): Uint8Array {
  const parts = values.map((value) => {
    const bytes = Buffer.from(value, 'utf8');
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32LE(bytes.length);
    return Buffer.concat([prefix, bytes]);
  });
  return new Uint8Array(Buffer.concat([Buffer.alloc(skip, 0xee), ...parts]));
}

function outcome(check: StringCheck) {
  return {
    failed: [...check.failed],
    texts: check.failed.map((_, j) => check.text(j)),
    missing: check.missing,
  };
}

/** The same page through values() and through value() one at a time, from chunk position `first`. */
function both(field: Record<string, unknown>, values: readonly string[], missingValues?: string[]) {
  const bytes = page(values);
  const batch = new StringCheck(checkerOf(field, missingValues), undefined, 1000, {});
  expect(batch.values(bytes, 3, values.length, 10)).toBe(true);
  const single = new StringCheck(checkerOf(field, missingValues), undefined, 1000, {});
  let p = 3;
  values.forEach((value, i) => {
    const length = Buffer.byteLength(value);
    single.value(bytes, p + 4, p + 4 + length, 10 + i);
    p += 4 + length;
  });
  expect(outcome(batch)).toEqual(outcome(single));
  return outcome(batch);
}

describe('StringCheck.values: a plain page at once', () => {
  test('failures, missing values and passes in page order, for each type', () => {
    const ints = both(
      { type: 'integer', constraints: { minimum: 0 } },
      ['1', '-1', '', 'x', '42', 'NA', '007'],
      ['', 'NA'],
    );
    expect(ints).toEqual({ failed: [11, 13], texts: ['-1', 'x'], missing: 2 });
    both({ type: 'number', constraints: { maximum: 1 } }, ['0.5', '1.5', '1e-3', 'NaN', '.', '0.25']);
    both({ type: 'date' }, ['2024-02-29', '2023-02-29', '2024-13-01', '', '1999-12-31']);
    both({ type: 'datetime' }, [
      '2024-01-01T00:00:00Z',
      '2024-01-01 00:00:00',
      '2024-01-01T00:00:00.5+01:00',
    ]);
    both({ type: 'boolean' }, ['true', 'yes', 'FALSE', '0', '2']);
    both({ type: 'string', constraints: { enum: ['books', 'toys', 'a longer member'] } }, [
      'books',
      'book',
      'zzz',
      'a longer member',
      'a longer membe',
    ]);
    both({ type: 'string', constraints: { maxLength: 3 } }, ['abc', 'abcd', 'ééé', 'é']);
  });

  test('fuzz: random pages of good and bad values', () => {
    const random = seededRandom(7);
    const pool = [
      '0',
      '17',
      '-3',
      '2.5',
      'x',
      '',
      'NA',
      '2024-01-31',
      '2024-02-30',
      'true',
      'books',
      'é',
      '1e400',
      ' 1',
    ];
    const fields = [
      { type: 'integer', constraints: { minimum: -1, maximum: 20 } },
      { type: 'number' },
      { type: 'date' },
      { type: 'boolean' },
      { type: 'string', constraints: { enum: ['books', 'x'] } },
      { type: 'string', constraints: { maxLength: 1 } },
    ];
    let failures = 0;
    for (let round = 0; round < 60; round++) {
      const values = Array.from(
        { length: 1 + Math.floor(random() * 200) },
        () => pool[Math.floor(random() * pool.length)]!,
      );
      for (const field of fields) failures += both(field, values, ['', 'NA']).failed.length;
    }
    expect(failures).toBeGreaterThan(100);
  });

  test('a length past the end of the page: not taken (the reader reports it)', () => {
    const bytes = page(['abc', 'de']);
    const cut = bytes.subarray(0, bytes.length - 1);
    const check = new StringCheck(
      checkerOf({ type: 'string', constraints: { maxLength: 1 } }),
      undefined,
      10,
      {},
    );
    expect(check.values(cut, 3, 2, 0)).toBe(false);
    expect(check.failed).toEqual([]);
    // A page header's count of values more than its bytes can hold: no room is made for them.
    expect(check.values(bytes, 3, 2 ** 30, 0)).toBe(false);
  });

  test('the label column is not taken: its classes are counted one value at a time', () => {
    const state = { countLabelOf: () => undefined } as never;
    const check = new StringCheck(checkerOf({ type: 'string' }), state, 10, {});
    expect(check.values(page(['a', 'b']), 3, 2, 0)).toBe(false);
  });
});
