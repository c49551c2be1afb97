// The iris example's model image really serves: a Python base made from this machine's Debian python3
// (pushed to a loopback registry) as `base-image`, the model image built by `mlci build-image --preset
// python` and pushed by digest, then pulled, unpacked and started as its config says (no engine), and
// every test row POSTed to /predict: the answers equal the model's predictions in eval/predictions.csv.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { pushDebianPythonBase } from '../../support/debian-python-base.js';
import { bundle } from '../../support/bundles.js';
import { type RunningImage, runImage } from '../../support/run-image.js';

const root = join(import.meta.dirname, '../../..');
const run = promisify(execFile);
const mlci = async (cwd: string, ...args: string[]) =>
  run(process.execPath, [await bundle('cli'), ...args], {
    cwd,
    env: { ...process.env, CI: '', GITHUB_ACTIONS: '' },
  });

/** Rows of a small CSV file (no quoting in these files). */
async function csv(path: string): Promise<Record<string, string>[]> {
  const [head, ...rows] = (await readFile(path, 'utf8')).trim().split('\n');
  const names = head.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [names[i], v])));
}

let registry: TestRegistry;
let project: string;
let base: string;
let server: RunningImage | undefined;

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
  base = (await pushDebianPythonBase(`${registry.host}/base/python:3-debian`)).ref;
  project = await mkdtemp(join(tmpdir(), 'mlci-serve-'));
  await cp(join(root, 'examples/iris'), project, {
    recursive: true,
    filter: (source) => !/[\\/](\.mlci|prepared|model|eval)$/.test(source),
  });
}, 240_000);
afterAll(async () => {
  await server?.stop();
  await registry?.stop();
  if (project) await rm(project, { recursive: true, force: true });
});

describe('examples/iris as a served image', () => {
  test('the image built with the python preset answers the predictions the model made', async () => {
    await mlci(project, 'train', '--config', 'mlci.yml');
    const image = `${registry.host}/iris/model`;
    await mlci(
      project,
      'build-image',
      '--preset',
      'python',
      '--base-image',
      base,
      '--weights',
      'model/model.json',
      '--code',
      'serve.py',
      '--image',
      image,
      '--tags',
      'v1',
      '--run-record',
      '.mlci/run-record.json',
      '--report',
      'image-report.json',
    );
    const report = JSON.parse(await readFile(join(project, 'image-report.json'), 'utf8'));
    expect(report).toMatchObject({ kind: 'mlci/image-report', pushed: true });

    server = await runImage(`${image}@${report.digest}`);
    // What ran is the preset's entrypoint and environment, read from the pushed image's config.
    expect(server.process.args).toEqual(['python', '/opt/app/serve.py']);
    expect(server.process.env).toEqual(expect.arrayContaining(['MODEL_DIR=/opt/model', 'PORT=8080']));
    expect(server.process.cwd).toBe('/opt/app');

    const features = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
    const rows = await csv(join(project, 'prepared/test.csv'));
    const expected = new Map(
      (await csv(join(project, 'eval/predictions.csv'))).map((r) => [r.id, r.prediction]),
    );
    expect(rows.length).toBeGreaterThan(10);
    const res = await fetch(`${server.url}/predict`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instances: rows.map((r) => features.map((f) => Number(r[f]))) }),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { predictions: string[] };
    expect(answer.predictions).toEqual(rows.map((r) => expected.get(r.id)));
    // Not one class for everything: the comparison above could not pass by accident.
    expect(new Set(answer.predictions).size).toBe(3);
  }, 300_000);
});
