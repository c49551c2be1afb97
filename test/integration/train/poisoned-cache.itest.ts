// Issue 9 §1: Actions cache entries crafted by another (malicious) run, served by the fake GitHub through
// the cache service protocol. Each is a miss with a warning naming the entry and the offending path,
// nothing is written outside the staging dir, and the stage runs. The entries are made by hand: the
// outer archive is what @actions/cache's tar would have extracted with -P before mlci looked.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { packTar, type TarEntry } from '../../../src/core/train/tar.js';
import { cacheVersion, compressionMethod } from '../../../src/platform/cache/actions-download.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { pax, type RawMember, rawTar } from '../../support/raw-tar.js';
import { project } from './project.js';

let fake: FakeGitHub;
let saved: NodeJS.ProcessEnv;
let outside: string;

beforeAll(async () => {
  fake = await startFakeGitHub();
  saved = { ...process.env };
  outside = mkdtempSync(join(tmpdir(), 'mlci-outside-'));
});
afterAll(async () => {
  process.env = saved;
  rmSync(outside, { recursive: true, force: true });
  await fake.stop();
});

const MLCI_YML = `version: 1
train:
  stages:
    fit:
      cmd: sh make.sh
      deps: [in.txt, make.sh]
      outs: [out]
`;
const MAKE = 'mkdir -p out && tr a-z A-Z < in.txt > out/model.txt\n';

