import { describe, expect, test } from '@jest/globals';
import type { ResolvedBaseline } from '../../../../src/core/metrics/baseline.js';
import {
  type CompareOptions,
  compareMetrics,
  metricsToResample,
} from '../../../../src/core/metrics/compare.js';
import { computeMetrics } from '../../../../src/core/metrics/compute.js';
import { buildEvaluation } from '../../../../src/core/metrics/evaluation.js';
import { escapeMarkdown } from '../../../../src/core/text/markdown.js';
import { serializeReport } from '../../../../src/core/metrics/report.js';
import { createRng } from '../../../../src/core/metrics/rng.js';
import { parseRules } from '../../../../src/core/metrics/rules.js';
import { renderSummary } from '../../../../src/core/metrics/summary.js';

const OPTIONS: CompareOptions = {
  mode: 'block-on-regression',
  alpha: 0.05,
  power: 0.8,
  resamples: 400,
  seed: 42,
  stratify: 'auto',
  onInconclusive: 'pass',
  onNoBaseline: 'pass',
  allowDifferentTestSets: false,
  evaluation: { task: 'auto', threshold: 0.5 },
};

function predictions(seed: number, n: number, signal: number, labelsSeed = 1): string {
  const labels = createRng(labelsSeed);
  const rng = createRng(seed);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const label = labels.uniform() < 0.2 ? 1 : 0;
    const score = Math.min(1, Math.max(0, signal * label + (1 - signal) * rng.uniform()));
    lines.push(JSON.stringify({ id: `x${i}`, label, score: Math.round(score * 1000) / 1000 }));
  }
  return `${lines.join('\n')}\n`;
}

const found = (text: string): ResolvedBaseline => ({
  source: 'file',
  found: { predictions: { name: 'base.jsonl', text }, detail: { file: 'base.jsonl' } },
  searched: [{ source: 'file', outcome: 'found', reason: 'file base.jsonl' }],
});

const rules = parseRules(
  { accuracy: 'higher, margin 0.02', roc_auc: 'higher', f1: 'higher', log_loss: 'lower' },
  { file: 't' },
);

