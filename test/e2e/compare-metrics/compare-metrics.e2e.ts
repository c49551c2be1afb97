// The compare-metrics bundle under the runner emulation, on Node 20 and Node 24: a paired comparison
// that passes, a regression that fails the job, a baseline from the fake GitHub's release, the first run
// without a baseline, and metric names that try to inject workflow commands or markdown.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { runBundle } from '../../harness/runner.js';
import { bundle as bundlePath } from '../../support/bundles.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';
import { testTempDir } from '../../support/temp-dirs.js';

let bundle: string;
let fake: FakeGitHub;

/** n examples with 20 % positives; `skill` moves the scores of positives up. Same ids and labels for every skill. */
function predictions(n: number, skill: number): string {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 5 === 0 ? 1 : 0;
    const noise = next();
    const score = Math.min(1, Math.max(0, label * skill + (1 - skill) * noise + (label ? 0.1 : 0)));
    lines.push(JSON.stringify({ id: `ex-${i}`, label, score: Number(score.toFixed(4)) }));
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  fake = await startFakeGitHub();
  const octokit = getOctokit(fake.token, { baseUrl: fake.url });
  const release = await octokit.request('POST /repos/{owner}/{repo}/releases', {
    owner: 'acme',
    repo: 'widgets',
    tag_name: 'v2.0.0',
  });
  const record = {
    kind: 'mlci/release-record',
    version: 1,
    metrics: { accuracy: 0.5 },
    predictions: { asset: 'predictions.jsonl' },
  };
  for (const [name, data] of [
    ['mlci-release-record.json', JSON.stringify(record)],
    ['predictions.jsonl', predictions(800, 0.3)],
  ] as const) {
    await octokit.request('POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}', {
      owner: 'acme',
      repo: 'widgets',
      release_id: release.data.id,
      name,
      data,
      headers: { 'content-type': 'application/octet-stream' },
    });
  }
  bundle = await bundlePath('compare-metrics');
}, 300_000);

afterAll(async () => {
  await fake.stop();
});

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = testTempDir('mlci-compare-e2e-');
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const RULES = 'accuracy: higher, margin 0.01\nroc_auc: higher\nlog_loss: lower, relative-margin 5%';

/** The bundle on 800 predictions of a candidate and a baseline of the given skills, file source, RULES. */
async function compareSkills(node: 'node20' | 'node24', candidate: number, baseline: number) {
  const cwd = await workspace({
    'cand.jsonl': predictions(800, candidate),
    'base.jsonl': predictions(800, baseline),
  });
  const run = await runBundle({
    bundle,
    node,
    cwd,
    inputs: {
      predictions: 'cand.jsonl',
      'baseline-predictions': 'base.jsonl',
      'baseline-order': 'file',
      rules: RULES,
    },
  });
  return { cwd, run };
}

describe.each(['node20', 'node24'] as const)('dist/compare-metrics on %s', (node) => {
  test('a better candidate passes, with a report, outputs and a summary table', async () => {
    const { cwd, run } = await compareSkills(node, 0.45, 0.3);
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'failed-metrics': '', 'baseline-source': 'file' });
    const report = JSON.parse(await readFile(join(cwd, run.outputs.report!), 'utf8'));
    expect(report).toMatchObject({
      kind: 'mlci/comparison-report',
      verdict: 'pass',
      pairing: { paired: true, examples: 800 },
    });
    expect(report.metrics.find((m: { name: string }) => m.name === 'roc_auc')).toMatchObject({
      test: 'delong',
      verdict: 'pass',
    });
    expect(run.summary).toMatch(/\| accuracy \|/);
    expect(run.unexpectedInputs).toEqual([]);
  });

  test('a regression fails the job with exit 1, one error annotation and the report still written', async () => {
    const { cwd, run } = await compareSkills(node, 0.1, 0.45);
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['failed-metrics']).toMatch(/roc_auc/);
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    const report = JSON.parse(await readFile(join(cwd, 'mlci-comparison-report.json'), 'utf8'));
    expect(report.verdict).toBe('fail');
  });

  test('the baseline comes from the latest published release record through the fake GitHub', async () => {
    const cwd = await workspace({ 'cand.jsonl': predictions(800, 0.45) });
    const run = await runBundle({
      bundle,
      node,
      cwd,
      env: fake.env(),
      inputs: { predictions: 'cand.jsonl', 'baseline-order': 'release', rules: RULES, token: fake.token },
    });
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['baseline-source']).toBe('release');
    expect(run.masks).toContain(fake.token);
    const report = JSON.parse(await readFile(join(cwd, 'mlci-comparison-report.json'), 'utf8'));
    expect(report.baseline).toMatchObject({
      source: 'release',
      detail: { release: 'v2.0.0' },
      predictionsFile: 'predictions.jsonl',
    });
    expect(report.pairing.paired).toBe(true);
  });

  test('first run: no baseline passes with a notice; injected names stay inert', async () => {
    const cwd = await workspace({
      'metrics.json': JSON.stringify({ '::error::fake': 0.5, 'acc|<b>@team</b>': 0.9 }),
    });
    const run = await runBundle({
      bundle,
      node,
      cwd,
      inputs: { candidate: 'metrics.json', 'baseline-order': 'file' },
    });
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'baseline-source': 'none' });
    expect(run.annotations.some((a) => a.level === 'notice' && /no baseline found/.test(a.message))).toBe(
      true,
    );
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.summary).not.toMatch(/<b>|@team/);
  });

  test('large regression comparisons resample on worker threads inside the bundle, reproducibly', async () => {
    let state = 99;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const truth = Array.from({ length: 6000 }, () => 50 + 20 * next());
    const file = (noise: number) =>
      `${truth.map((y, i) => JSON.stringify({ id: `r${i}`, label: y, prediction: y + noise * (next() - 0.5) })).join('\n')}\n`;
    const cwd = await workspace({ 'cand.jsonl': file(4), 'base.jsonl': file(5) });
    // 6000 examples × 4000 resamples crosses the threshold above which worker threads run.
    const inputs = {
      predictions: 'cand.jsonl',
      'baseline-predictions': 'base.jsonl',
      'baseline-order': 'file',
      task: 'regression',
      resamples: 4000,
      rules: 'rmse: lower\nmae: lower',
    };
    const first = await runBundle({ bundle, node, cwd, inputs: { ...inputs, report: 'a.json' } });
    const second = await runBundle({ bundle, node, cwd, inputs: { ...inputs, report: 'b.json' } });
    expectNoStackTrace(first);
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    const a = await readFile(join(cwd, 'a.json'), 'utf8');
    expect(await readFile(join(cwd, 'b.json'), 'utf8')).toBe(a);
    const rmse = JSON.parse(a).metrics.find((m: { name: string }) => m.name === 'rmse');
    expect(rmse).toMatchObject({ test: 'bootstrap-percentile', verdict: 'pass' });
    expect(rmse.interval.upper).toBeLessThan(0);
  });

  test('a usage error exits 2 without a stack trace', async () => {
    const cwd = await workspace({});
    const run = await runBundle({
      bundle,
      node,
      cwd,
      inputs: { predictions: 'missing.jsonl', mode: 'sometimes' },
    });
    expectNoStackTrace(run);
    expect(run.exitCode).toBe(2);
  });
});
