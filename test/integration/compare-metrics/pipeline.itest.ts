// compare-metrics as a section of mlci.yml under `mlci run`: inputs from the section, rules from `gate:`.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { run } from '../../../src/actions/run/run.js';
import { cliIO } from '../../../src/platform/cli-io.js';

describe('mlci.yml compare-metrics section', () => {
  test('the gate mapping gates, and a regression stops the pipeline with exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mlci-compare-pipeline-'));
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
    const dir = await mkdtemp(join(tmpdir(), 'mlci-compare-pipeline-'));
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
