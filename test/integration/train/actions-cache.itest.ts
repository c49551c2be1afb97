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

/** Saves `archive` as the Actions cache entry of the project's stage 'fit', as another run could have. */
async function forgeEntry(dir: string, key: string, archive: Buffer) {
  const transfer = join(dir, '.mlci/transfer');
  mkdirSync(transfer, { recursive: true });
  writeFileSync(join(transfer, 'outputs.tar'), archive);
  const cache = await import('@actions/cache');
  const previous = process.cwd();
  process.chdir(dir);
  try {
    expect(await cache.saveCache(['.mlci/transfer'], key)).toBeGreaterThan(0);
  } finally {
    process.chdir(previous);
    rmSync(transfer, { recursive: true });
  }
}

async function tarOf(entries: { path: string; bytes: Buffer }[]): Promise<Buffer> {
  const { packTar } = await import('../../../src/core/train/tar.js');
  const chunks: Uint8Array[] = [];
  const list = entries.map(({ path, bytes }) => ({
    path,
    type: 'file' as const,
    size: bytes.length,
    read: async function* () {
      yield bytes;
    },
  }));
  for await (const chunk of packTar(list)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('untrusted Actions cache entries', () => {
  async function forged(
    text: string,
    files: { path: string; bytes: Buffer }[],
    claimed: { path: string; text: string }[],
    prepare: (dir: string) => void = () => {},
  ) {
    const p = runnerProject(text);
    prepare(p.dir);
    const fingerprint = /fit\s+([0-9a-f]{64})/.exec((await p.fingerprint()).stdout)![1]!;
    const key = `mlci-train-fit-${fingerprint}`;
    const { createHash } = await import('node:crypto');
    const manifest = {
      kind: 'mlci/cache-entry',
      version: 1,
      key,
      inputs: {},
      files: claimed.map(({ path, text: body }) => ({
        path,
        sha256: createHash('sha256').update(body).digest('hex'),
        size: Buffer.byteLength(body),
        executable: false,
      })),
    };
    const archive = await tarOf([
      { path: '.mlci-manifest.json', bytes: Buffer.from(JSON.stringify(manifest)) },
      ...files,
    ]);
    return { p, archive, key };
  }

  test('a file whose bytes do not match the manifest: warning, miss, nothing of it in the workspace', async () => {
    const { p, archive, key } = await forged(
      'tampered',
      [{ path: 'out/model.txt', bytes: Buffer.from('EVIL') }],
      [{ path: 'out/model.txt', text: 'GOOD' }],
    );
    await forgeEntry(p.dir, key, archive);
    const run = await inWorkspace(p.dir, () => p.train({ cache: 'auto' }, fake.env()));
    expect(run.log).toContain('cache restore failed: out/model.txt does not match its sha256');
    expect(run.record.stages[0]!.status).toBe('ran');
    expect(p.read('out/model.txt')).toBe('TAMPERED');
  });

  test('CACHE-04: a truncated archive is a miss with a warning, and no partial output is left', async () => {
    const big = Buffer.alloc(100_000, 'z');
    const { p, archive, key } = await forged(
      'truncated',
      [{ path: 'out/model.txt', bytes: big }],
      [{ path: 'out/model.txt', text: big.toString() }],
      // The stage then fails after the miss, so the outputs stay absent unless the restore left some.
      (dir) => writeFileSync(join(dir, 'make.sh'), 'exit 9\n'),
    );
    await forgeEntry(p.dir, key, archive.subarray(0, 50_000));
    const run = await inWorkspace(p.dir, () => p.train({ cache: 'auto' }, fake.env()));
    expect(run.log).toContain('cache restore failed: archive is truncated');
    expect(existsSync(join(p.dir, 'out'))).toBe(false);
    expect(run.error?.message).toBe("stage 'fit': command exited with code 9");
  });
});

/** Runs `work` with the workspace as the process's cwd, as on a runner (the cache paths are relative to it). */
async function inWorkspace<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await work();
  } finally {
    process.chdir(previous);
  }
}
