// The registry client behind a proxy (HTTP_PROXY / HTTPS_PROXY / NO_PROXY): a train cache entry saved and
// restored through an http proxy in absolute form, and an https registry reached through a CONNECT tunnel.
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FingerprintInputs } from '../../../src/core/train/fingerprint.js';
import { hashOutputs } from '../../../src/platform/cache/outputs.js';
import { registryStore } from '../../../src/platform/cache/registry-store.js';
import { RegistryClient } from '../../../src/platform/registry/client.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';

let registry: TestRegistry;
const dir = mkdtempSync(join(tmpdir(), 'mlci-proxy-'));
const servers: { close(): unknown }[] = [];
const saved = { ...process.env };
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
});
afterEach(() => {
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'])
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
});
afterAll(async () => {
  for (const server of servers) server.close();
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function listen<T extends http.Server | net.Server>(server: T): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An http proxy: absolute-form requests for `registry.test:5000` go to the test registry; a log of them. */
async function forwardProxy() {
  const seen: { url: string; host?: string; auth?: string }[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', host: req.headers.host, auth: req.headers['proxy-authorization'] });
    const target = new URL(req.url ?? '/');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: Number(registry.host.split(':')[1]),
        method: req.method,
        path: target.pathname + target.search,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  return { port: await listen(server), seen };
}

const inputs: FingerprintInputs = {
  schema: 1,
  cmd: 'train',
  shell: 'default',
  wdir: '.',
  deps: {},
  params: {},
  env: {},
  runtime: { os: 'linux', arch: 'x64', distro: '', tools: {}, lockfiles: {} },
  seed: 0,
  outs: ['out'],
  upstream: {},
};

test('HTTP_PROXY: a cache entry is saved and restored through the proxy (absolute-form, Host kept)', async () => {
  const proxy = await forwardProxy();
  process.env.HTTP_PROXY = `http://mlci:s3cret@127.0.0.1:${proxy.port}`;
  const a = join(dir, 'a');
  mkdirSync(join(a, 'out'), { recursive: true });
  writeFileSync(join(a, 'out/model.bin'), 'weights '.repeat(5000));
  // Past the 8 MiB where a worker thread downloads a blob itself: a proxied one must stay on the proxy.
  const big = Buffer.alloc(9 * 1024 * 1024, 'big ');
  writeFileSync(join(a, 'out/big.bin'), big);
  const key = `mlci-train-fit-${createHash('sha256').update('proxy').digest('hex')}`;
  const store = (root: string) =>
    registryStore({
      client: new RegistryClient('registry.test:5000', { insecure: ['registry.test:5000'] }),
      repository: 'cache/proxy',
      root,
      warn: (m) => {
        throw new Error(m);
      },
      info: () => {},
      workersFrom: 0,
    });
  const { files } = await hashOutputs(a, ['out']);
  expect(await store(a).save({ kind: 'mlci/cache-entry', version: 1, key, inputs, files })).toBe('saved');
  const b = join(dir, 'b');
  mkdirSync(b);
  expect(await store(b).restore(key, ['out'])).toBeDefined();
  expect(readFileSync(join(b, 'out/model.bin'), 'utf8')).toBe('weights '.repeat(5000));
  expect(readFileSync(join(b, 'out/big.bin')).equals(big)).toBe(true);
  // Every request went through the proxy, in absolute form, for the registry's own host.
  expect(proxy.seen.length).toBeGreaterThan(5);
  for (const request of proxy.seen) {
    expect(request.url).toMatch(/^http:\/\/registry\.test:5000\/v2\//);
    expect(request.host).toBe('registry.test:5000');
    expect(request.auth).toBe(`Basic ${Buffer.from('mlci:s3cret').toString('base64')}`);
  }
  // NO_PROXY: the same host goes direct (and fails: registry.test does not resolve).
  process.env.NO_PROXY = '.test';
  const before = proxy.seen.length;
  const warnings: string[] = [];
  const direct = registryStore({
    client: new RegistryClient('registry.test:5000', { insecure: ['registry.test:5000'] }),
    repository: 'cache/proxy',
    root: b,
    warn: (m) => warnings.push(m),
    info: () => {},
    sleep: async () => {},
  });
  expect(await direct.restore(key, ['out'])).toBeUndefined();
  expect(proxy.seen.length).toBe(before);
  expect(warnings.join('\n')).toMatch(/cannot reach registry\.test:5000 \((ENOTFOUND|EAI_AGAIN)/);
});

test('HTTPS_PROXY: an https registry is reached through a CONNECT tunnel; TLS runs inside it', async () => {
  // A TLS server with a self-signed certificate stands in for the registry: the client must refuse it,
  // which shows the TLS handshake (with SNI registry.test) went through the tunnel to it.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=registry.test',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const names: (string | undefined)[] = [];
  const tlsServer = https.createServer(
    {
      key: readFileSync(join(dir, 'key.pem')),
      cert: readFileSync(join(dir, 'cert.pem')),
      SNICallback: (name, done) => {
        names.push(name);
        done(null);
      },
    },
    (_req, res) => res.end('{}'),
  );
  const tlsPort = await listen(tlsServer);
  const connects: string[] = [];
  const proxy = http.createServer();
  proxy.on('connect', (req, client: net.Socket) => {
    connects.push(req.url ?? '');
    if (req.url === 'denied.test:443') {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
      return;
    }
    const upstream = net.connect(tlsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  process.env.HTTPS_PROXY = `127.0.0.1:${await listen(proxy)}`;
  const failure = await new RegistryClient('registry.test')
    .call({ method: 'GET', target: '/v2/', ok: [200] })
    .catch((e: unknown) => e as Error);
  expect(connects[0]).toBe('registry.test:443');
  expect(names).toContain('registry.test');
  expect(String((failure as Error).message)).toMatch(/self[- ]signed certificate/);

  const denied = await new RegistryClient('denied.test')
    .call({ method: 'GET', target: '/v2/', ok: [200] })
    .catch((e: unknown) => e as Error);
  expect(String((denied as Error).message)).toMatch(
    /the proxy \(HTTPS_PROXY\) answered CONNECT denied\.test:443 with 407/,
  );
});
