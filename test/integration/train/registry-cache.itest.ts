// The train cache in a real OCI registry (docker-registry on 127.0.0.1, plain and token auth), through
// the HTTP fault proxy for the faults (reliability-and-security.md REG-01…06, CACHE-07).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Credentials } from '../../../src/core/image/docker-config.js';
import type { FingerprintInputs } from '../../../src/core/train/fingerprint.js';
import { cacheTag, parseCacheManifest, portableTag } from '../../../src/core/train/cache-artifact.js';
import { hashOutputs } from '../../../src/platform/cache/outputs.js';
import { registryStore } from '../../../src/platform/cache/registry-store.js';
import { RegistryClient } from '../../../src/platform/registry/client.js';
import { type HttpFaultProxy, startHttpFaultProxy } from '../../harness/http-fault-proxy.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type FaultRule, startFaultProxy } from '../../support/proxy.js';
import { project } from './project.js';

let plain: TestRegistry;
let token: TestRegistry;
const dirs: string[] = [];
beforeAll(async () => {
  [plain, token] = await Promise.all([startRegistry({ auth: 'none' }), startRegistry({ auth: 'token' })]);
});
afterAll(async () => {
  await Promise.all([plain?.stop(), token?.stop()]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const FP = (n: number) => createHash('sha256').update(`fingerprint ${n}`).digest('hex');
const KEY = (n: number) => `mlci-train-fit-${FP(n)}`;

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-regcache-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function storeAt(
  host: string,
  repository: string,
  root: string,
  credentials?: Credentials,
  workersFrom?: number,
) {
  const warnings: string[] = [];
  const infos: string[] = [];
  const store = registryStore({
    client: new RegistryClient(host, { credentials }),
    repository,
    root,
    warn: (m) => warnings.push(m),
    info: (m) => infos.push(m),
    sleep: async () => {},
    workersFrom,
  });
  return { store, warnings, infos };
}

async function save(host: string, repository: string, root: string, key: string, credentials?: Credentials) {
  const s = storeAt(host, repository, root, credentials);
  const { files } = await hashOutputs(root, ['out']);
  const result = await s.store.save({
    kind: 'mlci/cache-entry',
    version: 1,
    key,
    inputs: inputsOf(key),
    files,
  });
  return { ...s, result };
}

const inputsOf = (key: string, os = 'linux'): FingerprintInputs => ({
  schema: 1,
  cmd: `train ${key}`,
  shell: 'default',
  wdir: '.',
  deps: {},
  params: {},
  env: {},
  runtime: { os, arch: 'x64', distro: '', tools: { python: os }, lockfiles: {} },
  seed: 0,
  outs: ['out'],
  upstream: {},
});

const TEN = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`out/f${i}.bin`, `file ${i} `.repeat(1000)]),
);

