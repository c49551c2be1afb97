// compare-metrics's bootstrap reports its progress: on a terminal through the IO's progress line (one
// task, resamples summed over every bootstrapped metric, ended once even when the comparison fails).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { compareMetrics } from '../../../src/actions/compare-metrics/compare-metrics.js';
import { cliIO } from '../../../src/platform/cli-io.js';
import type { ActionIO } from '../../../src/platform/io.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlci-compare-progress-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function lines(n: number, noise: number): string {
  return `${Array.from({ length: n }, (_, i) => {
    const y = 10 + ((i * 7919) % 1000) / 200;
    return JSON.stringify({
      id: `r${i}`,
      label: y,
      prediction: y + noise * (((i * 104729) % 997) / 997 - 0.5),
    });
  }).join('\n')}\n`;
}

async function run(rules: string, resamples: number) {
  await writeFile(join(dir, 'cand.jsonl'), lines(500, 1));
  await writeFile(join(dir, 'base.jsonl'), lines(500, 1.2));
  const tasks: { label: string; unit?: string; updates: number[]; ended: number }[] = [];
  const inner = cliIO({
    inputs: new Map(
      Object.entries({
        predictions: 'cand.jsonl',
        'baseline-predictions': 'base.jsonl',
        'baseline-order': 'file',
        rules,
        resamples: String(resamples),
      }),
    ),
    cwd: dir,
    env: {},
    quiet: true,
    write: () => {},
  });
  const io: ActionIO = {
    ...inner,
    progress: (label, _total, unit) => {
      const task = { label, unit, updates: [] as number[], ended: 0 };
      tasks.push(task);
      return { update: (done) => task.updates.push(done), end: () => task.ended++ };
    },
  };
  const error = await compareMetrics(io).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return { tasks, error };
}

test('one bootstrap task counting resamples, increasing, ended once', async () => {
  const { tasks } = await run('mae: lower\nrmse: lower', 1000);
  expect(tasks.map((t) => [t.label, t.unit, t.ended])).toEqual([['bootstrap', 'resamples', 1]]);
  const { updates } = tasks[0]!;
  expect(updates.length).toBeGreaterThanOrEqual(4); // 1000 resamples come in chunks of 250
  for (let i = 1; i < updates.length; i++) expect(updates[i]!).toBeGreaterThan(updates[i - 1]!);
  expect(updates.at(-1)! % 1000).toBe(0); // whole runs of the kernel, each of all the resamples
});

test('the task ends when the comparison cannot be made', async () => {
  const { tasks, error } = await run('no_such_metric: lower', 500);
  expect(error).toBeDefined();
  expect(tasks.map((t) => t.ended)).toEqual([1]);
});
