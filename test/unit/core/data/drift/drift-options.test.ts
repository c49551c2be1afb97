import { describe, expect, test } from '@jest/globals';
import { readDriftOptions } from '../../../../../src/core/data/drift/drift-options.js';
import { DEFAULT_THRESHOLDS, thresholdsFor } from '../../../../../src/core/data/drift/thresholds.js';

describe('readDriftOptions', () => {
  const where = { file: 'checks.yaml' };

  test('defaults and per-column thresholds, null turning a metric off', () => {
    const options = readDriftOptions(
      { defaults: { psi: 0.2 }, columns: { amount: { wasserstein: 0.05, linf: null } } },
      where,
    );
    expect(thresholdsFor('amount', options.defaults, options.columns)).toEqual({
      ...DEFAULT_THRESHOLDS,
      psi: 0.2,
      wasserstein: 0.05,
      linf: null,
    });
    expect(thresholdsFor('other', options.defaults, options.columns).wasserstein).toBe(0.1);
    // A column named like an Object.prototype key is just a name.
    expect(thresholdsFor('toString', options.defaults, options.columns).psi).toBe(0.2);
  });

  test.each([
    [{ default: {} }, /unknown key `default`/],
    [{ columns: { a: { wasserstien: 0.1 } } }, /unknown metric `wasserstien` in `columns\.a`/],
    [{ defaults: { psi: -1 } }, /`defaults\.psi` must be a number ≥ 0 or null, got -1/],
    [{ defaults: { psi: '0.1' } }, /got "0\.1"/],
    [[1], /expected a mapping/],
  ])('%j is a usage error', (value, message) => {
    expect(() => readDriftOptions(value, where)).toThrow(message);
  });

  test('a where function gets the path of the offending key', () => {
    const paths: string[][] = [];
    const whereOf = (path: readonly string[]) => {
      paths.push([...path]);
      return { file: 'c.yaml', line: path.length };
    };
    expect(() => readDriftOptions({ columns: { a: { psi: 0.1, linf: -2 } } }, whereOf)).toThrow(
      expect.objectContaining({ where: { file: 'c.yaml', line: 3 } }),
    );
    expect(paths).toEqual([['columns', 'a', 'linf']]);
  });
});
