// Issue 9 §5: every cast is linear in the cell's length (cells up to 16 MiB are allowed). Each case is a
// malformed cell built to make a backtracking pattern try every split; the time for 8n against n must
// grow about 8x, not 64x. Each of these failed (ratio 64–100) before the patterns were made unambiguous.
import { describe, expect, test } from '@jest/globals';
import { INVALID } from '../../../../../src/core/data/cast/bytes.js';
import { textCaster } from '../../../../../src/core/data/cast/text.js';
import type { Field } from '../../../../../src/core/data/table-schema/types.js';
import { growthRatio, LINEAR_RATIO } from '../../../../support/linear-time.js';

const field = (extra: Partial<Field>): Field =>
  ({ name: 'x', type: 'string', format: 'default', ...extra }) as Field;

const CASES: [string, Partial<Field>, (n: number) => string][] = [
  ['number: digits then junk', { type: 'number' }, (n) => `${'1'.repeat(n)}x`],
  ['number with groupChar', { type: 'number', groupChar: ',' }, (n) => `${'1,'.repeat(n)}x`],
  ['number, bareNumber false', { type: 'number', bareNumber: false }, (n) => `1${'a'.repeat(n)}1x`],
  ['integer', { type: 'integer' }, (n) => `${'1'.repeat(n)}x`],
  ['email', { format: 'email' }, (n) => `a@${'a.'.repeat(n)} `],
  ['uri', { format: 'uri' }, (n) => `a:${'a'.repeat(n)} `],
  ['binary', { format: 'binary' }, (n) => `${'A'.repeat(n)}!`],
  ['geopoint', { type: 'geopoint' }, (n) => `${'1'.repeat(n)},${'1'.repeat(n)}x`],
  ['list of numbers', { type: 'list', itemType: 'number' }, (n) => `${'1,'.repeat(n)}x`],
  ['duration', { type: 'duration' }, (n) => `P${'1'.repeat(n)}x`],
  ['datetime, format any', { type: 'datetime', format: 'any' }, (n) => `${'1'.repeat(n)}x`],
];

describe('casts run in time linear in the cell', () => {
  test.each(CASES)('%s', (_name, extra, make) => {
    const cast = textCaster(field(extra));
    expect(cast(make(1000))).toBe(INVALID);
    expect(growthRatio(make, (text) => cast(text), 2000)).toBeLessThan(LINEAR_RATIO);
  });

  test('the email check still takes what the pattern took', () => {
    const email = textCaster(field({ format: 'email' }));
    for (const ok of ['a@b.c', 'first.last@example.co.uk', 'x+y@d.e.f']) expect(email(ok)).toBe(ok);
    for (const bad of ['a@b', 'a@.bc', 'a@bc.', '@b.c', 'a@b@c.d', 'a b@c.d', 'a@b.c ', ''])
      expect(email(bad)).toBe(INVALID);
  });
});
