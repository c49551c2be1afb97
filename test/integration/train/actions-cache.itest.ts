// The train stage's outputs through the real @actions/cache and the harness's fake cache service.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { project } from './project.js';

let fake: FakeGitHub;
let saved: NodeJS.ProcessEnv;

beforeAll(async () => {
  fake = await startFakeGitHub();
  saved = { ...process.env };
});
afterAll(async () => {
  process.env = saved;
  await fake.stop();
});

const MAKE = `mkdir -p out && tr a-z A-Z < in.txt > out/model.txt && echo '{"acc": 0.5}' > m.json\n`;
const MLCI_YML = `version: 1
train:
  stages:
    fit:
      cmd: sh make.sh
      deps: [in.txt, make.sh]
      outs: [out]
      metrics: [m.json]
`;

/** A project whose workspace is what @actions/cache archives relative to, as on a runner. */
function runnerProject(text: string) {
  const p = project({ 'mlci.yml': MLCI_YML, 'make.sh': MAKE, 'in.txt': text });
  mkdirSync(join(p.dir, '.runner-temp'));
  // @actions/cache reads these from process.env at call time; the command reads its own io.env.
  Object.assign(process.env, fake.env(), {
    RUNNER_TEMP: join(p.dir, '.runner-temp'),
    GITHUB_WORKSPACE: p.dir,
  });
  return p;
}

describe('train with the GitHub Actions cache (fake service, real @actions/cache)', () => {
  test('a miss saves into the Actions cache; a fresh workspace restores from it', async () => {
    const p = runnerProject('hello');
    const env = fake.env();
    const first = await p.train({ cache: 'auto' }, env);
    expect(first.error).toBeUndefined();
    expect(first.record.stages[0]).toMatchObject({ status: 'ran', cache: { hit: false, save: 'saved' } });
    const key = first.record.stages[0]!.cache!.key;
    expect(fake.state.caches).toContainEqual(expect.objectContaining({ key, finalized: true }));

    // As another job would: no outputs, no local cache, nothing left in the transfer dir.
    rmSync(join(p.dir, 'out'), { recursive: true });
    rmSync(join(p.dir, '.mlci'), { recursive: true });
    const second = await p.train({ cache: 'auto' }, env);
    expect(second.record.stages[0]).toMatchObject({
      status: 'cached',
      cache: { hit: true, source: 'github-actions' },
    });
    expect(p.read('out/model.txt')).toBe('HELLO');
    expect(second.record.stages[0]!.metrics).toEqual({ 'm.json': { acc: 0.5 } });
    expect(existsSync(join(p.dir, '.mlci/transfer'))).toBe(false);
  });

  test('CACHE-01: the cache service answering 500 is a miss, the stage runs and the job succeeds', async () => {
    const p = runnerProject('fault');
    const fault = fake.fault({ method: 'POST', path: '/twirp/*/GetCacheEntryDownloadURL', status: 500 });
    try {
      const run = await p.train({ cache: 'auto' }, fake.env());
      expect(run.error).toBeUndefined();
      expect(run.outputs['cache-hit']).toBe('false');
      expect(run.record.stages[0]!.status).toBe('ran');
      expect(p.read('out/model.txt')).toBe('FAULT');
      expect(fault.hits).toBeGreaterThan(0);
    } finally {
      fault.remove();
    }
  });

  test('CACHE-08: an entry with a path escaping the workspace is refused with a warning, and the stage runs', async () => {
    const p = runnerProject('poison');
    const { stdout } = await p.fingerprint();
    const fingerprint = /fit\s+([0-9a-f]{64})/.exec(stdout)![1]!;
    const key = `mlci-train-fit-${fingerprint}`;
    // Forge the entry another (malicious) run could have saved under this key.
    const transfer = join(p.dir, '.mlci/transfer');
    const evil = join(p.dir, 'evil');
    mkdirSync(join(evil, 'a'), { recursive: true });
    writeFileSync(
      join(evil, 'a', '.mlci-manifest.json'),
      JSON.stringify({ kind: 'mlci/cache-entry', version: 1, key, inputs: {}, files: [] }),
    );
    writeFileSync(join(p.dir, 'pwned.txt'), 'x');
    mkdirSync(transfer, { recursive: true });
    execFileSync('tar', [
      '-cf',
      join(transfer, 'outputs.tar'),
      '-C',
      join(evil, 'a'),
      '.mlci-manifest.json',
      '-C',
      p.dir,
      '--transform',
      's,^pwned,../../pwned,',
      'pwned.txt',
    ]);
    rmSync(join(p.dir, 'pwned.txt'));
    const cache = await import('@actions/cache');
    const previous = process.cwd();
    process.chdir(p.dir);
    try {
      expect(await cache.saveCache(['.mlci/transfer'], key)).toBeGreaterThan(0);
    } finally {
      process.chdir(previous);
    }
    rmSync(transfer, { recursive: true });
    process.chdir(p.dir);
    try {
      const run = await p.train({ cache: 'auto' }, fake.env());
      expect(run.log).toContain(
        'cache restore failed: archive entry "../../pwned.txt" is not a safe relative path',
      );
      expect(run.record.stages[0]!.status).toBe('ran');
      expect(existsSync(join(p.dir, '..', '..', 'pwned.txt'))).toBe(false);
    } finally {
      process.chdir(previous);
    }
  });

  test('TRIG-02: a privileged event restores but never saves', async () => {
    const p = runnerProject('privileged');
    const run = await p.train({ cache: 'auto' }, { ...fake.env(), GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(run.record.stages[0]!.cache?.save).toMatch(/^skipped: `pull_request_target` runs share/);
    expect(run.log).toContain('cache save skipped');
  });

  test('CACHE-11: no cache service in the environment falls back to the local cache with a notice', async () => {
    const p = runnerProject('local');
    const run = await p.train({ cache: 'github-actions' }, {});
    expect(run.log).toContain('the GitHub Actions cache service is not available here');
    expect(run.record.stages[0]!.cache?.save).toBe('saved');
    expect(existsSync(join(p.dir, '.mlci/cache/entries'))).toBe(true);
  });
});
