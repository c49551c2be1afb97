import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { init } from '../../../../src/actions/init/init.js';
import { parseConfig } from '../../../../src/config/loader.js';
import { cliIO } from '../../../../src/platform/cli-io.js';

const root = join(import.meta.dirname, '../../../..');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlci-init-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runInit(inputs: Record<string, string> = {}) {
  const outputs: Record<string, string> = {};
  let summary = '';
  const io = cliIO({ inputs: new Map(Object.entries(inputs)), cwd: dir, env: {}, write: () => {} });
  await init({
    ...io,
    output: (name, value) => {
      outputs[name] = value;
    },
    summary: async (md) => {
      summary += md;
    },
  });
  return { outputs, summary };
}

const read = (path: string) => readFile(join(dir, path), 'utf8');

describe('mlci init', () => {
  test('data and a train script: an inferred schema and profile, a loadable mlci.yml, the workflow, next steps', async () => {
    await mkdir(join(dir, 'data'));
    await cp(join(root, 'examples/iris/data/iris.csv'), join(dir, 'data/iris.csv'));
    await writeFile(join(dir, 'train.py'), 'print(1)\n');
    const { outputs, summary } = await runInit();
    expect(outputs.written.split(',').sort()).toEqual([
      '.github/workflows/mlci.yml',
      'data/reference-profile.json',
      'data/schema.yaml',
      'mlci.yml',
    ]);
    expect(outputs.kept).toBe('');
    const schema = parse(await read('data/schema.yaml'));
    expect(schema.fields.map((f: { name: string }) => f.name)).toEqual([
      'id',
      'sepal_length',
      'sepal_width',
      'petal_length',
      'petal_width',
      'species',
    ]);
    expect(JSON.parse(await read('data/reference-profile.json')).kind).toBe('mlci/data-profile');
    const config = parseConfig(await read('mlci.yml'));
    expect(config.value).toMatchObject({
      'validate-data': {
        data: 'data/iris.csv',
        schema: 'data/schema.yaml',
        'reference-profile': 'data/reference-profile.json',
      },
      train: { stages: { train: { cmd: 'python3 train.py', deps: ['train.py', 'data/iris.csv'] } } },
    });
    const workflow = parse(await read('.github/workflows/mlci.yml'));
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.mlci.steps[1]).toMatchObject({
      uses: 'OWNER/mlci@v1',
      with: { config: 'mlci.yml' },
    });
    expect(summary).toContain('`npx mlci run --config mlci.yml`');
    expect(summary).toMatch(/`git add .*mlci\.yml.*&& git commit -m "Add mlci"`/);
  });

  test('never overwrites: a second run keeps every file, byte for byte, and says so', async () => {
    await mkdir(join(dir, 'data'));
    await cp(join(root, 'examples/iris/data/iris.csv'), join(dir, 'data/iris.csv'));
    await runInit();
    await writeFile(join(dir, 'mlci.yml'), 'version: 1\n# mine\n');
    const before = await read('data/schema.yaml');
    const { outputs } = await runInit();
    expect(outputs.written).toBe('');
    expect(outputs.kept.split(',').sort()).toEqual([
      '.github/workflows/mlci.yml',
      'data/schema.yaml',
      'mlci.yml',
    ]);
    expect(await read('mlci.yml')).toBe('version: 1\n# mine\n');
    expect(await read('data/schema.yaml')).toBe(before);
  });

  test('a dvc.yaml is the train stage; an existing schema is used, not inferred', async () => {
    await writeFile(join(dir, 'dvc.yaml'), 'stages:\n  fit:\n    cmd: python fit.py\n');
    await writeFile(join(dir, 'train.py'), '');
    await writeFile(join(dir, 'table.csv'), 'a,b\n1,2\n');
    await writeFile(join(dir, 'schema.yaml'), 'fields: [{ name: a }, { name: b }]\n');
    const { outputs } = await runInit();
    expect(outputs.written.split(',').sort()).toEqual(['.github/workflows/mlci.yml', 'mlci.yml']);
    expect(outputs.kept).toBe('schema.yaml');
    const config = parseConfig(await read('mlci.yml'));
    expect(config.value).toMatchObject({
      'validate-data': { data: 'table.csv', schema: 'schema.yaml' },
      train: { 'dvc-file': 'dvc.yaml' },
    });
    // no profile was inferred, so none is named
    expect(config.value['validate-data']).not.toHaveProperty('reference-profile');
  });

  test('an empty directory: a mlci.yml with the sections commented out, still loadable', async () => {
    const { outputs } = await runInit();
    expect(outputs.written.split(',').sort()).toEqual(['.github/workflows/mlci.yml', 'mlci.yml']);
    expect(parseConfig(await read('mlci.yml')).value).toEqual({ version: 1 });
  });
});
