import { expect, test } from '@jest/globals';
import type { Acceptance } from '../../../../src/core/metrics/acceptance.js';
import type { ComparisonReport } from '../../../../src/core/metrics/report.js';
import { decideRelease } from '../../../../src/core/release/decision.js';

const SHA = 'a'.repeat(40);
const metric = (name: string, verdict: string) => ({
  name,
  candidate: 0.8,
  baseline: 0.9,
  delta: -0.1,
  interval: { lower: -0.15, upper: -0.05, level: 0.95, method: 'paired bootstrap' },
  verdict,
});
const report = (over: Partial<ComparisonReport>): ComparisonReport =>
  ({
    verdict: 'fail',
    reasons: ['accuracy: regressed'],
    failedMetrics: ['accuracy'],
    baseline: { source: 'release' },
    metrics: [metric('accuracy', 'fail'), metric('f1', 'pass')],
    ...over,
  }) as unknown as ComparisonReport;
const acceptance = (sha: string, metrics: string[]): Acceptance => ({
  kind: 'mlci/acceptance',
  version: 1,
  sha,
  metrics,
  reason: 'known trade-off',
  by: 'maint',
  permission: 'write',
  commentUrl: 'https://github.com/acme/widgets/pull/7#issuecomment-1',
  commentId: 1,
  pullRequest: 7,
  at: '2027-01-01T00:00:00Z',
});
const accept = { reason: 'approved by the risk board', by: 'alice', at: '2027-01-02T00:00:00Z' };

test('no production: first', () => {
  expect(decideRelease(report({ baseline: { source: 'none' } as never }), SHA, [], undefined).outcome).toBe(
    'first',
  );
});

test('a passing gate releases with the metrics and intervals', () => {
  const d = decideRelease(report({ verdict: 'pass', failedMetrics: [] }), SHA, [], undefined);
  expect(d.outcome).toBe('pass');
  expect(d.metrics[0]).toEqual({
    name: 'accuracy',
    value: 0.8,
    baseline: 0.9,
    delta: -0.1,
    interval: metric('a', '').interval,
    verdict: 'fail',
  });
});

test('a regression is refused without an acceptance, naming the metric and commit', () => {
  const d = decideRelease(report({}), SHA, [], undefined);
  expect(d.outcome).toBe('refused');
  expect(d.reasons[0]).toBe('regression in accuracy, and no acceptance for commit aaaaaaaaaaaa');
});

test('an acceptance of another commit or another metric does not count', () => {
  expect(decideRelease(report({}), SHA, [acceptance('b'.repeat(40), ['accuracy'])], undefined).outcome).toBe(
    'refused',
  );
  expect(decideRelease(report({}), SHA, [acceptance(SHA, ['f1'])], undefined).outcome).toBe('refused');
});

test('a check-run acceptance for this commit and metric releases and is recorded', () => {
  const d = decideRelease(report({}), SHA, [acceptance(SHA, ['accuracy'])], undefined);
  expect(d.outcome).toBe('accepted');
  expect(d.acceptances).toEqual([
    {
      metrics: ['accuracy'],
      reason: 'known trade-off',
      by: 'maint',
      source: 'check-run',
      at: '2027-01-01T00:00:00Z',
      url: 'https://github.com/acme/widgets/pull/7#issuecomment-1',
    },
  ]);
});

test('the accept input covers what is left, recorded with its reason', () => {
  const d = decideRelease(
    report({ failedMetrics: ['accuracy', 'f1'] }),
    SHA,
    [acceptance(SHA, ['accuracy'])],
    accept,
  );
  expect(d.outcome).toBe('accepted');
  expect(d.acceptances.map((a) => [a.source, a.metrics])).toEqual([
    ['check-run', ['accuracy']],
    ['input', ['f1']],
  ]);
});

test('a structural failure (different test sets) is accepted only by the input', () => {
  const r = report({
    failedMetrics: [],
    reasons: ['candidate and baseline were evaluated on different test sets'],
  });
  expect(decideRelease(r, SHA, [acceptance(SHA, ['accuracy'])], undefined).outcome).toBe('refused');
  expect(decideRelease(r, SHA, [], accept).acceptances[0]).toMatchObject({ source: 'input', metrics: [] });
});
