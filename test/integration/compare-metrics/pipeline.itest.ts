// compare-metrics as a section of mlci.yml under `mlci run`: inputs from the section, rules from `gate:`.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { run } from '../../../src/actions/run/run.js';
import { cliIO } from '../../../src/platform/cli-io.js';
import { testTempDir } from '../../support/temp-dirs.js';

describe('mlci.yml compare-metrics section', () => {
  test('the gate mapping gates, and a regression stops the pipeline with exit 1', async () => {
    const dir = testTempDir('mlci-compare-pipeline-');
    await writeFile(join(dir, 'metrics.json'), JSON.stringify({ eval: { accuracy: 0.7, loss: 0.3 } }));
    await writeFile(join(dir, 'prod.yaml'), 'eval:\n  accuracy: 0.8\n  loss: 0.35\n');
    await writeFile(
      join(dir, 'mlci.yml'),
      [
        'version: 1',
        'compare-metrics:',
        '  candidate: metrics.json',
        '  baseline: prod.yaml',
        '  baseline-order: [file]',
        '  gate:',
        '    eval.accuracy: { direction: higher, margin: 0.05 }',
        '    eval.loss: lower, relative-margin 10%',
        '',
      ].join('\n'),
    );
    const io = cliIO({ inputs: new Map(), cwd: dir, env: {}, quiet: true, write: () => {} });
    await expect(run(io)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/eval\.accuracy/),
    });
    const report = JSON.parse(await readFile(join(dir, 'mlci-comparison-report.json'), 'utf8'));
    expect(report.failedMetrics).toEqual(['eval.accuracy']);
    expect(report.metrics.find((m: { name: string }) => m.name === 'eval.loss').verdict).toBe('pass');
  });

  test('a rule in both the input and mlci.yml is a usage error naming the metric', async () => {
    const dir = testTempDir('mlci-compare-pipeline-');
    await writeFile(join(dir, 'metrics.json'), '{"acc": 0.9}');
    await writeFile(join(dir, 'mlci.yml'), 'version: 1\ncompare-metrics:\n  gate:\n    acc: higher\n');
    const { compareMetrics } = await import('../../../src/actions/compare-metrics/compare-metrics.js');
    const io = cliIO({
      inputs: new Map([
        ['candidate', 'metrics.json'],
        ['rules', 'acc: floor 0.5'],
      ]),
      cwd: dir,
      env: {},
      quiet: true,
      write: () => {},
    });
    await expect(compareMetrics(io)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/`acc`/),
    });
  });
});

describe('mlci.yml report section', () => {
  test('after a failed gate the pipeline still reports, then fails with the gate’s error', async () => {
    const dir = testTempDir('mlci-report-pipeline-');
    await writeFile(join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.7 }));
    await writeFile(join(dir, 'prod.json'), JSON.stringify({ accuracy: 0.8 }));
    await writeFile(
      join(dir, 'mlci.yml'),
      [
        'version: 1',
        'compare-metrics:',
        '  candidate: metrics.json',
        '  baseline: prod.json',
        '  baseline-order: [file]',
        '  report: .mlci/comparison.json',
        '  gate:',
        '    accuracy: { direction: higher, margin: 0.05 }',
        'report:',
        '  reports: .mlci/*.json',
        '  out: report.md',
        '',
      ].join('\n'),
    );
    const io = cliIO({ inputs: new Map(), cwd: dir, env: {}, quiet: true, write: () => {} });
    await expect(run(io)).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/accuracy/) });
    const markdown = await readFile(join(dir, 'report.md'), 'utf8');
    expect(markdown).toMatch(/^## ❌ mlci: fail — Model metrics: 1 gated metric failed: accuracy/);
    await rm(dir, { recursive: true, force: true });
  });
});
