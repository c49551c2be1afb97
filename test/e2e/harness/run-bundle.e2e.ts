// The umbrella action's bundle (dist/run) under the runner emulation, on Node 20 and Node 24: exit
// codes, error annotations that point into mlci.yml, no stack traces.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { runBundle } from '../../harness/runner.js';
import { bundle as bundlePath } from '../../support/bundles.js';
import { expectNoStackTrace } from '../../support/no-stack-trace.js';
import { testTempDir } from '../../support/temp-dirs.js';

let bundle: string;

beforeAll(async () => {
  bundle = await bundlePath('run');
}, 300_000);

async function workspaceWith(config: string | undefined): Promise<string> {
  const dir = testTempDir('mlci-e2e-ws-');
  if (config !== undefined) await writeFile(join(dir, 'mlci.yml'), config);
  return dir;
}

describe.each(['node20', 'node24'] as const)('dist/run on %s', (node) => {
  test('an unknown key in mlci.yml: exit 2, one error annotation at its line and column', async () => {
    const cwd = await workspaceWith('version: 1\n\n# the next key is misspelt\ntrian:\n  stages: {}\n');
    const run = await runBundle({ bundle, node, cwd });
    expect(run.exitCode).toBe(2);
    expect(run.annotations).toEqual([
      {
        level: 'error',
        title: 'mlci run',
        file: 'mlci.yml',
        line: 4,
        col: 1,
        message: expect.stringMatching(
          /^unknown key `trian` — did you mean `train`\?\n {2}hint: allowed here: /,
        ),
      },
    ]);
    expect(run.outputs).toEqual({});
    expectNoStackTrace(run);
  });

  test('a valid config with no steps: exit 2 naming the file, line 1', async () => {
    const cwd = await workspaceWith('version: 1\n');
    const run = await runBundle({ bundle, node, cwd });
    expect(run.exitCode).toBe(2);
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        file: 'mlci.yml',
        line: 1,
        message: expect.stringMatching(
          /declares no step to run\n {2}hint: add a section such as `validate-data:`/,
        ),
      }),
    ]);
    expectNoStackTrace(run);
  });

  test('the config input and a missing file', async () => {
    const cwd = await workspaceWith(undefined);
    const run = await runBundle({ bundle, node, cwd, inputs: { config: 'ci/mlci.yml' } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/^cannot read .*ci\/mlci\.yml/),
      }),
    ]);
    expectNoStackTrace(run);
  });

  test('an unknown section in the `only` input', async () => {
    const cwd = await workspaceWith('version: 1\ntrain: {}\n');
    const run = await runBundle({ bundle, node, cwd, inputs: { only: 'trainn' } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^unknown section `trainn` — did you mean `train`\?/),
    ]);
  });
});
