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
  test('floor, ceiling and NaN fail loudly, in sentences; a missing gated metric makes the comparison impossible', () => {
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
    expect(verdicts.accuracy).toEqual(['fail', 'accuracy is 0.7, below the floor 0.8']);
    expect(verdicts.latency).toEqual(['fail', 'latency is 120, above the ceiling 100']);
    expect(verdicts.f1).toEqual(['fail', 'f1 is NaN in the candidate']);
    expect(verdicts.recall).toEqual(['fail', 'recall has a rule but is missing from the candidate']);
    expect(result.verdict).toBe('fail');
    // Floors, ceilings and NaN are regressions (exit 1); the missing metric is not one of them.
    expect(result.reasons).toEqual([
      'accuracy is 0.7, below the floor 0.8',
      'latency is 120, above the ceiling 100',
      'f1 is NaN in the candidate',
    ]);
    expect(result.impossible).toEqual(['recall has a rule but is missing from the candidate']);
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
    expect(result.reasons).toEqual([
      'b is worse than the baseline by more than the margin 0.01: Δ −0.08, 95% interval [−0.1, −0.05] excludes −0.01',
      'c is inconclusive (the 95% interval [−0.03, +0.01] cannot tell whether it is no worse than the baseline by more than 0.01), and on-inconclusive is fail',
    ]);
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

describe('a metric missing from one side', () => {
  test('a comparative rule the baseline cannot answer makes the comparison impossible, whatever on-inconclusive says', () => {
    const rules = parseRules({ recall: 'higher' }, where);
    for (const onInconclusive of ['pass', 'fail'] as const) {
      const result = decide(
        input({ candidate: new Map([['recall', 0.7]]), baseline: new Map(), rules, onInconclusive }),
      );
      expect(result.metrics[0]).toMatchObject({ verdict: 'inconclusive' });
      expect(result.impossible).toEqual(['recall has a comparative rule but is missing from the baseline']);
      expect(result.reasons).toEqual([]);
      expect(result.verdict).toBe('fail');
    }
  });

  test('a floor-only rule does not need the baseline; a NaN baseline stays inconclusive', () => {
    const floorOnly = decide(
      input({
        candidate: new Map([['recall', 0.7]]),
        baseline: new Map(),
        rules: parseRules({ recall: 'floor 0.5' }, where),
      }),
    );
    expect(floorOnly).toMatchObject({ verdict: 'pass', impossible: [] });
    const nan = decide(
      input({
        candidate: new Map([['recall', 0.7]]),
        baseline: new Map([['recall', Number.NaN]]),
        rules: parseRules({ recall: 'higher' }, where),
      }),
    );
    expect(nan).toMatchObject({ verdict: 'pass', impossible: [] });
    expect(nan.metrics[0]).toMatchObject({ verdict: 'inconclusive', reasons: ['the baseline value is NaN'] });
  });

  test('a rule naming an absent metric suggests the closest key', () => {
    const missing = (metric: string, keys: string[], side: 'candidate' | 'baseline' = 'candidate') => {
      const values = new Map(keys.map((key) => [key, 0.5]));
      const result = decide(
        input({
          candidate: side === 'candidate' ? values : new Map([[metric, 0.5]]),
          baseline: side === 'baseline' ? values : new Map([[metric, 0.5], ...values]),
          rules: parseRules({ [metric]: 'higher' }, where),
        }),
      );
      return result.impossible.join();
    };
    expect(missing('f1', ['metrics.f1', 'metrics.accuracy'])).toBe(
      'f1 has a rule but is missing from the candidate — did you mean `metrics.f1`?',
    );
    expect(missing('acuracy', ['accuracy', 'recall'])).toMatch(/did you mean `accuracy`\?$/);
    expect(missing('F1', ['f1'])).toMatch(/did you mean `f1`\?$/);
    expect(missing('eval.f1', ['test.f1', 'eval.recall'])).toMatch(/did you mean `test.f1`\?$/);
    expect(missing('throughput', ['accuracy'])).toBe(
      'throughput has a rule but is missing from the candidate',
    );
    expect(missing('f1', ['eval.f1'], 'baseline')).toBe(
      'f1 has a comparative rule but is missing from the baseline — did you mean `eval.f1`?',
    );
  });

  test('a metric the candidate lost is shown as missing even without a rule', () => {
    const result = decide(
      input({
        candidate: new Map([['accuracy', 0.9]]),
        baseline: new Map([
          ['accuracy', 0.9],
          ['roc_auc', 0.8],
        ]),
      }),
    );
    expect(result.metrics.find((m) => m.name === 'roc_auc')).toMatchObject({
      role: 'info',
      verdict: 'info',
      baseline: 0.8,
      candidate: null,
      reasons: ['missing from the candidate'],
    });
    expect(result.verdict).toBe('pass');
  });
});

describe('failing-gate reasons are sentences', () => {
  const regression = (rule: string, cand: number, base: number, paired: PairedStatistic) =>
    decide(
      input({
        candidate: new Map([['accuracy', cand]]),
        baseline: new Map([['accuracy', base]]),
        rules: parseRules({ accuracy: rule }, where),
        paired: new Map([['accuracy', paired]]),
      }),
    ).reasons;
  test('block-on-regression: the delta and the Holm-adjusted p', () => {
    const deltas = Float64Array.from({ length: 999 }, (_, i) => -0.06 + (0.041 * i) / 998);
    const significant = {
      method: 'bootstrap-percentile',
      lower: -0.058,
      upper: -0.021,
      standardError: 0.01,
      deltas,
    } as const;
    expect(regression('higher', 0.86, 0.9, significant)).toEqual([
      'accuracy is significantly worse than the baseline: Δ −0.04, Holm-adjusted p = 0.002',
    ]);
    expect(regression('higher, margin 0.01', 0.86, 0.9, significant)).toEqual([
      'accuracy is significantly worse than the baseline by more than the margin 0.01: Δ −0.04, Holm-adjusted p = 0.002',
    ]);
  });
  test('point estimates say there was no interval', () => {
    const reasons = decide(
      input({
        candidate: new Map([['rmse', 1.3]]),
        baseline: new Map([['rmse', 1.2]]),
        rules: parseRules({ rmse: 'relative-margin 5%' }, where),
      }),
    ).reasons;
    expect(reasons).toEqual([
      'rmse is worse than the baseline by more than the margin 0.06 on point estimates: Δ +0.1 (no paired predictions, so no interval)',
    ]);
  });
});

describe('gate direction (one statistic, both orientations)', () => {
  // Resampled raw deltas (candidate − baseline), all between +0.02 and +0.06: the metric went up.
  const up = stat(0.02, 0.06);
  const decideOne = (metric: string, rule: string, mode: 'all-must-pass' | 'block-on-regression') =>
    decide(
      input({
        mode,
        candidate: new Map([[metric, 0.54]]),
        baseline: new Map([[metric, 0.5]]),
        rules: parseRules({ [metric]: rule }, where),
        paired: new Map([[metric, up]]),
      }),
    );

  test.each(['all-must-pass', 'block-on-regression'] as const)(
    '%s: a rise passes a higher-is-better metric and fails a lower-is-better one',
    (mode) => {
      const higher = decideOne('r2', 'higher', mode);
      expect(higher.metrics[0]).toMatchObject({ direction: 'higher', verdict: 'pass' });
      expect(higher.verdict).toBe('pass');
      const lower = decideOne('rmse', 'lower', mode);
      expect(lower.metrics[0]).toMatchObject({ direction: 'lower', verdict: 'fail' });
      expect(lower.reasons[0]).toMatch(/^rmse is (significantly )?worse than the baseline: Δ \+0\.04/);
      // The default direction by name gives the same verdicts without an explicit direction.
      expect(decideOne('rmse', 'margin 0', mode).metrics[0]!.verdict).toBe('fail');
      expect(decideOne('mcc', 'margin 0', mode).metrics[0]!.verdict).toBe('pass');
    },
  );

  test('the p-value is taken on the oriented deltas: only the worsening side is significant', () => {
    const lower = decideOne('log_loss', 'lower', 'block-on-regression').metrics[0]!;
    const higher = decideOne('accuracy_like', 'higher', 'block-on-regression').metrics[0]!;
    // Every resample is on one side of 0: the +1-corrected two-sided p is 2/(B + 1) for both …
    expect(lower.pValue).toBeCloseTo(2 / 1000, 12);
    expect(higher.pValue).toBeCloseTo(2 / 1000, 12);
    // … but only the lower-is-better metric, which got worse, fails.
    expect([lower.verdict, higher.verdict]).toEqual(['fail', 'pass']);
    // With the boundary inside the resamples (worse by 0.02–0.06, margin 0.03) it cannot decide: a
    // p-value taken on unoriented deltas would call it significant.
    const inside = decideOne('log_loss', 'lower, margin 0.03', 'block-on-regression').metrics[0]!;
    expect(inside.pValue).toBeGreaterThan(0.3);
    expect(inside.verdict).toBe('inconclusive');
    // A margin shifts the boundary on the oriented scale: worse by 0.04 with a margin of 0.1 passes.
    expect(decideOne('log_loss', 'lower, margin 0.1', 'all-must-pass').metrics[0]!.verdict).toBe('pass');
  });
});