describe('compareMetrics', () => {
  test('the same inputs and seed give a byte-identical report', async () => {
    const run = () =>
      compareMetrics({
        candidate: { predictions: { name: 'cand.jsonl', text: predictions(2, 600, 0.4) } },
        baseline: found(predictions(3, 600, 0.35)),
        rules,
        options: OPTIONS,
      }).then(serializeReport);
    const first = await run();
    expect(await run()).toBe(first);
    const report = JSON.parse(first);
    expect(report).toMatchObject({
      kind: 'mlci/comparison-report',
      version: 1,
      pairing: { paired: true, examples: 600 },
    });
    expect(report.statistics.stratified).toBe(true);
    expect(report.metrics.find((m: { name: string }) => m.name === 'roc_auc').test).toBe('delong');
    const other = await compareMetrics({
      candidate: { predictions: { name: 'cand.jsonl', text: predictions(2, 600, 0.4) } },
      baseline: found(predictions(3, 600, 0.35)),
      rules,
      options: { ...OPTIONS, seed: 43 },
    });
    expect(serializeReport(other)).not.toBe(first);
  });

  test('different test sets are refused unless allowed; relabelled sets are told apart', async () => {
    const candidate = { predictions: { name: 'cand.jsonl', text: predictions(2, 100, 0.4) } };
    const refused = await compareMetrics({
      candidate,
      baseline: found(predictions(3, 120, 0.4)),
      rules,
      options: OPTIONS,
    });
    expect(refused.verdict).toBe('fail');
    expect(refused.testSet.match).toBe('different');
    expect(refused.impossible).toHaveLength(1);
    expect(refused.reasons).toEqual(refused.impossible);
    // How many ids differ, and the first few of each kind.
    expect(refused.impossible[0]).toMatch(
      /different test sets: 20 only in the baseline \("x100", "x101", "x102", …\) of 100 vs 120 examples; refusing/,
    );
    const relabelled = await compareMetrics({
      candidate,
      baseline: found(predictions(3, 100, 0.4, 9)),
      rules,
      options: OPTIONS,
    });
    expect(relabelled.testSet.match).toBe('relabelled');
    expect(relabelled.verdict).toBe('fail');
    expect(relabelled.impossible[0]).toMatch(
      /relabelled: same example ids, different labels \(\d+ with another label \("x\d+", "x\d+", "x\d+", …\) of 100 vs 100 examples\)/,
    );
    const allowed = await compareMetrics({
      candidate,
      baseline: found(predictions(3, 120, 0.4)),
      rules,
      options: { ...OPTIONS, allowDifferentTestSets: true },
    });
    expect(allowed.warnings.join()).toMatch(/20 only in the baseline/);
    expect(allowed.pairing.examples).toBe(100);
  });

  test('no baseline: a pass with a notice by default, a failure when configured', async () => {
    const none: ResolvedBaseline = {
      searched: [{ source: 'git', outcome: 'not-found', reason: 'metrics.json did not exist' }],
    };
    const candidate = { metrics: { name: 'm.json', text: '{"accuracy": 0.9}' } };
    const pass = await compareMetrics({
      candidate,
      baseline: none,
      rules: parseRules({ accuracy: 'floor 0.8' }, { file: 't' }),
      options: OPTIONS,
    });
    expect(pass.verdict).toBe('pass');
    expect(pass.notices[0]).toMatch(/no baseline found \(searched: git: metrics.json did not exist\)/);
    expect(pass.baseline.source).toBe('none');
    const fail = await compareMetrics({
      candidate,
      baseline: none,
      rules: [],
      options: { ...OPTIONS, onNoBaseline: 'fail' },
    });
    expect(fail.verdict).toBe('fail');
  });

  test('a duplicate id is named, with or without a baseline, on either side: exit 2', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `{"id":"d${i}","label":${i % 2},"score":0.${i % 10}}`);
    const dup = [...rows.slice(0, 300), '{"id":"d5","label":1,"score":0.9}', ...rows.slice(300)].join('\n');
    const clean = rows.join('\n');
    const none: ResolvedBaseline = { searched: [] };
    const cases = [
      { candidate: dup, baseline: none, file: 'cand.jsonl' },
      { candidate: dup, baseline: found(clean), file: 'cand.jsonl' },
      { candidate: clean, baseline: found(dup), file: 'base.jsonl' },
    ];
    for (const c of cases) {
      const run = compareMetrics({
        candidate: { predictions: { name: 'cand.jsonl', text: c.candidate } },
        baseline: c.baseline,
        rules,
        options: OPTIONS,
      });
      await expect(run).rejects.toThrow('duplicate example id "d5" at line 301 (first at line 6)');
      await expect(run).rejects.toMatchObject({
        exitCode: 2,
        details: { where: { file: c.file, line: 301 } },
      });
    }
  });

  test('empty predictions are a clear error', () => {
    expect(() => buildEvaluation([], 'p.jsonl', { task: 'auto', threshold: 0.5 })).toThrow(
      /no examples to evaluate/,
    );
    expect(() =>
      computeMetrics({ task: 'regression', ids: [], y: new Float64Array(), predicted: new Float64Array() }),
    ).toThrow(/empty set of predictions/);
  });

  test('the summary escapes names from files and keeps the table intact', async () => {
    const report = await compareMetrics({
      candidate: {
        metrics: { name: 'm.json', text: JSON.stringify({ 'acc|f1 @team [x](http://e) <img src=x>': 0.9 }) },
      },
      baseline: {
        source: 'file',
        found: { metrics: { name: 'b.json', text: '{}' }, detail: {} },
        searched: [],
      },
      rules: [],
      options: OPTIONS,
    });
    const md = renderSummary(report);
    const row = md.split('\n').find((line) => line.includes('acc'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(13);
    // Escaped, not removed: `\<img` renders as text; no raw tag, link or mention survives.
    expect(md).not.toMatch(/(?<!\\)<img|\]\(http|@team/);
  });
});

describe('escapeMarkdown', () => {
  test('neutralises tables, links, HTML, mentions, newlines, bidi controls and workflow commands', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('[x](y)')).toBe('\\[x\\]\\(y\\)');
    expect(escapeMarkdown('<b>')).toBe('\\<b\\>');
    expect(escapeMarkdown('@org/team')).toBe('@\u200borg/team');
    expect(escapeMarkdown('a\nb')).toBe('a b');
    expect(escapeMarkdown('x\u202Ey')).toBe('x\\\\u202Ey');
    expect(escapeMarkdown('::error::x')).not.toContain('::');
  });
});

