// The HTTP fault proxy in front of the real registry: faults, commit-then-fail, a cross-host redirect.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { type HttpFaultProxy, startHttpFaultProxy } from '../../harness/http-fault-proxy.js';
import { writeTinyOciLayout } from '../../harness/oci-layout.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';

let work: string;
let registry: TestRegistry;
let proxy: HttpFaultProxy;
let cdn: HttpFaultProxy;
const manifestType = 'application/vnd.oci.image.manifest.v1+json';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mlci-http-proxy-'));
  registry = await startRegistry({ auth: 'none' });
  await writeTinyOciLayout(join(work, 'layout'), 'v1');
  await promisify(execFile)('skopeo', [
    '--insecure-policy',
    'copy',
    '--dest-tls-verify=false',
    `oci:${join(work, 'layout')}:v1`,
    `docker://${registry.host}/ml/tiny:v1`,
  ]);
  proxy = await startHttpFaultProxy(registry.url);
  cdn = await startHttpFaultProxy(registry.url);
});
afterEach(() => proxy.clearFaults());
afterAll(async () => {
  await proxy.stop();
  await cdn.stop();
  await registry.stop();
  await rm(work, { recursive: true, force: true });
});

describe('HTTP fault proxy', () => {
  test('forwards, then fails the next request only, in the distribution spec’s error shape', async () => {
    expect((await fetch(`${proxy.url}/v2/`)).status).toBe(200);
    proxy.fault({ method: 'GET', path: '/v2/{name*}/manifests/{reference}', status: 503, times: 1 });
    const failed = await fetch(`${proxy.url}/v2/ml/tiny/manifests/v1`, { headers: { accept: manifestType } });
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({
      errors: [{ code: 'UNAVAILABLE', message: 'fault 503', detail: null }],
    });
    const ok = await fetch(`${proxy.url}/v2/ml/tiny/manifests/v1`, { headers: { accept: manifestType } });
    expect(ok.status).toBe(200);
    expect(proxy.requests.slice(-2).map((r) => [r.status, r.faulted ?? false])).toEqual([
      [503, true],
      [200, false],
    ]);
  });

  test('commit then fail: the registry stored the manifest, the client saw 502', async () => {
    const manifest = await (
      await fetch(`${registry.url}/v2/ml/tiny/manifests/v1`, { headers: { accept: manifestType } })
    ).text();
    proxy.fault({ method: 'PUT', path: '/v2/*/manifests/*', status: 502, after: true, times: 1 });
    const put = await fetch(`${proxy.url}/v2/ml/tiny/manifests/v2`, {
      method: 'PUT',
      headers: { 'content-type': manifestType },
      body: manifest,
    });
    expect(put.status).toBe(502);
    const stored = await fetch(`${registry.url}/v2/ml/tiny/manifests/v2`, {
      headers: { accept: manifestType },
    });
    expect(stored.status).toBe(200);
  });

  test('a redirect to another host, where the request can be inspected', async () => {
    proxy.fault({ method: 'GET', path: '/v2/*/blobs/*', status: 307, location: `${cdn.url}{path}` });
    const manifest = (await (
      await fetch(`${registry.url}/v2/ml/tiny/manifests/v1`, { headers: { accept: manifestType } })
    ).json()) as {
      config: { digest: string };
    };
    const res = await fetch(`${proxy.url}/v2/ml/tiny/blobs/${manifest.config.digest}`, {
      headers: { authorization: 'Bearer secret-token' },
    });
    expect(res.status).toBe(200);
    expect(proxy.requests.at(-1)?.headers.authorization).toBe('Bearer secret-token');
    // Node's fetch drops Authorization on a cross-origin redirect; the CDN side saw none.
    expect(cdn.requests.at(-1)).toMatchObject({ url: `/v2/ml/tiny/blobs/${manifest.config.digest}` });
    expect(cdn.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  test('a dropped connection', async () => {
    proxy.fault({ path: '/v2/', drop: true, times: 1 });
    await expect(fetch(`${proxy.url}/v2/`)).rejects.toThrow(/fetch failed/);
  });
});
