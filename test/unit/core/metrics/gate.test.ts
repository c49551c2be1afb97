import { describe, expect, test } from '@jest/globals';
import { decide, type GateInput } from '../../../../src/core/metrics/gate.js';
import type { PairedStatistic } from '../../../../src/core/metrics/paired.js';
import { parseRules } from '../../../../src/core/metrics/rules.js';

const where = { file: 'test' };

function input(overrides: Partial<GateInput>): GateInput {
  return {
    candidate: new Map(),
    baseline: new Map(),
    rules: [],
    paired: new Map(),
    mode: 'block-on-regression',
    alpha: 0.05,
    power: 0.8,
    onInconclusive: 'pass',
    ...overrides,
  };
}

/** A bootstrap-like statistic with resampled deltas spread evenly over [lower, upper] (widened). */
function stat(lower: number, upper: number): PairedStatistic {
  const deltas = Float64Array.from({ length: 999 }, (_, i) => lower + ((upper - lower) * i) / 998).sort();
  return { method: 'bootstrap-percentile', lower, upper, standardError: (upper - lower) / 4, deltas };
}

describe('gate decisions', () => {
  test('floor, ceiling, missing metric and NaN fail loudly', () => {
    const result = decide(
      input({
        candidate: new Map([
          ['accuracy', 0.7],
          ['latency', 120],
          ['f1', Number.NaN],
        ]),
        rules: parseRules(
          { accuracy: 'floor 0.8', latency: 'lower, ceiling 100', f1: 'higher', recall: 'higher' },
          where,
        ),
      }),
    );
    const verdicts = Object.fromEntries(result.metrics.map((m) => [m.name, [m.verdict, m.reasons.join()]]));
    expect(verdicts.accuracy).toEqual(['fail', '0.7 is below the floor 0.8']);
    expect(verdicts.latency).toEqual(['fail', '120 is above the ceiling 100']);
    expect(verdicts.f1).toEqual(['fail', 'metric is NaN in the candidate']);
    expect(verdicts.recall).toEqual(['fail', 'missing from the candidate metrics']);
    expect(result.verdict).toBe('fail');
  });

  test('relative margins use |baseline|: a negative baseline does not flip the check (MLflow’s bug)', () => {
    const rules = parseRules({ r2: 'higher, relative-margin 10%' }, where);
    const better = decide(
      input({ candidate: new Map([['r2', -0.45]]), baseline: new Map([['r2', -0.5]]), rules }),
    );
    expect(better.metrics[0]).toMatchObject({ verdict: 'pass', boundary: -0.05 });
    expect(better.metrics[0]!.relativeDelta).toBeCloseTo(0.1, 12);
    const worse = decide(
      input({ candidate: new Map([['r2', -0.56]]), baseline: new Map([['r2', -0.5]]), rules }),
    );
    expect(worse.metrics[0]!.verdict).toBe('fail');
  });

  test('point comparison without predictions; min-improvement needs the gain', () => {
    const rules = parseRules({ auc: 'min-improvement 0.01' }, where);
    const small = decide(
      input({ candidate: new Map([['auc', 0.805]]), baseline: new Map([['auc', 0.8]]), rules }),
    );
    expect(small.metrics[0]).toMatchObject({ verdict: 'fail', test: 'point' });
    const enough = decide(
      input({ candidate: new Map([['auc', 0.82]]), baseline: new Map([['auc', 0.8]]), rules }),
    );
    expect(enough.metrics[0]!.verdict).toBe('pass');
  });

  test('all-must-pass decides on the interval: pass, fail and inconclusive', () => {
    const rules = parseRules({ a: 'margin 0.01', b: 'margin 0.01', c: 'margin 0.01' }, where);
    const result = decide(
      input({
        mode: 'all-must-pass',
        onInconclusive: 'fail',
        candidate: new Map([
          ['a', 0.9],
          ['b', 0.8],
          ['c', 0.85],
        ]),
        baseline: new Map([
          ['a', 0.88],
          ['b', 0.88],
          ['c', 0.86],
        ]),
        rules,
        paired: new Map([
          ['a', stat(-0.005, 0.04)],
          ['b', stat(-0.1, -0.05)],
          ['c', stat(-0.03, 0.01)],
        ]),
      }),
    );
    expect(result.metrics.map((m) => m.verdict)).toEqual(['pass', 'fail', 'inconclusive']);
    expect(result.correction).toBe('none');
    expect(result.verdict).toBe('fail');
    expect(result.reasons.join('\n')).toMatch(/c: inconclusive .* on-inconclusive is fail/);
  });

  test('block-on-regression applies Holm: a borderline regression among several metrics does not block', () => {
    const rules = parseRules({ a: 'higher', b: 'higher', c: 'higher', d: 'higher' }, where);
    const paired = new Map<string, PairedStatistic>([
      // Resampled deltas: about 2% of them ≥ 0, so raw p ≈ 0.04 but Holm × 4 > 0.05.
      [
        'a',
        {
          method: 'bootstrap-percentile',
          lower: -0.05,
          upper: 0.001,
          standardError: 0.01,
          deltas: Float64Array.from({ length: 1000 }, (_, i) => -0.049 + i * 0.00005).sort(),
        },
      ],
      ['b', stat(-0.01, 0.01)],
      ['c', stat(-0.01, 0.01)],
      ['d', stat(-0.01, 0.01)],
    ]);
    const values = new Map([
      ['a', 0.8],
      ['b', 0.8],
      ['c', 0.8],
      ['d', 0.8],
    ]);
    const base = new Map([...values].map(([k, v]) => [k, k === 'a' ? 0.82 : v]));
    const result = decide(input({ candidate: values, baseline: base, rules, paired }));
    const a = result.metrics.find((m) => m.name === 'a')!;
    expect(a.pValue).toBeLessThan(0.05);
    expect(a.pAdjusted).toBeGreaterThan(0.05);
    expect(a.verdict).toBe('inconclusive');
    expect(result.correction).toBe('holm');
    expect(result.verdict).toBe('pass');
  });

  test('a lower-is-better metric orients the interval', () => {
    const rules = parseRules({ log_loss: 'margin 0.01' }, where);
    const result = decide(
      input({
        candidate: new Map([['log_loss', 0.3]]),
        baseline: new Map([['log_loss', 0.4]]),
        rules,
        paired: new Map([['log_loss', stat(-0.15, -0.05)]]),
      }),
    );
    expect(result.metrics[0]).toMatchObject({ direction: 'lower', verdict: 'pass' });
  });

  test('informational metrics never gate; no rules warns that nothing gates', () => {
    const result = decide(
      input({
        candidate: new Map([['accuracy', 0.1]]),
        baseline: new Map([['accuracy', 0.9]]),
        rules: parseRules({ accuracy: 'info' }, where),
      }),
    );
    expect(result.metrics[0]!.verdict).toBe('info');
    expect(result.verdict).toBe('pass');
    expect(result.warnings.join()).toMatch(/nothing gates/);
  });

  test('no baseline: thresholds only, comparative rules do not fail', () => {
    const result = decide(
      input({
        baseline: undefined,
        candidate: new Map([['accuracy', 0.9]]),
        rules: parseRules({ accuracy: 'floor 0.8, margin 0.01' }, where),
      }),
    );
    expect(result.metrics[0]).toMatchObject({
      verdict: 'pass',
      reasons: ['no baseline: compared with thresholds only'],
    });
  });

  test('warns when a margin is below the minimum detectable effect', () => {
    const result = decide(
      input({
        candidate: new Map([['f1', 0.8]]),
        baseline: new Map([['f1', 0.8]]),
        rules: parseRules({ f1: 'margin 0.001' }, where),
        paired: new Map([['f1', stat(-0.02, 0.02)]]),
      }),
    );
    expect(result.warnings.join()).toMatch(/margin 0.001 is below the minimum detectable effect/);
  });
});

describe('a baseline without the metric', () => {
  test('is inconclusive (the policy decides), not a failure of the candidate', () => {
    const rules = parseRules({ recall: 'higher' }, where);
    const lenient = decide(input({ candidate: new Map([['recall', 0.7]]), baseline: new Map(), rules }));
    expect(lenient.metrics[0]).toMatchObject({
      verdict: 'inconclusive',
      reasons: ['the baseline has no such metric'],
    });
    expect(lenient.verdict).toBe('pass');
    const strict = decide(
      input({ candidate: new Map([['recall', 0.7]]), baseline: new Map(), rules, onInconclusive: 'fail' }),
    );
    expect(strict.verdict).toBe('fail');
  });
});
