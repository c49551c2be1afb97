import { describe, expect, test } from '@jest/globals';
import type { Field } from '../../../../../src/core/data/table-schema/types.js';
import { FieldChecker } from '../../../../../src/core/data/validate/field-checker.js';

// checkJsonNumber is checkNative(n, true) without boxing: every outcome must be the same. Fields are
// built directly (not loaded): constraints a schema file may not give a type must not matter either.
const FIELDS: Field[] = (
  [
    { name: 'a', type: 'number' },
    { name: 'b', type: 'integer' },
    { name: 'c', type: 'number', constraints: { minimum: 0, maximum: 1 } },
    { name: 'd', type: 'integer', constraints: { exclusiveMinimum: -1, exclusiveMaximum: '10' } },
    { name: 'e', type: 'integer', constraints: { enum: [0, 1, '2'] } },
    { name: 'f', type: 'number', constraints: { enum: [0.5, true, null] } },
    { name: 'g', type: 'number', constraints: { minLength: 1 } },
    { name: 'h', type: 'number', constraints: { jsonSchema: { multipleOf: 2 } } },
    { name: 'i', type: 'integer', categories: [3, 4] },
    { name: 'j', type: 'year' },
    { name: 'k', type: 'string' },
    { name: 'l', type: 'boolean' },
    { name: 'm', type: 'any' },
    { name: 'n', type: 'number', constraints: { required: true, maximum: 5 } },
    { name: 'o', type: 'number', constraints: { pattern: '1' } },
  ] as const
).map((field) => ({ format: 'default', constraints: {}, raw: {}, ...field }) as unknown as Field);
const NUMBERS = [
  0,
  -0,
  1,
  2,
  0.5,
  -1,
  1.5,
  10,
  3,
  4,
  1e21,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 60),
  1e308,
  Infinity,
  -Infinity,
  5e-324,
];

describe('FieldChecker.checkJsonNumber', () => {
  test('the same status, value, failed constraint and note as checkNative(n, true)', () => {
    const options = {
      missingValues: [''],
      compileJsonSchema: (json: Readonly<Record<string, unknown>>) => (value: unknown) =>
        typeof value === 'number' && value % (json.multipleOf as number) === 0,
    };
    let differentOutcomes = 0;
    for (const field of FIELDS) {
      const fast = new FieldChecker(field, options);
      const slow = new FieldChecker(field, options);
      const outcomes = new Set<string>();
      for (const n of NUMBERS) {
        const want = slow.checkNative(n, true);
        const got = fast.checkJsonNumber(n);
        const outcome = (checker: FieldChecker, status: number) => [
          field.name,
          n,
          status,
          checker.value,
          checker.keyValue,
          status >= 2 ? checker.failed : '',
          checker.note,
        ];
        expect(outcome(fast, got)).toEqual(outcome(slow, want));
        outcomes.add(`${want} ${slow.failed}`);
        fast.note = slow.note = '';
      }
      if (outcomes.size > 1) differentOutcomes++;
    }
    expect(differentOutcomes).toBeGreaterThan(8); // the numbers do reach passes and failures of most fields
  });
});
