// compare-metrics as the CLI and the action run it: a regression exits 1, a comparison that cannot be
// made (different test sets, duplicate ids, a gated metric missing from one side) exits 2, and the
// report is written first in both cases.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { compareMetrics } from '../../../src/actions/compare-metrics/compare-metrics.js';
import { cliIO } from '../../../src/platform/cli-io.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlci-compare-exit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** n rows whose prediction is right where `right(i)`; ids e0… unless `id` says otherwise. */
function rows(n: number, right: (i: number) => boolean, id = (i: number) => `e${i}`): string {
  return `${Array.from({ length: n }, (_, i) => {
    const label = i % 3 === 0 ? 1 : 0;
    return JSON.stringify({ id: id(i), label, prediction: right(i) ? label : 1 - label });
  }).join('\n')}\n`;
}

async function run(name: string, files: Record<string, string>, inputs: Record<string, string>) {
  const at = join(dir, name);
  await import('node:fs/promises').then((fs) => fs.mkdir(at));
  for (const [file, text] of Object.entries(files)) await writeFile(join(at, file), text);
  const io = cliIO({
    inputs: new Map(Object.entries(inputs)),
    cwd: at,
    env: {},
    quiet: true,
    outputsFile: join(at, 'outputs.txt'),
    write: () => {},
  });
  const error = await compareMetrics(io).then(
    () => undefined,
    (thrown: unknown) => thrown as { exitCode: number; message: string },
  );
  const report = JSON.parse(
    await readFile(join(at, 'mlci-comparison-report.json'), 'utf8').catch(() => 'null'),
  );
  const output = await readFile(join(at, 'outputs.txt'), 'utf8').catch(() => '');
  return { error, report, output };
}

const paired = { predictions: 'cand.jsonl', 'baseline-predictions': 'base.jsonl', 'baseline-order': 'file' };

describe('exit codes tell a regression from an impossible comparison', () => {
  test('a significant regression: exit 1, the reason as a sentence', async () => {
    const { error, report, output } = await run(
      'regression',
      { 'cand.jsonl': rows(2000, (i) => i % 10 !== 0), 'base.jsonl': rows(2000, (i) => i % 50 !== 0) },
      { ...paired, rules: 'accuracy: higher', resamples: '500' },
    );
    expect(error?.exitCode).toBe(1);
    expect(output).toMatch(/^comparable=true$/m);
    expect(report.impossible).toEqual([]);
    expect(report.reasons).toEqual([
      expect.stringMatching(
        /^accuracy is significantly worse than the baseline: Δ −0\.08, Holm-adjusted p = [0-9.e-]+$/,
      ),
    ]);
  });

  test('different test sets: exit 2, how many ids differ and the first few, report written', async () => {
    const { error, report, output } = await run(
      'different',
      {
        'cand.jsonl': rows(1000, () => true),
        'base.jsonl': rows(
          1000,
          () => true,
          (i) => (i < 990 ? `e${i}` : `other${i}`),
        ),
      },
      { ...paired, rules: 'accuracy: higher' },
    );
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(
      /different test sets: 10 only in the candidate \("e990", "e991", "e992", …\), 10 only in the baseline \("other990", "other991", "other992", …\) of 1000 vs 1000 examples/,
    );
    expect(report.verdict).toBe('fail');
    expect(report.impossible).toHaveLength(1);
    expect(output).toMatch(/^comparable=false$/m);
  });

  test('a duplicate id without a baseline: exit 2, named with its line', async () => {
    const text = rows(400, () => true).replace('{"id":"e301"', '{"id":"e5"');
    const { error } = await run(
      'duplicate',
      { 'cand.jsonl': text },
      { predictions: 'cand.jsonl', 'baseline-order': 'file' },
    );
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(/duplicate example id "e5" at line 302 \(first at line 6\)/);
  });

  test('a gated metric missing from the candidate: exit 2 with the closest key', async () => {
    const { error, report } = await run(
      'missing',
      {
        'cand.json': JSON.stringify({ metrics: { f1: 0.8 } }),
        'base.json': JSON.stringify({ metrics: { f1: 0.7 }, roc_auc: 0.9 }),
      },
      { candidate: 'cand.json', baseline: 'base.json', 'baseline-order': 'file', rules: 'f1: higher' },
    );
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toContain(
      'f1 has a rule but is missing from the candidate — did you mean `metrics.f1`?',
    );
    // The metric only the baseline has is shown as missing, without a rule.
    expect(report.metrics.find((m: { name: string }) => m.name === 'roc_auc')).toMatchObject({
      baseline: 0.9,
      candidate: null,
      reasons: ['missing from the candidate'],
    });
  });
});