/** The inner archive mlci writes: the manifest, then the files it lists (here: honest ones). */
async function innerTar(
  key: string,
  files: Record<string, string>,
  links: Record<string, string> = {},
): Promise<Buffer> {
  const manifest = {
    kind: 'mlci/cache-entry',
    version: 1,
    key,
    inputs: {},
    files: [
      ...Object.entries(files).map(([path, text]) => ({
        path,
        sha256: createHash('sha256').update(text).digest('hex'),
        size: Buffer.byteLength(text),
        executable: false,
      })),
      ...Object.entries(links).map(([path, link]) => ({
        path,
        sha256: createHash('sha256').update(`symlink\u0000${link}`).digest('hex'),
        size: 0,
        executable: false,
        link,
      })),
    ],
  };
  const entries: TarEntry[] = [
    { path: '.mlci-manifest.json', text: JSON.stringify(manifest) },
    ...Object.entries(files).map(([path, text]) => ({ path, text })),
  ].map(
    ({ path, text }): TarEntry => ({
      path,
      type: 'file',
      size: Buffer.byteLength(text),
      read: async function* () {
        yield Buffer.from(text);
      },
    }),
  );
  for (const [path, link] of Object.entries(links)) entries.push({ path, type: 'symlink', size: 0, link });
  const chunks: Uint8Array[] = [];
  for await (const chunk of packTar(entries)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Stores `bytes` as the entry `key` through the cache service, as a run with a cache token could. */
async function seedEntry(key: string, bytes: Buffer): Promise<void> {
  const version = cacheVersion(['.mlci/transfer'], compressionMethod());
  const twirp = async (method: string, body: unknown) => {
    const response = await fetch(`${fake.url}/twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${fake.runtimeToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, string | boolean>;
  };
  const created = await twirp('CreateCacheEntry', { key, version });
  expect(created.ok).toBe(true);
  const put = await fetch(String(created.signed_upload_url), {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob' },
    body: bytes,
  });
  expect(put.status).toBe(201);
  expect(
    (await twirp('FinalizeCacheEntryUpload', { key, version, size_bytes: String(bytes.length) })).ok,
  ).toBe(true);
}

const zstd = (bytes: Buffer) =>
  compressionMethod() === 'gzip'
    ? execFileSync('gzip', ['-c'], { input: bytes })
    : execFileSync('zstd', ['-q', '-c'], { input: bytes, maxBuffer: 1 << 30 });

/** A project on a runner whose stage 'fit' has a forged cache entry made by `outer(key, inner)`. */
async function poisoned(
  text: string,
  outer: (inner: Buffer) => RawMember[] | Buffer,
  links: Record<string, string> = {},
) {
  const p = project({ 'mlci.yml': MLCI_YML, 'make.sh': MAKE, 'in.txt': text });
  mkdirSync(join(p.dir, '.runner-temp'));
  Object.assign(process.env, fake.env(), {
    RUNNER_TEMP: join(p.dir, '.runner-temp'),
    GITHUB_WORKSPACE: p.dir,
  });
  const fingerprint = /fit\s+([0-9a-f]{64})/.exec((await p.fingerprint()).stdout)![1]!;
  const key = `mlci-train-fit-${fingerprint}`;
  const inner = await innerTar(key, { 'out/model.txt': 'FROM THE CACHE' }, links);
  const made = outer(inner);
  await seedEntry(key, Buffer.isBuffer(made) ? made : zstd(rawTar(made)));
  const previous = process.cwd();
  process.chdir(p.dir);
  try {
    const run = await p.train({ cache: 'auto' }, fake.env());
    return { p, key, run };
  } finally {
    process.chdir(previous);
  }
}

const DIR: RawMember = { name: '.mlci/transfer/', type: '5', mode: 0o755 };
const honest = (inner: Buffer): RawMember => ({ name: '.mlci/transfer/outputs.tar', data: inner });

function expectRefused(
  result: Awaited<ReturnType<typeof poisoned>>,
  offending: string | RegExp,
  text: string,
): void {
  const { p, key, run } = result;
  const warning = run.log.split('\n').find((line) => line.includes('cache restore failed'));
  expect(warning).toBeDefined();
  if (typeof offending === 'string') expect(warning).toContain(offending);
  else expect(warning).toMatch(offending);
  expect(warning).toContain(`entry ${key}`);
  expect(run.error).toBeUndefined();
  expect(run.record.stages[0]).toMatchObject({ status: 'ran', cache: { hit: false } });
  expect(p.read('out/model.txt')).toBe(text.toUpperCase());
  // Nothing landed outside the workspace, and no staging or transfer dir is left inside it.
  expect(readdirSync(outside)).toEqual([]);
  expect(existsSync(join(p.dir, '.mlci/transfer'))).toBe(false);
  const tmp = join(p.dir, '.mlci/tmp');
  expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
}

describe('poisoned Actions cache entries: a miss with a warning, the stage runs', () => {
  test('an honest hand-made entry restores (the fixtures are right)', async () => {
    const { p, run } = await poisoned('honest', (inner) => [DIR, honest(inner)]);
    expect(run.record.stages[0]).toMatchObject({ status: 'cached', cache: { hit: true } });
    expect(p.read('out/model.txt')).toBe('FROM THE CACHE');
  });

  test('outer archive with a ../ member', async () => {
    const dotdot = `../../../../../../../..${outside}/dotdot.txt`;
    const result = await poisoned('dotdot', (inner) => [
      DIR,
      honest(inner),
      { name: dotdot, data: Buffer.from('x') },
    ]);
    expectRefused(result, `archive entry "${dotdot}"`, 'dotdot');
  });

  test('outer archive with an absolute member', async () => {
    const result = await poisoned('absolute', (inner) => [
      { name: `${outside}/abs.txt`, data: Buffer.from('x') },
      DIR,
      honest(inner),
    ]);
    expectRefused(result, `archive entry "${outside}/abs.txt"`, 'absolute');
  });

  test('a symlink to /etc, then a file through it; the same to a directory outside', async () => {
    const etc = await poisoned('etc', (inner) => [
      DIR,
      { name: '.mlci/transfer/etc', type: '2', linkname: '/etc' },
      { name: '.mlci/transfer/etc/mlci-owned', data: Buffer.from('x') },
      honest(inner),
    ]);
    expectRefused(etc, 'archive entry ".mlci/transfer/etc" is a link', 'etc');
    const out = await poisoned('linked', (inner) => [
      DIR,
      { name: '.mlci/transfer/x', type: '2', linkname: outside },
      { name: '.mlci/transfer/x/owned.txt', data: Buffer.from('x') },
      honest(inner),
    ]);
    expectRefused(out, 'archive entry ".mlci/transfer/x" is a link', 'linked');
  });

  test('a hard link out of the workspace', async () => {
    const result = await poisoned('hardlink', (inner) => [
      DIR,
      honest(inner),
      { name: '.mlci/transfer/passwd', type: '1', linkname: '/etc/passwd' },
    ]);
    expectRefused(result, 'archive entry ".mlci/transfer/passwd" is a link', 'hardlink');
  });

  test('a 10 GB sparse member, and a 10 GB pax size on a member holding a few bytes', async () => {
    const sparse = await poisoned('sparse', (inner) => [
      DIR,
      { name: '.mlci/transfer/bomb', type: 'S', data: Buffer.alloc(512) },
      honest(inner),
    ]);
    expectRefused(
      sparse,
      'archive entry ".mlci/transfer/bomb" is a link or special file (type \'S\')',
      'sparse',
    );
    const paxBomb = await poisoned('paxbomb', (inner) => [
      DIR,
      pax({ size: String(10 * 10 ** 9) }),
      honest(inner),
    ]);
    expectRefused(paxBomb, /archive is truncated/, 'paxbomb');
  });

  test('links: one inside the outputs is restored as a link; one leading out is refused', async () => {
    const inside = await poisoned('linkin', (inner) => [DIR, honest(inner)], { 'out/latest': 'model.txt' });
    expect(inside.run.record.stages[0]).toMatchObject({ status: 'cached', cache: { hit: true } });
    expect(readlinkSync(join(inside.p.dir, 'out/latest'))).toBe('model.txt');
    const out = await poisoned('linkout', (inner) => [DIR, honest(inner)], { 'out/etc': '../../etc' });
    expectRefused(out, /link out of the outputs/, 'linkout');
  });

  test('a zstd stream that never ends (no end of frame)', async () => {
    const result = await poisoned('endless', (inner) => {
      const whole = zstd(rawTar([DIR, honest(inner)]));
      return whole.subarray(0, whole.length - 8);
    });
    expectRefused(result, /zstd|unexpected end|truncated|premature/i, 'endless');
  });
});
