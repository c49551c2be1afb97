import { expect, test } from '@jest/globals';
import { planRollback, productionBefore } from '../../../../src/core/release/promotion.js';
import { digestOf, sampleRecord } from '../../../support/release-record.js';

const img = (n: number, tags: string[]) => ({
  reference: `r/m@${digestOf(n)}`,
  digest: digestOf(n),
  tags,
  rebuild: null,
});
const v130 = sampleRecord({
  tag: 'v1.3.0',
  release: '1.3.0',
  releasedAt: '2027-02-01T00:00:00Z',
  image: img(3, ['1.3.0', '1.3', '1']),
});
const v140 = sampleRecord({
  tag: 'v1.4.0',
  release: '1.4.0',
  releasedAt: '2027-03-01T00:00:00Z',
  image: img(4, ['1.4.0', '1.4', '1', 'latest']),
});

test('production before a release, and before it again on a rerun after it was recorded', () => {
  expect(productionBefore([v140, v130], 'v1.5.0')).toBe(v140);
  expect(productionBefore([v140, v130], 'v1.4.0')).toBe(v130);
  expect(productionBefore([v130], 'v1.3.0')).toBeUndefined();
});

test('a rollback re-points the moving tags of current production under its own tag', () => {
  expect(planRollback([v140, v130], 'v1.3.0')).toEqual({
    target: v130,
    from: v140,
    tags: ['1.4', '1', 'latest'],
    tag: 'rollback-1-v1.3.0',
  });
});

test('a rerun converges on the recorded rollback; the second rollback gets the next number', () => {
  const back = sampleRecord({
    tag: 'rollback-1-v1.3.0',
    release: '1.3.0',
    releasedAt: '2027-03-02T00:00:00Z',
    image: img(3, ['1.4', '1', 'latest']),
    rollback: { to: { tag: 'v1.3.0', version: '1.3.0', digest: digestOf(3) } },
  });
  expect(planRollback([back, v140, v130], 'v1.3.0')).toEqual({
    target: v130,
    from: v140,
    tags: ['1.4', '1', 'latest'],
    tag: 'rollback-1-v1.3.0',
    converging: back,
  });
  const v150 = sampleRecord({
    tag: 'v1.5.0',
    release: '1.5.0',
    releasedAt: '2027-04-01T00:00:00Z',
    image: img(5, ['1.5.0', '1.5', '1']),
  });
  expect(planRollback([v150, back, v140, v130], 'v1.3.0')).toMatchObject({
    from: v150,
    tags: ['1.5', '1'],
    tag: 'rollback-2-v1.3.0',
  });
});

test('no such release, a rollback record as target, or the release already in production', () => {
  expect(planRollback([v140, v130], 'v0.9.0')).toBe(
    'no production release v0.9.0 to roll back to (recorded: v1.4.0, v1.3.0)',
  );
  expect(planRollback([v140, v130], 'v1.4.0')).toBe('v1.4.0 is already in production');
});
