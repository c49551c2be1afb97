import { describe, expect, test } from '@jest/globals';
import { compileConstraints } from '../../../../../src/core/data/cast/constraints.js';
import { textCaster } from '../../../../../src/core/data/cast/text.js';
import type { Constraints, Field } from '../../../../../src/core/data/table-schema/types.js';

const check = (constraints: Constraints) => {
  const field: Field = { name: 'x', type: 'number', format: 'default', constraints, raw: {} };
  return compileConstraints(field, textCaster(field), () => () => true)!;
};

describe('numeric bounds with the number specials (Table Schema: NaN, INF, -INF are numbers)', () => {
  test.each([
    [{ minimum: 0 }, 'minimum'],
    [{ maximum: 1 }, 'maximum'],
    [{ exclusiveMinimum: 0 }, 'exclusiveMinimum'],
    [{ exclusiveMaximum: 1 }, 'exclusiveMaximum'],
    [{ minimum: 0, maximum: 1 }, 'minimum'],
  ])('NaN fails %j (every comparison with NaN is false, so it would pass)', (bounds, failed) => {
    expect(check(bounds)(Number.NaN)).toBe(failed);
    expect(check(bounds)(0.5)).toBeUndefined();
  });

  test('INF and -INF are compared with the declared bounds only', () => {
    expect(check({ maximum: 1 })(Number.POSITIVE_INFINITY)).toBe('maximum');
    expect(check({ maximum: 1 })(Number.NEGATIVE_INFINITY)).toBeUndefined();
    expect(check({ exclusiveMinimum: 0 })(Number.NEGATIVE_INFINITY)).toBe('exclusiveMinimum');
    expect(check({ exclusiveMinimum: 0 })(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(check({ minimum: '-INF' })(Number.NEGATIVE_INFINITY)).toBeUndefined();
  });
});
