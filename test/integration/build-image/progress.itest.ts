// build-image shows a layer's hashing on a terminal through the IO's progress line (one task per layer
// read, counting up to the layer's bytes, ended once), not as log lines; a layer the digest cache already
// knows is not read and shows nothing.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { buildImage } from '../../../src/actions/build-image/build-image.js';
import type { ActionIO } from '../../../src/platform/io.js';
import { recordingIO } from '../../support/image-io.js';
import { modelInputs, modelWorkspace } from '../../support/image-workspace.js';

let ws: string;
beforeAll(() => {
  ws = modelWorkspace();
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

async function build(extra: Record<string, string>) {
  const tasks: { label: string; total?: number; updates: number[]; ended: number }[] = [];
  const inner = recordingIO(modelInputs({ 'oci-layout': 'out/layout', ...extra }), ws);
  const io: ActionIO = {
    ...inner,
    progress: (label, total) => {
      const task = { label, total, updates: [] as number[], ended: 0 };
      tasks.push(task);
      return { update: (done) => task.updates.push(done), end: () => task.ended++ };
    },
  };
  await buildImage(io);
  return { tasks, logs: inner.logs };
}

test('one task per layer, counting up to its bytes, ended once; no hashing log lines', async () => {
  const { tasks, logs } = await build({});
  const weights = tasks.find((t) => t.label === 'hashing weights weights.bin');
  expect(weights).toBeDefined();
  expect(weights!.total).toBe(2 * 1024 * 1024);
  expect(weights!.ended).toBe(1);
  expect(weights!.updates.length).toBeGreaterThan(1);
  for (let i = 1; i < weights!.updates.length; i++)
    expect(weights!.updates[i]!).toBeGreaterThan(weights!.updates[i - 1]!);
  expect(weights!.updates.at(-1)!).toBeGreaterThanOrEqual(weights!.total!);
  expect(tasks.map((t) => t.ended)).toEqual(tasks.map(() => 1));
  expect(tasks.map((t) => t.label)).toEqual(expect.arrayContaining(['hashing metadata', 'hashing code']));
  expect(logs.filter((line) => line.includes('MiB hashed'))).toEqual([]);
});

test('layers found in the digest cache are not read and start no task', async () => {
  await build({ 'layer-cache': '.layer-cache' });
  const { tasks } = await build({ 'layer-cache': '.layer-cache' });
  expect(tasks).toEqual([]);
});