describe('paired regression', () => {
  test('RMSE, R², MAE and MAPE get bootstrap intervals around the point delta', async () => {
    const rng = createRng(5);
    const truth = Array.from({ length: 300 }, () => 10 + 5 * rng.uniform());
    const lines = (noise: number) =>
      `${truth.map((y, i) => JSON.stringify({ id: `r${i}`, label: y, prediction: y + noise * (rng.uniform() - 0.5) })).join('\n')}\n`;
    const report = await compareMetrics({
      candidate: { predictions: { name: 'cand.jsonl', text: lines(1) } },
      baseline: found(lines(2)),
      rules: parseRules({ rmse: 'margin 0.01', r2: 'higher', mae: 'lower', mape: 'lower' }, { file: 't' }),
      options: { ...OPTIONS, evaluation: { task: 'regression', threshold: 0.5 } },
    });
    for (const name of ['rmse', 'r2', 'mae', 'mape']) {
      const m = report.metrics.find((metric) => metric.name === name)!;
      expect(m.interval!.lower).toBeLessThanOrEqual(m.delta!);
      expect(m.interval!.upper).toBeGreaterThanOrEqual(m.delta!);
      expect(m.test).toBe('bootstrap-percentile');
      expect(m.verdict).toBe('pass');
    }
    expect(report.statistics.stratified).toBe(false);
  });

  const regression = () => {
    const rng = createRng(8);
    const truth = Array.from({ length: 400 }, () => 10 + 5 * rng.uniform());
    const lines = (noise: number) =>
      `${truth.map((y, i) => JSON.stringify({ id: `r${i}`, label: y, prediction: y + noise * (rng.uniform() - 0.5) })).join('\n')}\n`;
    const cand = lines(1);
    const base = lines(1.2);
    return (rules: Record<string, string>) =>
      compareMetrics({
        candidate: { predictions: { name: 'cand.jsonl', text: cand } },
        baseline: found(base),
        rules: parseRules(rules, { file: 't' }),
        options: { ...OPTIONS, evaluation: { task: 'regression', threshold: 0.5 } },
      });
  };

  test('only gated metrics are bootstrapped; informational ones stay on point estimates', async () => {
    const report = await regression()({ rmse: 'lower' });
    const test = (name: string) => report.metrics.find((m) => m.name === name)!.test;
    expect(test('rmse')).toBe('bootstrap-percentile');
    expect(['mae', 'mse', 'r2', 'mape'].map(test)).toEqual(['point', 'point', 'point', 'point']);
    // With no comparative rule at all, everything gets its interval.
    const all = await regression()({});
    expect(all.metrics.every((m) => m.test === 'bootstrap-percentile')).toBe(true);
    expect(
      metricsToResample(
        ['accuracy', 'log_loss', 'roc_auc', 'pr_auc'],
        parseRules({ pr_auc: 'higher' }, { file: 't' }),
      ),
    ).toEqual(['accuracy', 'roc_auc', 'pr_auc']);
  });

  test('metrics of one pass share its resamples: asking for R², MAE, MSE and MAPE too leaves RMSE’s interval unchanged', async () => {
    const run = regression();
    const alone = (await run({ rmse: 'lower' })).metrics.find((m) => m.name === 'rmse')!;
    const shared = await run({ rmse: 'lower', r2: 'higher', mae: 'lower', mse: 'lower', mape: 'lower' });
    const rmse = shared.metrics.find((m) => m.name === 'rmse')!;
    expect(rmse.interval).toEqual(alone.interval);
    expect(rmse.pValue).toBe(alone.pValue);
    // MSE is the same sums as RMSE, before the square root: its resampled interval is exactly the
    // interval of the MSE deltas on the same resamples, so its sign agrees with RMSE's everywhere.
    const mse = shared.metrics.find((m) => m.name === 'mse')!;
    expect(Math.sign(mse.interval!.lower)).toBe(Math.sign(rmse.interval!.lower));
    expect(Math.sign(mse.interval!.upper)).toBe(Math.sign(rmse.interval!.upper));
  });
});

describe('test-set fingerprints of metrics-only comparisons', () => {
  test('the eval-data hash is compared with the fingerprint the baseline recorded', async () => {
    const evalData = { value: 'file:sha256:aaa' };
    const baseline = (fingerprint: string): ResolvedBaseline => ({
      source: 'release',
      found: {
        metrics: {
          name: 'rec.json',
          text: JSON.stringify({
            kind: 'mlci/release-record',
            version: 1,
            metrics: { accuracy: 0.8 },
            fingerprint,
          }),
        },
        detail: {},
      },
      searched: [],
    });
    const candidate = { metrics: { name: 'm.json', text: '{"accuracy": 0.85}' }, evalData };
    const against = (fp: string) =>
      compareMetrics({ candidate, baseline: baseline(fp), rules, options: OPTIONS });
    const same = await against('file:sha256:aaa');
    expect(same.testSet).toMatchObject({ match: 'identical', candidate: 'file:sha256:aaa' });
    const other = await against('file:sha256:bbb');
    expect(other.testSet.match).toBe('different');
    expect(other.verdict).toBe('fail');
    const unknown = await against('mlci-fp-v1:sha256:ccc');
    expect(unknown.testSet.match).toBe('unknown');
    expect(unknown.warnings.join()).toMatch(/cannot verify/);
  });
});

describe('metrics on one side only', () => {
  test('a metric the candidate lost is a row shown as missing; a gated one makes the comparison impossible', async () => {
    const run = (rules: string) =>
      compareMetrics({
        candidate: { metrics: { name: 'cand.json', text: '{"accuracy": 0.9}' } },
        baseline: {
          source: 'file',
          found: { metrics: { name: 'base.json', text: '{"accuracy": 0.9, "roc_auc": 0.8}' }, detail: {} },
          searched: [],
        },
        rules: parseRules(rules ? { [rules]: 'higher' } : {}, { file: 't' }),
        options: OPTIONS,
      });
    const shown = await run('');
    expect(shown.impossible).toEqual([]);
    expect(renderSummary(shown)).toMatch(/\| roc\\_auc \| 0\.8 \| missing \| – \|/);
    const gated = await run('roc_auc');
    expect(gated.impossible).toEqual(['roc_auc has a rule but is missing from the candidate']);
    expect(renderSummary(gated)).toMatch(/^## mlci compare-metrics: ⛔ comparison impossible/);
  });
});
