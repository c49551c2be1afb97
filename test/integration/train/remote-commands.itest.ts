// `mlci pull`, `mlci push` and `mlci cache gc` against a real docker-registry on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheGc } from '../../../src/actions/cache-gc/cache-gc.js';
import { pull } from '../../../src/actions/pull/pull.js';
import { push } from '../../../src/actions/push/push.js';
import { MlciError } from '../../../src/core/errors.js';
import type { ActionIO } from '../../../src/platform/io.js';
import { cliIO } from '../../../src/platform/cli-io.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { startFaultProxy } from '../../support/proxy.js';
import { project } from './project.js';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
});
afterAll(async () => {
  await registry?.stop();
});

const yml = (repo: string) => `version: 1
train:
  cache-registry: ${registry.host}/${repo}
  stages:
    prepare:
      cmd: mkdir -p data && tr a-z A-Z < raw.txt > data/clean.txt
      deps: [raw.txt]
      outs: [data]
    fit:
      cmd: sh fit.sh
      deps: [data, fit.sh]
      outs: [out]
`;
const FIT = 'mkdir -p out && cat data/clean.txt data/clean.txt > out/model.txt\n';
const files = (repo: string, raw = 'hello\n') => ({ 'mlci.yml': yml(repo), 'fit.sh': FIT, 'raw.txt': raw });

async function command(
  run: (io: ActionIO) => Promise<void>,
  dir: string,
  inputs: Record<string, string> = {},
) {
  const lines: string[] = [];
  const outputsFile = join(dir, `.outputs-${Math.random()}`);
  writeFileSync(outputsFile, '');
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  let error: MlciError | undefined;
  try {
    await run(
      cliIO({
        inputs: new Map(Object.entries(inputs)),
        env: { PATH: process.env.PATH, HOME: dir },
        cwd: dir,
        outputsFile,
        write: (t) => lines.push(t),
      }),
    );
  } catch (thrown) {
    if (!(thrown instanceof MlciError)) throw thrown;
    error = thrown;
  } finally {
    process.stdout.write = write;
  }
  const outputs = Object.fromEntries(
    readFileSync(outputsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  rmSync(outputsFile);
  return { log: lines.join(''), outputs, error };
}

async function tags(repo: string): Promise<string[]> {
  const res = await fetch(`${registry.url}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  return (((await res.json()) as { tags?: string[] }).tags ?? []).sort();
}

describe('mlci pull', () => {
  test('restores what CI trained for this checkout, upstream first; a stage not in the registry fails', async () => {
    const ci = project(files('pull/a'));
    const trained = await ci.train({ cache: 'registry' });
    expect(trained.error).toBeUndefined();

    const laptop = project(files('pull/a'));
    const pulled = await command(pull, laptop.dir);
    expect(pulled.error).toBeUndefined();
    expect(pulled.outputs.pulled).toBe('prepare,fit');
    expect(laptop.read('out/model.txt')).toBe('HELLO\nHELLO\n');

    // Another checkout whose raw data differs: nothing in the registry for it.
    const other = project(files('pull/a', 'changed\n'));
    const missing = await command(pull, other.dir, { targets: 'fit' });
    expect(missing.error?.exitCode).toBe(1);
    expect(missing.error?.message).toMatch(/prepare: the registry has no outputs for its inputs/);
    expect(missing.error?.message).toMatch(/fit: .*data/);
  });
});

describe('mlci push', () => {
  test('uploads a local run so another clone pulls it; refuses outputs changed since the run', async () => {
    const local = project(files('push/a'));
    expect((await local.train({ cache: 'local' })).error).toBeUndefined();
    expect(await tags('push/a')).toEqual([]);
    const pushed = await command(push, local.dir);
    expect(pushed.error).toBeUndefined();
    expect(pushed.outputs.pushed).toBe('prepare,fit');
    expect(await tags('push/a')).toHaveLength(4); // fingerprint and portable tag per stage

    const clone = project(files('push/a'));
    expect((await command(pull, clone.dir)).outputs.pulled).toBe('prepare,fit');
    expect(clone.read('out/model.txt')).toBe('HELLO\nHELLO\n');

    local.write('out/model.txt', 'edited by hand');
    const refused = await command(push, local.dir, { targets: 'fit' });
    expect(refused.error?.message).toMatch(/fit: its outputs changed since the run/);
  });

  test('a fork pull request may not push', async () => {
    const local = project(files('push/fork'));
    await local.train();
    const event = join(local.dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { head: { repo: null }, base: { repo: { full_name: 'a/b' } } } }),
    );
    const run = await command(
      (io) =>
        push({ ...io, env: { ...io.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event } }),
      local.dir,
    );
    expect(run.error?.exitCode).toBe(2);
    expect(run.error?.message).toMatch(/fork/);
    expect(await tags('push/fork')).toEqual([]);
  });
});

describe('mlci cache gc', () => {
  test('keeps the newest N entries per stage and deletes the rest (both tags); --dry-run deletes nothing', async () => {
    const p = project(files('gc/a', 'one\n'));
    for (const raw of ['one\n', 'two\n', 'three\n']) {
      p.write('raw.txt', raw);
      expect((await p.train({ cache: 'registry' })).error).toBeUndefined();
    }
    expect(await tags('gc/a')).toHaveLength(12); // 3 runs x 2 stages x 2 tags
    const dry = await command(cacheGc, p.dir, { command: 'gc', 'keep-last': '1', 'dry-run': 'true' });
    expect(dry.outputs).toMatchObject({ deleted: '4', kept: '2' });
    expect(await tags('gc/a')).toHaveLength(12);

    const gc = await command(cacheGc, p.dir, { command: 'gc', 'keep-last': '1' });
    expect(gc.error).toBeUndefined();
    expect(gc.outputs).toMatchObject({ deleted: '4', kept: '2' });
    expect(await tags('gc/a')).toHaveLength(4);
    // The newest entries remain restorable: a clone at the last input pulls.
    const clone = project(files('gc/a', 'three\n'));
    expect((await command(pull, clone.dir)).outputs.pulled).toBe('prepare,fit');
  });

  test('a registry that refuses deletion: exit 1 with the setting to change', async () => {
    const p = project(files('gc/b'));
    await p.train({ cache: 'registry' });
    await p.train({ cache: 'registry', force: 'true' }).catch(() => undefined);
    p.write('raw.txt', 'x\n');
    await p.train({ cache: 'registry' });
    const proxy = await startFaultProxy(registry.host, [
      { method: 'DELETE', times: 100, fault: { status: 405, body: '{"errors":[{"code":"UNSUPPORTED"}]}' } },
    ]);
    try {
      const gc = await command(cacheGc, p.dir, {
        command: 'gc',
        'keep-last': '1',
        'cache-registry': `${proxy.host}/gc/b`,
      });
      expect(gc.error?.exitCode).toBe(1);
      expect(gc.error?.message).toMatch(/does not allow deleting manifests: .*405/);
      expect(gc.error?.describe()).toMatch(/REGISTRY_STORAGE_DELETE_ENABLED/);
    } finally {
      await proxy.stop();
    }
  });
});
