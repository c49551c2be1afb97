// Issue 9 §3: an output pointed at an input of the same run is exit 2 before any work, and leaves the
// input as it was; a failed run does not leave the previous report looking current.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { buildImage } from '../../../src/actions/build-image/build-image.js';
import { compareMetrics } from '../../../src/actions/compare-metrics/compare-metrics.js';
import { train } from '../../../src/actions/train/train.js';
import { validateData } from '../../../src/actions/validate-data/validate-data.js';
import { MlciError } from '../../../src/core/errors.js';
import type { ActionIO } from '../../../src/platform/io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-outputs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Runs a command in `dir` with `inputs`; returns the MlciError it threw (or undefined) and its log. */
async function run(command: (io: ActionIO) => Promise<void>, inputs: Record<string, string>) {
  const log: string[] = [];
  const io: ActionIO = {
    inputs: { get: (name) => inputs[name] || undefined },
    log: {
      info: (m) => log.push(m),
      debug: () => {},
      notice: (m) => log.push(m),
      warning: (m) => log.push(m),
      error: (m) => log.push(m),
      group: (_n, work) => work(),
    },
    env: { PATH: process.env.PATH },
    cwd: dir,
    output: () => {},
    summary: async () => {},
    setSecret: () => {},
  };
  try {
    await command(io);
    return { error: undefined, log };
  } catch (thrown) {
    if (!(thrown instanceof MlciError)) throw thrown;
    return { error: thrown, log };
  }
}

const CSV = 'id,x\n1,2\n2,3\n';
const SCHEMA = JSON.stringify({
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'x', type: 'number' },
  ],
});

describe('an output that is an input is exit 2, and the input is untouched', () => {
  test.each([
    ['report', 'data.csv', 'data'],
    ['report', 'schema.json', 'schema'],
    ['profile', 'data.csv', 'data'],
  ])('validate-data: %s = %s', async (output, path, input) => {
    write({ 'data.csv': CSV, 'schema.json': SCHEMA });
    const { error } = await run(validateData, { data: 'data.csv', schema: 'schema.json', [output]: path });
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(new RegExp(`\`${output}\` \\(${path}\\) is the input \`${input}\``));
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe(CSV);
    expect(readFileSync(join(dir, 'schema.json'), 'utf8')).toBe(SCHEMA);
  });

  test.each([
    ['report', 'pkg/data/rows.csv'],
    ['report', 'pkg/rows.schema.json'],
  ])('validate-data with a datapackage: %s = a resource file (%s)', async (output, path) => {
    const descriptor = JSON.stringify({
      name: 'p',
      resources: [{ name: 'rows', path: 'data/rows.csv', schema: 'rows.schema.json' }],
    });
    write({ 'pkg/datapackage.json': descriptor, 'pkg/data/rows.csv': CSV, 'pkg/rows.schema.json': SCHEMA });
    const { error } = await run(validateData, { datapackage: 'pkg/datapackage.json', [output]: path });
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(
      new RegExp(`\`${output}\` \\(${path}\\) is the input \`datapackage resources\``),
    );
    expect(readFileSync(join(dir, 'pkg/data/rows.csv'), 'utf8')).toBe(CSV);
    expect(readFileSync(join(dir, 'pkg/rows.schema.json'), 'utf8')).toBe(SCHEMA);
    // the same package with the outputs elsewhere runs
    const ok = await run(validateData, { datapackage: 'pkg/datapackage.json', report: 'out/report.json' });
    expect(ok.error).toBeUndefined();
  });

  test('train: record = mlci.yml, and record = a stage’s metrics file; no stage ran', async () => {
    const yml = `version: 1\ntrain:\n  stages:\n    fit:\n      cmd: echo ran > ran.txt\n      deps: [data.csv]\n      metrics: [metrics.json]\n`;
    write({ 'mlci.yml': yml, 'data.csv': CSV, 'metrics.json': '{"acc": 1}' });
    for (const [record, input] of [
      ['mlci.yml', 'config'],
      ['metrics.json', 'metrics'],
      ['data.csv', 'deps'],
    ]) {
      const { error } = await run(train, { record: record!, cache: 'none' });
      expect(error?.exitCode).toBe(2);
      expect(error?.message).toContain(`is the input \`${input}\``);
    }
    expect(readFileSync(join(dir, 'mlci.yml'), 'utf8')).toBe(yml);
    expect(readFileSync(join(dir, 'metrics.json'), 'utf8')).toBe('{"acc": 1}');
    expect(() => readFileSync(join(dir, 'ran.txt'))).toThrow();
  });

  test('compare-metrics: report = the candidate metrics file', async () => {
    write({ 'metrics.json': '{"accuracy": 0.9}', 'base.json': '{"accuracy": 0.8}' });
    const { error } = await run(compareMetrics, {
      candidate: 'metrics.json',
      baseline: 'base.json',
      report: 'metrics.json',
    });
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toContain('is the input `candidate`');
    expect(readFileSync(join(dir, 'metrics.json'), 'utf8')).toBe('{"accuracy": 0.9}');
  });

  test('build-image: docker-tar = the weights, report = the run record', async () => {
    write({ 'model.bin': 'weights', 'record.json': '{}' });
    const tar = await run(buildImage, { weights: 'model.bin', 'docker-tar': 'model.bin', push: 'false' });
    expect(tar.error?.exitCode).toBe(2);
    expect(tar.error?.message).toContain('`docker-tar` (model.bin) is the input `weights`');
    const report = await run(buildImage, {
      weights: 'model.bin',
      'docker-tar': 'image.tar',
      'run-record': 'record.json',
      report: 'record.json',
    });
    expect(report.error?.exitCode).toBe(2);
    expect(readFileSync(join(dir, 'model.bin'), 'utf8')).toBe('weights');
    expect(readFileSync(join(dir, 'record.json'), 'utf8')).toBe('{}');
  });
});

describe('a failed run leaves no stale verdict', () => {
  test('validate-data: a usage error marks the previous report as an error', async () => {
    write({ 'data.csv': CSV, 'schema.json': SCHEMA });
    const ok = await run(validateData, { data: 'data.csv', schema: 'schema.json' });
    expect(ok.error).toBeUndefined();
    const report = join(dir, 'mlci-validation-report.json');
    expect(JSON.parse(readFileSync(report, 'utf8')).valid).toBe(true);
    const failed = await run(validateData, { data: 'data.csv', schema: 'missing.json' });
    expect(failed.error?.exitCode).toBe(2);
    const stale = JSON.parse(readFileSync(report, 'utf8'));
    expect(stale).toMatchObject({ kind: 'mlci/validation-report', status: 'error', error: { exitCode: 2 } });
    expect(stale.valid).toBeUndefined();
  });
});
