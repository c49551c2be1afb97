// Issue 9 §2: untrusted text (file names, field names, metric names, stage output, registry replies)
// carrying workflow commands reaches the log of a real command run through the runner's IO, and the
// step's stdout and stderr hold no command mlci did not issue itself.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { compareMetrics } from '../../../src/actions/compare-metrics/compare-metrics.js';
import { reportFailure } from '../../../src/actions/run-action.js';
import { buildImage } from '../../../src/actions/build-image/build-image.js';
import { train } from '../../../src/actions/train/train.js';
import { validateData } from '../../../src/actions/validate-data/validate-data.js';
import type { ActionIO } from '../../../src/platform/io.js';
import { checkStatus } from '../../../src/platform/registry/errors.js';
import { runnerIO } from '../../../src/platform/runner-io.js';
import { parseWorkflowCommands } from '../../harness/workflow-files.js';
import { HOSTILE, injectedCommands } from '../../support/runner-commands.js';

let files: string;
let dir: string;
let saved: NodeJS.ProcessEnv;

// @actions/core reads the file-command paths from process.env, and keeps the summary's path once read.
beforeAll(() => {
  files = mkdtempSync(join(tmpdir(), 'mlci-inject-files-'));
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE']) {
    process.env[name] = join(files, name);
    writeFileSync(process.env[name]!, '');
  }
});

afterAll(() => rmSync(files, { recursive: true, force: true }));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-inject-'));
  saved = { ...process.env };
});

afterEach(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `command` with the runner's IO over `inputs`, and returns what it printed on stdout and stderr. */
async function printed(command: (io: ActionIO) => Promise<void>, inputs: Record<string, string>) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  const chunks: string[] = [];
  const capture = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  let exitCode = 0;
  try {
    const io = runnerIO({ ...process.env, GITHUB_WORKSPACE: dir, PATH: process.env.PATH });
    try {
      await command(io);
    } catch (thrown) {
      exitCode = reportFailure({ name: 'test' } as never, thrown, io);
    }
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { text: chunks.join(''), exitCode };
}

function write(path: string, text: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe('no workflow command from untrusted text', () => {
  test('validate-data: a data file name and a schema field name', async () => {
    write(`data/${HOSTILE}.csv`, `id,"${HOSTILE.replace(/"/g, '')}"\n1,notanumber\n2,3\n`);
    write(
      'schema.json',
      JSON.stringify({
        fields: [
          { name: 'id', type: 'integer' },
          { name: HOSTILE, type: 'number' },
        ],
      }),
    );
    const run = await printed(validateData, { data: 'data/*.csv', schema: 'schema.json' });
    expect(run.text).toContain('PWNED');
    expect(injectedCommands(run.text)).toEqual([]);
    expect(parseWorkflowCommands(run.text).some((c) => c.command === 'error')).toBe(true);
  });

  test('train: stage output with lone CRs and LFs, and a metric name', async () => {
    write(
      'emit.js',
      `process.stdout.write(${JSON.stringify(HOSTILE)});
       process.stderr.write('\\r::add-mask::PWNED\\r\\n');
       require('fs').writeFileSync('metrics.json', JSON.stringify({ [${JSON.stringify(HOSTILE)}]: 1 }));`,
    );
    const run = await printed(train, {
      cmd: `${JSON.stringify(process.execPath)} emit.js`,
      metrics: 'metrics.json',
      cache: 'none',
      record: 'record.json',
    });
    expect(run.text).toContain('[train] ::add-mask::PWNED');
    expect(injectedCommands(run.text)).toEqual([]);
  });

  test('compare-metrics: metric names in the candidate and the baseline', async () => {
    write('candidate.json', JSON.stringify({ [HOSTILE]: 0.5, accuracy: 0.7 }));
    write('baseline.json', JSON.stringify({ [HOSTILE]: 0.9, accuracy: 0.9 }));
    const run = await printed(compareMetrics, {
      candidate: 'candidate.json',
      baseline: 'baseline.json',
      rules: JSON.stringify({ [HOSTILE]: 'higher', accuracy: 'higher' }),
    });
    expect(run.exitCode).toBe(1);
    expect(run.text).toContain('PWNED');
    expect(injectedCommands(run.text)).toEqual([]);
  });

  test('build-image: a registry error message', async () => {
    const body = JSON.stringify({ errors: [{ code: 'DENIED', message: HOSTILE }] });
    const response = {
      status: 403,
      headers: {},
      url: 'https://r.example/v2/',
      body: Readable.from([Buffer.from(body)]),
    };
    const run = await printed(async () => {
      await checkStatus(response, 'PUT', 201);
    }, {});
    expect(run.exitCode).toBe(1);
    expect(run.text).toContain('PWNED');
    expect(injectedCommands(run.text)).toEqual([]);
  });
});

describe('credentials in image references are redacted in every message', () => {
  test.each([
    ['image', 'https://user:s3cret@ghcr.io/acme/model'],
    ['image', 'user:s3cret@ghcr.io/acme/model:v1'],
    ['base-image', 'https://user:s3cret@registry.example/acme/base:1'],
  ])('%s: %s', async (input, reference) => {
    write('model.bin', 'weights');
    const run = await printed(buildImage, {
      weights: 'model.bin',
      'oci-layout': 'layout',
      push: 'false',
      [input]: reference,
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.text).toMatch(/\*\*\*@/);
    expect(run.text).not.toContain('s3cret');
  });
});
