// `mlci run` with mlci.yml in a sub-directory: what leaves a step (annotations, errors, path outputs) is
// relative to the workspace root, where GitHub looks for the PR's files, and every output is named after
// its section, so no output is written by two sections.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from '@jest/globals';
import { rebasePath, run } from '../../../../src/actions/run/run.js';
import { MlciError } from '../../../../src/core/errors.js';
import type { ActionIO, AnnotationProps } from '../../../../src/platform/io.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'mlci-run-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** An ActionIO that records annotations and outputs as the runner would receive them. */
function recordingIO(root: string, inputs: Record<string, string>) {
  const annotations: { level: string; file?: string; line?: number }[] = [];
  const outputs: [string, string][] = [];
  const note = (level: string) => (_message: string, props?: AnnotationProps) => {
    if (props?.where) annotations.push({ level, file: props.where.file, line: props.where.line });
  };
  const io: ActionIO = {
    inputs: { get: (name) => inputs[name] },
    log: {
      info: () => {},
      debug: () => {},
      notice: note('notice'),
      warning: note('warning'),
      error: note('error'),
      group: (_name, work) => work(),
    },
    env: { PATH: process.env.PATH },
    cwd: root,
    output: (name, value) => outputs.push([name, value]),
    summary: async () => {},
    setSecret: () => {},
  };
  return { io, annotations, outputs };
}

const SCHEMA = 'fields:\n  - name: x\n    type: integer\n';
const CONFIG = `version: 1
validate-data:
  data: data.csv
  schema: schema.yaml
  report: out/validation.json
train:
  record: out/record.json
  cache: none
  stages:
    hello:
      cmd: echo hi > hi.txt
      outs: [hi.txt]
`;

test('annotations and the step error name files relative to the workspace, not to mlci.yml', async () => {
  const root = workspace({
    'ml/mlci.yml': CONFIG,
    'ml/schema.yaml': SCHEMA,
    'ml/data.csv': 'x\n1\nnot-a-number\n',
  });
  const { io, annotations } = recordingIO(root, { config: 'ml/mlci.yml' });
  const error = await run(io).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MlciError);
  expect(annotations).toContainEqual({ level: 'error', file: 'ml/data.csv', line: 3 });
  expect(annotations.every((a) => a.file?.startsWith('ml/'))).toBe(true);
});

test('a step error placed in mlci.yml names it relative to the workspace', async () => {
  const config =
    'version: 1\ntrain:\n  cache: none\n  stages:\n    fit:\n      cmd: echo\n      deps: [nope.csv]\n';
  const root = workspace({ 'ml/mlci.yml': config });
  const { io } = recordingIO(root, { config: 'ml/mlci.yml' });
  const error = await run(io).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MlciError);
  expect((error as MlciError).message).toBe(`stage 'fit': dep "nope.csv" does not exist`);
  expect((error as MlciError).exitCode).toBe(2);
  expect((error as MlciError).where).toMatchObject({ file: 'ml/mlci.yml', line: 6 });
});

test('outputs are named per section, once each, with paths relative to the workspace', async () => {
  const root = workspace({ 'ml/mlci.yml': CONFIG, 'ml/schema.yaml': SCHEMA, 'ml/data.csv': 'x\n1\n2\n' });
  const { io, outputs } = recordingIO(root, { config: 'ml/mlci.yml' });
  await run(io);
  const names = outputs.map(([name]) => name);
  expect(new Set(names).size).toBe(names.length);
  expect(names).not.toContain('report');
  const value = Object.fromEntries(outputs);
  expect(value['validate-data-report']).toBe('ml/out/validation.json');
  expect(value['validate-data-valid']).toBe('true');
  expect(value['train-record']).toBe('ml/out/record.json');
  expect(value['train-ran']).toBe('hello');
  expect(value.steps).toBe('validate-data,train');
});

test('rebasePath', () => {
  expect(rebasePath('data/a.csv', '/w/ml', '/w')).toBe('ml/data/a.csv');
  expect(rebasePath('../shared/a.csv', '/w/ml', '/w')).toBe('shared/a.csv');
  expect(rebasePath('/abs/a.csv', '/w/ml', '/w')).toBe('/abs/a.csv');
  expect(rebasePath('.', '/w', '/w')).toBe('.');
});