async function manifestOf(registry: TestRegistry | HttpFaultProxy, repository: string, tag: string) {
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('registry cache store (plain docker-registry)', () => {
  test('save, then a fresh workspace restores the same bytes; the artifact is ORAS-shaped', async () => {
    const a = workspace({ ...TEN, 'out/run.sh': '#!/bin/sh\n' });
    chmodSync(join(a, 'out/run.sh'), 0o755);
    const saved = await save(plain.host, 'cache/hit', a, KEY(1));
    expect(saved.result).toBe('saved');
    expect(saved.warnings).toEqual([]);

    const { status, bytes } = await manifestOf(plain, 'cache/hit', cacheTag(KEY(1)));
    expect(status).toBe(200);
    const manifest = JSON.parse(bytes.toString()) as {
      artifactType: string;
      config: { mediaType: string };
      layers: { annotations: Record<string, string> }[];
      annotations: Record<string, string>;
    };
    expect(manifest.artifactType).toBe('application/vnd.mlci.train-cache.v1+json');
    expect(manifest.config.mediaType).toBe('application/vnd.oci.empty.v1+json');
    expect(manifest.layers).toHaveLength(11);
    expect(manifest.layers.map((l) => l.annotations['org.opencontainers.image.title']).sort()).toEqual(
      [...Object.keys(TEN), 'out/run.sh'].sort(),
    );
    expect(manifest.annotations['dev.mlci.train.fingerprint']).toBe(FP(1));
    expect(parseCacheManifest(bytes).key).toBe(KEY(1));

    const b = workspace({ 'out/stale.txt': 'old' });
    const { store, warnings } = storeAt(plain.host, 'cache/hit', b);
    const hit = await store.restore(KEY(1), ['out']);
    expect(warnings).toEqual([]);
    expect(hit?.source).toBe('registry');
    for (const [path, text] of Object.entries(TEN)) expect(readFileSync(join(b, path), 'utf8')).toBe(text);
    expect(existsSync(join(b, 'out/stale.txt'))).toBe(false);
    expect(statSync(join(b, 'out/run.sh')).mode & 0o111).not.toBe(0);
    expect(existsSync(join(b, '.mlci/tmp')) ? readdirSync(join(b, '.mlci/tmp')) : []).toEqual([]);
  });

  test('skopeo (an independent client) copies the entry to an OCI layout with every file as a blob', async () => {
    const a = workspace(TEN);
    await save(plain.host, 'cache/skopeo', a, KEY(12));
    const layout = workspace();
    execFileSync('skopeo', [
      'copy',
      '--src-tls-verify=false',
      `docker://${plain.host}/cache/skopeo:${cacheTag(KEY(12))}`,
      `oci:${layout}/oci:entry`,
    ]);
    for (const text of Object.values(TEN)) {
      const sha = createHash('sha256').update(text).digest('hex');
      expect(readFileSync(join(layout, 'oci/blobs/sha256', sha), 'utf8')).toBe(text);
    }
  });

  test('the entry is also tagged by its portable key: another OS finds it by its inputs', async () => {
    const a = workspace(TEN);
    await save(plain.host, 'cache/portable', a, KEY(11));
    const b = workspace();
    const { store } = storeAt(plain.host, 'cache/portable', b);
    const macos = inputsOf(KEY(11), 'darwin');
    expect(portableTag('fit', macos)).toBe(portableTag('fit', inputsOf(KEY(11))));
    const entry = await store.lookupPortable('fit', macos);
    expect(entry?.key).toBe(KEY(11));
    expect(await store.lookupPortable('fit', { ...macos, cmd: 'other' })).toBeUndefined();
  });

  test('a key never saved is a plain miss (no warning, workspace untouched)', async () => {
    const b = workspace({ 'out/mine.txt': 'mine' });
    const { store, warnings } = storeAt(plain.host, 'cache/hit', b);
    expect(await store.restore(KEY(99), ['out'])).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(readFileSync(join(b, 'out/mine.txt'), 'utf8')).toBe('mine');
  });

  test('an entry with a file outside the declared outputs is refused', async () => {
    const a = workspace(TEN);
    await save(plain.host, 'cache/outside', a, KEY(2));
    const b = workspace();
    const { store, warnings } = storeAt(plain.host, 'cache/outside', b);
    expect(await store.restore(KEY(2), ['out/f1.bin'])).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/"out\/f0.bin", outside the stage's outputs/);
    expect(existsSync(join(b, 'out'))).toBe(false);
  });

  test('after a change to one of ten files, the second save uploads only that file', async () => {
    const proxy = await startFaultProxy(plain.host, []);
    try {
      const a = workspace(TEN);
      expect((await save(proxy.host, 'cache/delta', a, KEY(3))).result).toBe('saved');
      const firstUploads = proxy.log.filter(
        (r) => r.method === 'POST' && /blobs\/uploads/.test(r.path),
      ).length;
      expect(firstUploads).toBe(11); // ten files and the empty config
      proxy.log.length = 0;
      writeFileSync(join(a, 'out/f4.bin'), 'changed');
      const second = await save(proxy.host, 'cache/delta', a, KEY(4));
      expect(second.result).toBe('saved');
      const uploads = proxy.log.filter((r) => r.method === 'POST' && /blobs\/uploads/.test(r.path));
      expect(uploads).toHaveLength(1);
      expect(second.infos.join('\n')).toMatch(/uploaded 1 of 10 file\(s\) \(7 bytes\)/);
      // Both entries restore, sharing nine blobs.
      const b = workspace();
      expect(await storeAt(plain.host, 'cache/delta', b).store.restore(KEY(3), ['out'])).toBeDefined();
      expect(readFileSync(join(b, 'out/f4.bin'), 'utf8')).toBe(TEN['out/f4.bin']);
    } finally {
      await proxy.stop();
    }
  });

  test('a partial entry (one blob gone) is a miss with a warning, not a half restore', async () => {
    const a = workspace(TEN);
    await save(plain.host, 'cache/partial', a, KEY(5));
    const sha = createHash('sha256').update(TEN['out/f7.bin']!).digest('hex');
    const del = await fetch(`${plain.url}/v2/cache/partial/blobs/sha256:${sha}`, { method: 'DELETE' });
    expect(del.status).toBe(202);
    const b = workspace({ 'out/mine.txt': 'mine' });
    const { store, warnings } = storeAt(plain.host, 'cache/partial', b);
    expect(await store.restore(KEY(5), ['out'])).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/partial entry: the blob of "out\/f7.bin" is missing/);
    expect(readFileSync(join(b, 'out/mine.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(b, 'out/f0.bin'))).toBe(false);
  });

  test('a tampered blob (bytes not matching the digest) is a miss with a warning; nothing is written', async () => {
    const a = workspace(TEN);
    await save(plain.host, 'cache/tamper', a, KEY(6));
    const proxy = await startHttpFaultProxy(plain.url);
    try {
      const sha = createHash('sha256').update(TEN['out/f2.bin']!).digest('hex');
      proxy.fault({
        method: 'GET',
        path: new RegExp(`/blobs/sha256:${sha}$`),
        status: 200,
        body: 'X'.repeat(TEN['out/f2.bin']!.length),
      });
      const b = workspace({ 'out/mine.txt': 'mine' });
      const { store, warnings } = storeAt(proxy.host, 'cache/tamper', b);
      expect(await store.restore(KEY(6), ['out'])).toBeUndefined();
      expect(warnings.join('\n')).toMatch(
        /the blob of "out\/f2.bin" does not match its manifest .*tampered or corrupt/,
      );
      expect(readFileSync(join(b, 'out/mine.txt'), 'utf8')).toBe('mine');
      expect(existsSync(join(b, 'out/f0.bin'))).toBe(false);
    } finally {
      await proxy.stop();
    }
  });

  test('two jobs saving the same fingerprint at once converge on one complete entry', async () => {
    const a = workspace(TEN);
    const c = workspace(TEN);
    const [one, two] = await Promise.all([
      save(plain.host, 'cache/race', a, KEY(7)),
      save(plain.host, 'cache/race', c, KEY(7)),
    ]);
    expect([one.result, two.result].every((r) => r === 'saved' || r === 'exists')).toBe(true);
    const b = workspace();
    const { store, warnings } = storeAt(plain.host, 'cache/race', b);
    expect(await store.restore(KEY(7), ['out'])).toBeDefined();
    expect(warnings).toEqual([]);
    for (const [path, text] of Object.entries(TEN)) expect(readFileSync(join(b, path), 'utf8')).toBe(text);
    // A third save of that fingerprint finds it and uploads nothing.
    expect((await save(plain.host, 'cache/race', a, KEY(7))).result).toBe('exists');
  });

  const UNAVAILABLE = '{"errors":[{"code":"UNAVAILABLE","message":"fault"}]}';
  test.each<[string, FaultRule]>([
    [
      '503 on a blob PATCH',
      { method: 'PATCH', path: /\/blobs\/uploads\//, times: 2, fault: { status: 503, body: UNAVAILABLE } },
    ],
    [
      '429 on the commit PUT',
      {
        method: 'PUT',
        path: /\/blobs\/uploads\//,
        fault: { status: 429, body: '{"errors":[{"code":"TOOMANYREQUESTS"}]}' },
      },
    ],
    [
      'a connection reset mid-upload',
      { method: 'PATCH', path: /\/blobs\/uploads\//, fault: { resetAfterBytes: 3000 } },
    ],
    [
      '500 on the manifest PUT',
      {
        method: 'PUT',
        path: /\/manifests\//,
        fault: { status: 500, body: '{"errors":[{"code":"UNKNOWN"}]}' },
      },
    ],
  ])('%s is retried and the entry is complete', async (_name, rule) => {
    const proxy = await startFaultProxy(plain.host, [rule]);
    try {
      const a = workspace(TEN);
      const repo = `cache/fault-${Math.random().toString(36).slice(2, 8)}`;
      const saved = await save(proxy.host, repo, a, KEY(8));
      expect(saved.result).toBe('saved');
      // A reset is logged twice (the reset, then the upstream's error): count the faults themselves.
      expect(proxy.log.filter((r) => r.faulted && r.outcome !== 'error')).toHaveLength(rule.times ?? 1);
      expect(saved.warnings.join('\n')).toMatch(/retrying/);
      const b = workspace();
      expect(await storeAt(plain.host, repo, b).store.restore(KEY(8), ['out'])).toBeDefined();
      for (const [path, text] of Object.entries(TEN)) expect(readFileSync(join(b, path), 'utf8')).toBe(text);
    } finally {
      await proxy.stop();
    }
  });

  test('a registry that keeps failing: the save fails with a warning and no tag points anywhere', async () => {
    const proxy = await startFaultProxy(plain.host, [
      { method: 'PATCH', path: /\/blobs\/uploads\//, times: 100, fault: { status: 503, body: UNAVAILABLE } },
    ]);
    try {
      const a = workspace(TEN);
      const saved = await save(proxy.host, 'cache/down', a, KEY(9));
      expect(saved.result).toMatch(/^failed: .*503/);
      expect(saved.warnings.join('\n')).toMatch(/save failed/);
      expect((await manifestOf(plain, 'cache/down', cacheTag(KEY(9)))).status).toBe(404);
    } finally {
      await proxy.stop();
    }
  });
});

describe('registry cache store (token auth)', () => {
  test('with credentials: save and restore', async () => {
    const credentials: Credentials = { kind: 'basic', username: token.username!, password: token.password! };
    const a = workspace(TEN);
    expect((await save(token.host, 'cache/auth', a, KEY(10), credentials)).result).toBe('saved');
    const b = workspace();
    const { store, warnings } = storeAt(token.host, 'cache/auth', b, credentials);
    expect(await store.restore(KEY(10), ['out'])).toBeDefined();
    expect(warnings).toEqual([]);
  });

  test("a large blob on a worker thread's own GET carries the token; a 401 there goes to the client's re-auth", async () => {
    const credentials: Credentials = { kind: 'basic', username: token.username!, password: token.password! };
    const a = workspace(TEN);
    const big = randomBytes(9 * 1024 * 1024);
    writeFileSync(join(a, 'out/big.bin'), big);
    expect((await save(token.host, 'cache/auth-big', a, KEY(11), credentials)).result).toBe('saved');
    const bigBlob = new RegExp(`/blobs/sha256:${createHash('sha256').update(big).digest('hex')}$`);
    // First without a fault: one GET of the big blob (the worker's, with the token: no fallback).
    const clean = await startFaultProxy(token.host, []);
    try {
      const b = workspace();
      const { store, warnings, infos } = storeAt(clean.host, 'cache/auth-big', b, credentials, 0);
      expect(await store.restore(KEY(11), ['out'])).toBeDefined();
      expect(warnings).toEqual([]);
      expect(infos.join('\n')).not.toMatch(/instead of worker threads/);
      expect(
        clean.log.filter((r) => r.method === 'GET' && bigBlob.test(r.path)).map((r) => r.outcome),
      ).toEqual([200]);
      expect(readFileSync(join(b, 'out/big.bin')).equals(big)).toBe(true);
    } finally {
      await clean.stop();
    }
    // A 401 (an expired token) on the worker's GET: the registry client re-authenticates and gets the blob.
    const expired = await startFaultProxy(token.host, [
      {
        method: 'GET',
        path: bigBlob,
        fault: {
          status: 401,
          body: '{"errors":[{"code":"UNAUTHORIZED"}]}',
          headers: {
            'www-authenticate': `Bearer realm="${token.realm}",service="${token.service}",scope="repository:cache/auth-big:pull"`,
          },
        },
      },
    ]);
    try {
      const b = workspace();
      const { store, warnings, infos } = storeAt(expired.host, 'cache/auth-big', b, credentials, 0);
      expect(await store.restore(KEY(11), ['out'])).toBeDefined();
      expect(warnings).toEqual([]);
      // Said once, with why: the restore works, only off the fast path.
      expect(infos.filter((line) => /instead of worker threads/.test(line))).toEqual([
        expect.stringMatching(/through the registry client instead of worker threads \(.*\(401\)\)$/),
      ]);
      const gets = expired.log.filter((r) => r.method === 'GET' && bigBlob.test(r.path));
      expect(gets.map((r) => r.outcome)).toEqual([401, 200]);
      expect(readFileSync(join(b, 'out/big.bin')).equals(big)).toBe(true);
    } finally {
      await expired.stop();
    }
  });

  test('bad credentials: restore and save warn and return a miss / failure, never throw', async () => {
    const wrong: Credentials = { kind: 'basic', username: token.username!, password: 'wrong' };
    const a = workspace(TEN);
    const saved = await save(token.host, 'cache/auth', a, KEY(10), wrong);
    expect(saved.result).toMatch(/^failed: /);
    const { store, warnings } = storeAt(token.host, 'cache/auth', workspace(), wrong);
    expect(await store.restore(KEY(10), ['out'])).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/registry cache .*restore failed: .*401/);
  });
});

const MAKE = `mkdir -p out && tr a-z A-Z < in.txt > out/model.txt && echo '{"acc": 0.5}' > m.json\n`;
const MLCI_YML = `version: 1
train:
  cache: registry
  stages:
    fit:
      cmd: sh make.sh
      deps: [in.txt, make.sh]
      outs: [out]
      metrics: [m.json]
`;

describe('mlci train with cache: registry', () => {
  test('a miss saves to local and registry; another clone restores from the registry; bad auth still runs', async () => {
    const repo = `${plain.host}/cache/train`;
    const p = project({ 'mlci.yml': MLCI_YML, 'make.sh': MAKE, 'in.txt': 'hello' });
    const first = await p.train({ cache: 'registry', 'cache-registry': repo });
    expect(first.error).toBeUndefined();
    expect(first.record.stages[0]).toMatchObject({ status: 'ran', cache: { hit: false, save: 'saved' } });

    const q = project({ 'mlci.yml': MLCI_YML, 'make.sh': MAKE, 'in.txt': 'hello' });
    const second = await q.train({ cache: 'registry', 'cache-registry': repo });
    expect(second.record.stages[0]).toMatchObject({
      status: 'cached',
      cache: { hit: true, source: 'registry' },
    });
    expect(q.read('out/model.txt')).toBe('HELLO');
    // The hit was kept locally: a third run reads no network.
    rmSync(join(q.dir, 'out'), { recursive: true });
    const third = await q.train({ cache: 'registry', 'cache-registry': repo });
    expect(third.record.stages[0]).toMatchObject({ status: 'cached', cache: { source: 'local' } });

    const r = project({ 'mlci.yml': MLCI_YML, 'make.sh': MAKE, 'in.txt': 'hello' });
    const dockerDir = join(r.dir, '.docker');
    mkdirSync(dockerDir);
    writeFileSync(
      join(dockerDir, 'config.json'),
      JSON.stringify({ auths: { [token.host]: { auth: Buffer.from('mlci-ci:wrong').toString('base64') } } }),
    );
    const denied = await r.train(
      { cache: 'registry', 'cache-registry': `${token.host}/cache/train` },
      { DOCKER_CONFIG: dockerDir },
    );
    expect(denied.error).toBeUndefined();
    expect(denied.record.stages[0]).toMatchObject({
      status: 'ran',
      cache: { save: expect.stringMatching(/^failed/) },
    });
    expect(denied.log).toMatch(/registry cache .*restore failed: .*401/);
  });

  test('cache-registry-username/password: the token registry saves and restores; the password is masked and never reaches the stage', async () => {
    const repo = `${token.host}/cache/inputs`;
    const secret = token.password!;
    const yml = MLCI_YML.replace('cmd: sh make.sh', 'cmd: sh make.sh && env > env.txt');
    const p = project({ 'mlci.yml': yml, 'make.sh': MAKE, 'in.txt': 'creds' });
    const inputs = {
      cache: 'registry',
      'cache-registry': repo,
      'cache-registry-username': token.username!,
      'cache-registry-password': secret,
    };
    const first = await p.train(inputs);
    expect(first.record.stages[0]).toMatchObject({ status: 'ran', cache: { save: 'saved' } });
    expect(first.log).toContain(
      `${token.host}: credentials from cache-registry-username/cache-registry-password`,
    );
    expect(first.log).not.toContain(secret);
    expect(p.read('env.txt')).not.toContain(secret);
    const q = project({ 'mlci.yml': yml, 'make.sh': MAKE, 'in.txt': 'creds' });
    const second = await q.train(inputs);
    expect(second.record.stages[0]).toMatchObject({
      status: 'cached',
      cache: { hit: true, source: 'registry' },
    });
    // without them the same registry refuses: the inputs, not some ambient login, made it work
    const r = project({ 'mlci.yml': yml, 'make.sh': MAKE, 'in.txt': 'creds' });
    const anonymous = await r.train({ cache: 'registry', 'cache-registry': repo });
    expect(anonymous.record.stages[0]).toMatchObject({ status: 'ran' });
    expect(anonymous.log).toMatch(/registry cache .*restore failed: .*401/);
  });

  test('a pull request from a fork restores but does not write to the registry', async () => {
    const repo = `${plain.host}/cache/fork`;
    const p = project({ 'mlci.yml': MLCI_YML, 'make.sh': MAKE, 'in.txt': 'fork' });
    const event = join(p.dir, '.event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          head: { repo: { full_name: 'evil/repo' } },
          base: { repo: { full_name: 'acme/repo' } },
        },
      }),
    );
    const run = await p.train(
      { cache: 'registry', 'cache-registry': repo },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    expect(run.record.stages[0]).toMatchObject({ status: 'ran', cache: { save: 'saved' } });
    expect(run.log).toMatch(/registry cache save skipped: a pull request from a fork/);
    const key = run.record.stages[0]!.cache!.key;
    expect((await manifestOf(plain, 'cache/fork', cacheTag(key))).status).toBe(404);
  });

  test("mlci.yml's train section gives cache and cache-registry when the command line does not", async () => {
    const yml = MLCI_YML.replace(
      '  cache: registry\n',
      `  cache: registry\n  cache-registry: ${plain.host}/cache/config\n`,
    );
    const p = project({ 'mlci.yml': yml, 'make.sh': MAKE, 'in.txt': 'config' });
    const io = { cache: undefined as unknown as string };
    const first = await p.train(io);
    expect(first.record.stages[0]).toMatchObject({ status: 'ran', cache: { save: 'saved' } });
    const key = first.record.stages[0]!.cache!.key;
    expect((await manifestOf(plain, 'cache/config', cacheTag(key))).status).toBe(200);
  });

  test('cache: registry without cache-registry is a usage error', async () => {
    const p = project({
      'mlci.yml': MLCI_YML.replace('  cache: registry\n', ''),
      'make.sh': MAKE,
      'in.txt': 'x',
    });
    const run = await p.train({ cache: 'registry' });
    expect(run.error?.exitCode).toBe(2);
    expect(run.error?.message).toMatch(/`cache: registry` needs `cache-registry`/);
  });
});

// Restore streams each blob once: hashed and written as it arrives (a worker thread from 8 MiB up), renamed
// into the workspace only when every blob of the entry checked out.
describe.each([
  ['on worker threads', 0, 20],
  ['on the main thread', Number.POSITIVE_INFINITY, 30],
])('registry cache restore: streaming, faults and shared blobs (%s)', (_where, workersFrom, k) => {
  // ASCII (the fault proxy sends a text body), past the 8 MiB where a worker thread takes the blob.
  const BIG = Buffer.from(randomBytes(7 * 1024 * 1024).toString('base64'));
  const BIG_SHA = createHash('sha256').update(BIG).digest('hex');
  const bigBlob = new RegExp(`/blobs/sha256:${BIG_SHA}$`);

  /** An entry with one large file (the worker path), small ones, and `out/copy.bin` = the large file. */
  async function bigEntry(repository: string, n: number) {
    repository = `${repository}-${k}`;
    const a = workspace(TEN);
    writeFileSync(join(a, 'out/big.bin'), BIG);
    writeFileSync(join(a, 'out/copy.bin'), BIG);
    expect((await save(plain.host, repository, a, KEY(n))).result).toBe('saved');
  }

  /** A workspace with a file of its own, and what to check that nothing of the entry got into it. */
  function untouched() {
    const dir = workspace({ 'out/mine.txt': 'mine' });
    return {
      dir,
      check() {
        expect(readdirSync(join(dir, 'out'))).toEqual(['mine.txt']);
        expect(readFileSync(join(dir, 'out/mine.txt'), 'utf8')).toBe('mine');
        expect(existsSync(join(dir, '.mlci/tmp')) ? readdirSync(join(dir, '.mlci/tmp')) : []).toEqual([]);
      },
    };
  }

  test('two outputs with the same bytes: one download, two files (not one inode)', async () => {
    await bigEntry('cache/shared', k);
    const proxy = await startFaultProxy(plain.host, []);
    try {
      const b = workspace();
      const { store, warnings } = storeAt(proxy.host, `cache/shared-${k}`, b, undefined, workersFrom);
      expect(await store.restore(KEY(k), ['out'])).toBeDefined();
      expect(warnings).toEqual([]);
      expect(proxy.log.filter((r) => r.method === 'GET' && bigBlob.test(r.path))).toHaveLength(1);
      expect(readFileSync(join(b, 'out/big.bin')).equals(BIG)).toBe(true);
      expect(readFileSync(join(b, 'out/copy.bin')).equals(BIG)).toBe(true);
      expect(statSync(join(b, 'out/big.bin')).ino).not.toBe(statSync(join(b, 'out/copy.bin')).ino);
      for (const [path, text] of Object.entries(TEN)) expect(readFileSync(join(b, path), 'utf8')).toBe(text);
    } finally {
      await proxy.stop();
    }
  });

  test('a tampered large blob (same length, other bytes) is a miss with a warning; nothing is written', async () => {
    await bigEntry('cache/tamper-big', k + 1);
    const proxy = await startHttpFaultProxy(plain.url);
    try {
      const forged = Buffer.from(BIG);
      // One character, at the very end: only a hash of every byte sees it.
      forged[forged.length - 1] = forged[forged.length - 1] === 0x41 ? 0x42 : 0x41;
      proxy.fault({ method: 'GET', path: bigBlob, status: 200, body: forged.toString('latin1') });
      const b = untouched();
      const { store, warnings } = storeAt(proxy.host, `cache/tamper-big-${k}`, b.dir, undefined, workersFrom);
      expect(await store.restore(KEY(k + 1), ['out'])).toBeUndefined();
      expect(warnings.join('\n')).toMatch(
        /the blob of "out\/(big|copy).bin" does not match its manifest .*tampered or corrupt/,
      );
      expect(warnings.join('\n')).not.toMatch(/retrying/); // a wrong digest is not a network blip
      b.check();
    } finally {
      await proxy.stop();
    }
  });

  test('a large blob gone from the registry is a partial entry: a miss with a warning, not retried', async () => {
    await bigEntry('cache/partial-big', k + 5);
    const del = await fetch(`${plain.url}/v2/cache/partial-big-${k}/blobs/sha256:${BIG_SHA}`, {
      method: 'DELETE',
    });
    expect(del.status).toBe(202);
    const proxy = await startFaultProxy(plain.host, []);
    try {
      const b = untouched();
      const { store, warnings } = storeAt(
        proxy.host,
        `cache/partial-big-${k}`,
        b.dir,
        undefined,
        workersFrom,
      );
      expect(await store.restore(KEY(k + 5), ['out'])).toBeUndefined();
      expect(warnings.join('\n')).toMatch(/partial entry: the blob of "out\/(big|copy).bin" is missing/);
      expect(warnings.join('\n')).not.toMatch(/retrying/);
      expect(
        proxy.log.filter((r) => r.method === 'GET' && bigBlob.test(r.path)).map((r) => r.outcome),
      ).toEqual([404]);
      b.check();
    } finally {
      await proxy.stop();
    }
  });

  test('a download cut off mid-stream is retried, and the restore is whole', async () => {
    await bigEntry('cache/cut-once', k + 2);
    const proxy = await startFaultProxy(plain.host, [
      { method: 'GET', path: bigBlob, fault: { cutResponseAfterBytes: 3 * 1024 * 1024 } },
    ]);
    try {
      const b = workspace();
      const { store, warnings } = storeAt(proxy.host, `cache/cut-once-${k}`, b, undefined, workersFrom);
      expect(await store.restore(KEY(k + 2), ['out'])).toBeDefined();
      expect(warnings.join('\n')).toMatch(/downloading "out\/(big|copy).bin" failed .*; retrying/);
      expect(proxy.log.filter((r) => r.method === 'GET' && bigBlob.test(r.path))).toHaveLength(2);
      expect(readFileSync(join(b, 'out/big.bin')).equals(BIG)).toBe(true);
      expect(readFileSync(join(b, 'out/copy.bin')).equals(BIG)).toBe(true);
    } finally {
      await proxy.stop();
    }
  });

  test('a download cut off every time is a miss with a warning, never a half restore', async () => {
    await bigEntry('cache/cut-always', k + 3);
    const proxy = await startFaultProxy(plain.host, [
      { method: 'GET', path: bigBlob, times: 100, fault: { cutResponseAfterBytes: 3 * 1024 * 1024 } },
    ]);
    try {
      const b = untouched();
      const { store, warnings } = storeAt(proxy.host, `cache/cut-always-${k}`, b.dir, undefined, workersFrom);
      expect(await store.restore(KEY(k + 3), ['out'])).toBeUndefined();
      expect(warnings.join('\n')).toMatch(/restore failed/);
      expect(proxy.log.filter((r) => r.method === 'GET' && bigBlob.test(r.path))).toHaveLength(3);
      b.check();
    } finally {
      await proxy.stop();
    }
  });

  test('a 503 on a blob GET is retried; a registry that keeps answering 500 is a miss', async () => {
    await bigEntry('cache/5xx', k + 4);
    const once = await startFaultProxy(plain.host, [
      { method: 'GET', path: bigBlob, fault: { status: 503, body: UNAVAILABLE_BODY } },
    ]);
    try {
      const b = workspace();
      const { store, warnings } = storeAt(once.host, `cache/5xx-${k}`, b, undefined, workersFrom);
      expect(await store.restore(KEY(k + 4), ['out'])).toBeDefined();
      expect(warnings.join('\n')).toMatch(/retrying/);
      expect(readFileSync(join(b, 'out/big.bin')).equals(BIG)).toBe(true);
    } finally {
      await once.stop();
    }
    const always = await startFaultProxy(plain.host, [
      {
        method: 'GET',
        path: bigBlob,
        times: 100,
        fault: { status: 500, body: '{"errors":[{"code":"UNKNOWN"}]}' },
      },
    ]);
    try {
      const b = untouched();
      const { store, warnings } = storeAt(always.host, `cache/5xx-${k}`, b.dir, undefined, workersFrom);
      expect(await store.restore(KEY(k + 4), ['out'])).toBeUndefined();
      expect(warnings.join('\n')).toMatch(/restore failed: .*500/);
      b.check();
    } finally {
      await always.stop();
    }
  });
});

const UNAVAILABLE_BODY = '{"errors":[{"code":"UNAVAILABLE","message":"fault"}]}';
