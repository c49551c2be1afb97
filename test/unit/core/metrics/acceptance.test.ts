import { expect, test } from '@jest/globals';
import { type Acceptance, acceptanceFor, parseAcceptance } from '../../../../src/core/metrics/acceptance.js';

const SHA = 'a'.repeat(40);
const base: Acceptance = {
  kind: 'mlci/acceptance',
  version: 1,
  sha: SHA,
  metrics: ['accuracy'],
  reason: 'fairness fix',
  by: 'maint',
  permission: 'write',
  commentUrl: 'https://github.com/acme/widgets/pull/7#issuecomment-1',
  commentId: 1,
  pullRequest: 7,
  at: '2026-12-01T10:00:00Z',
};

test('a stored acceptance round-trips; anything else is not an acceptance', () => {
  expect(parseAcceptance(JSON.stringify(base))).toEqual(base);
  for (const bad of [
    '',
    'not json',
    '[]',
    JSON.stringify({ ...base, kind: 'mlci/other' }),
    JSON.stringify({ ...base, version: 2 }),
    JSON.stringify({ ...base, sha: 'HEAD' }),
    JSON.stringify({ ...base, metrics: 'accuracy' }),
    JSON.stringify({ ...base, metrics: [''] }),
    JSON.stringify({ ...base, commentId: '1' }),
    JSON.stringify({ ...base, by: undefined }),
  ])
    expect(parseAcceptance(bad)).toBeUndefined();
});

test('an acceptance applies only to its commit and its metrics; the newest wins', () => {
  const later = { ...base, reason: 'second thoughts', at: '2026-12-01T11:00:00Z' };
  const all = [base, later, { ...base, sha: 'b'.repeat(40), metrics: ['f1'] }];
  expect(acceptanceFor(all, SHA, 'accuracy')?.reason).toBe('second thoughts');
  expect(acceptanceFor(all, SHA, 'f1')).toBeUndefined();
  expect(acceptanceFor(all, 'b'.repeat(40), 'accuracy')).toBeUndefined();
  expect(acceptanceFor(all, 'b'.repeat(40), 'f1')?.metrics).toEqual(['f1']);
});
