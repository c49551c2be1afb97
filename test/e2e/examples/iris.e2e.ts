// The README's first command, as a workflow runs it: the umbrella action's bundle (dist/run) on the
// bundled example project, on Node 20 and Node 24. validate-data -> train -> compare-metrics ->
// build-image (offline OCI layout), then a second run that restores both training stages from the cache.
import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from '@jest/globals';
import { runBundle } from '../../harness/runner.js';
import { bundle } from '../../support/bundles.js';
import { testTempDir } from '../../support/temp-dirs.js';

const root = join(import.meta.dirname, '../../..');
const git = (cwd: string, ...args: string[]) => promisify(execFile)('git', args, { cwd });

/** A checkout of the example as actions/checkout leaves it: a git work tree at one commit. */
async function checkout(): Promise<string> {
  const dir = testTempDir('mlci-iris-');
  await cp(join(root, 'examples/iris'), dir, {
    recursive: true,
    filter: (source) => !/[\\/](\.mlci|prepared|model|eval)$/.test(source),
  });
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, '-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'add', '.');
  await git(dir, '-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-qm', 'example');
  return dir;
}

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

describe.each(['node20', 'node24'] as const)('examples/iris through the umbrella action on %s', (node) => {
  test('the whole pipeline passes, then the second run restores training from the cache', async () => {
    const cwd = await checkout();
    const first = await runBundle({ bundle: await bundle('run'), node, cwd, timeoutMs: 240_000 });
    expect({
      exitCode: first.exitCode,
      errors: first.annotations.filter((a) => a.level === 'error'),
    }).toEqual({
      exitCode: 0,
      errors: [],
    });
    expect(first.outputs.steps).toBe('validate-data,train,compare-metrics,build-image');

    const validation = await json(join(cwd, '.mlci/validation-report.json'));
    expect(validation).toMatchObject({ kind: 'mlci/validation-report', valid: true, errorCount: 0 });
    const record = await json(join(cwd, '.mlci/run-record.json'));
    expect(record.kind).toBe('mlci/run-record');
    const comparison = await json(join(cwd, '.mlci/comparison-report.json'));
    expect(comparison).toMatchObject({ kind: 'mlci/comparison-report', verdict: 'pass' });
    const image = await json(join(cwd, '.mlci/image-report.json'));
    expect(image.kind).toBe('mlci/image-report');
    const layout = await json(join(cwd, '.mlci/image/index.json'));
    expect(layout.schemaVersion).toBe(2);
    expect(first.summary).toMatch(/validate-data/);
    expect(first.summary).toMatch(/mlci compare-metrics: ✅ pass/);

    const second = await runBundle({ bundle: await bundle('run'), node, cwd, timeoutMs: 240_000 });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/Stage 'prepare' didn't change, skipping/);
    expect(second.stdout).toMatch(/Stage 'fit' didn't change, skipping/);
    // Same sources, same commit: the image digest is reproducible across runs (and runtimes).
    const again = await json(join(cwd, '.mlci/image-report.json'));
    expect(again.digest).toBe(image.digest);
  }, 600_000);
});
