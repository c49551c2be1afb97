import { expect, test } from '@jest/globals';
import type { Acceptance } from '../../../../src/core/metrics/acceptance.js';
import { applyAcceptances } from '../../../../src/core/metrics/apply-acceptances.js';
import type { ComparisonReport } from '../../../../src/core/metrics/report.js';
import { renderSummary } from '../../../../src/core/metrics/summary.js';

const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);

/** A failing metric's reason as the gate words it (gate.ts), and as the report lists it verbatim. */
const worse = (name: string) =>
  `${name} is significantly worse than the baseline: Δ −0.1, Holm-adjusted p = 0.01`;

const row = (name: string, verdict: 'pass' | 'fail') => ({
  name,
  role: 'gated' as const,
  direction: 'higher' as const,
  baseline: 0.9,
  candidate: verdict === 'fail' ? 0.8 : 0.91,
  delta: verdict === 'fail' ? -0.1 : 0.01,
  relativeDelta: null,
  interval: null,
  pValue: null,
  pAdjusted: null,
  test: 'none',
  boundary: 0,
  mde: null,
  discordant: null,
  rule: 'higher is better',
  verdict,
  reasons: verdict === 'fail' ? [worse(name)] : [],
});

// Only the fields applyAcceptances and renderSummary read; the rest of a real report is irrelevant here.
const report = {
  kind: 'mlci/comparison-report',
  version: 1,
  verdict: 'fail',
  reasons: [worse('accuracy'), worse('f1'), worse('accuracy_top5')],
  warnings: [],
  notices: [],
  failedMetrics: ['accuracy', 'f1', 'accuracy_top5'],
  impossible: [],
  gate: { mode: 'block-on-regression', correction: 'holm', alpha: 0.05 },
  baseline: { source: 'file', detail: {}, searched: [] },
  testSet: { match: 'same', n: null },
  pairing: { paired: false, why: 'x' },
  statistics: {
    interval: 'x',
    resamples: 0,
    stratified: false,
    rng: { algorithm: 'x', seed: 1 },
    mcnemar: 'x',
  },
  metrics: [row('accuracy', 'fail'), row('f1', 'fail'), row('accuracy_top5', 'fail'), row('recall', 'pass')],
} as unknown as ComparisonReport;

const acceptance = (fields: Partial<Acceptance>): Acceptance => ({
  kind: 'mlci/acceptance',
  version: 1,
  sha: SHA,
  metrics: ['accuracy'],
  reason: 'fairness fix',
  by: 'maint',
  permission: 'write',
  commentUrl: 'https://github.com/acme/widgets/pull/1#issuecomment-9',
  commentId: 9,
  pullRequest: 1,
  at: '2026-12-01T10:00:00Z',
  ...fields,
});

test('an accepted metric stops failing the gate; the others still fail', () => {
  const out = applyAcceptances(report, [acceptance({})], SHA);
  expect(out.failedMetrics).toEqual(['f1', 'accuracy_top5']);
  // `accuracy_top5 …` starts with "accuracy" but is another metric: its reason stays.
  expect(out.reasons).toEqual([worse('f1'), worse('accuracy_top5')]);
  expect(out.verdict).toBe('fail');
  expect(out.metrics[0]!.reasons).toEqual([worse('accuracy'), 'accepted by @maint: fairness fix']);
  expect(out.acceptances).toEqual([
    {
      metric: 'accuracy',
      sha: SHA,
      by: 'maint',
      reason: 'fairness fix',
      commentUrl: acceptance({}).commentUrl,
      at: '2026-12-01T10:00:00Z',
    },
  ]);
});

test('all failed metrics accepted: the gate passes', () => {
  const out = applyAcceptances(report, [acceptance({ metrics: ['accuracy', 'f1', 'accuracy_top5'] })], SHA);
  expect(out.verdict).toBe('pass');
  expect(out.reasons).toEqual([]);
  expect(out.failedMetrics).toEqual([]);
});

test('an acceptance of another commit (before a new push) does not apply', () => {
  const out = applyAcceptances(report, [acceptance({ metrics: ['accuracy', 'f1', 'accuracy_top5'] })], OTHER);
  expect(out.verdict).toBe('fail');
  expect(out.failedMetrics).toEqual(report.failedMetrics);
  expect(out.acceptances).toEqual([]);
});

test('a non-gate reason (different test sets) keeps the gate failed even when every metric is accepted', () => {
  const why = 'candidate and baseline were evaluated on different test sets';
  const refused = { ...report, reasons: [why, ...report.reasons], impossible: [why] };
  const out = applyAcceptances(refused, [acceptance({ metrics: ['accuracy', 'f1', 'accuracy_top5'] })], SHA);
  expect(out.verdict).toBe('fail');
  expect(out.reasons).toEqual([why]);
});

test('the summary shows "accepted by", escaped', () => {
  const out = applyAcceptances(report, [acceptance({ reason: '<img src=x> @org/team', by: 'maint' })], SHA);
  const summary = renderSummary(out);
  expect(summary).toContain('accepted by @\u200bmaint');
  expect(summary).toContain('\\<img');
  expect(summary).not.toMatch(/(?<!\\)<img|@org/);
});

test('a twin sentence of a metric that was not accepted keeps failing the gate', () => {
  const twin = {
    ...report,
    reasons: ['missing from the candidate', 'missing from the candidate'],
    failedMetrics: ['accuracy', 'f1'],
    metrics: [
      { ...row('accuracy', 'fail'), reasons: ['missing from the candidate'] },
      { ...row('f1', 'fail'), reasons: ['missing from the candidate'] },
    ],
  } as unknown as ComparisonReport;
  const out = applyAcceptances(twin, [acceptance({ metrics: ['accuracy'] })], SHA);
  expect(out.reasons).toEqual(['missing from the candidate']);
  expect(out.verdict).toBe('fail');
});
