// Registry faults through an HTTP fault proxy in front of docker-registry (reliability-and-security.md
// REG-01…06): retried where it makes sense, a clear error where not, and never a tag on a half push.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync } from 'node:fs';
import { epochTime } from '../../../src/core/image/config.js';
import { assembleImage, scratch } from '../../../src/core/image/image.js';
import { fileLayer } from '../../../src/core/image/layer.js';
import { parsePlatform } from '../../../src/core/image/platform.js';
import { planLayers } from '../../../src/core/image/plan.js';
import { RegistryClient } from '../../../src/platform/registry/client.js';
import { pushImage } from '../../../src/platform/registry/push.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { type FaultProxy, type FaultRule, startFaultProxy } from '../../support/proxy.js';
import { modelInputs, modelWorkspace, runBuildImage, skopeoInspect } from '../../support/image-workspace.js';

let registry: TestRegistry;
let ws: string;
let proxy: FaultProxy | undefined;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
  ws = modelWorkspace();
});
afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
});
afterAll(async () => {
  await registry?.stop();
  rmSync(ws, { recursive: true, force: true });
});

async function pushThrough(rules: FaultRule[], repository: string) {
  await proxy?.stop();
  proxy = await startFaultProxy(registry.host, rules);
  return runBuildImage(modelInputs({ image: `${proxy.host}/${repository}`, tags: 'v1', jobs: '2' }), ws);
}

const count = (p: FaultProxy, method: string, path: RegExp) =>
  p.log.filter((r) => r.method === method && path.test(r.path)).length;

async function smallImage() {
  const plans = await planLayers(
    {
      weights: ['model/weights.bin'],
      metadata: [],
      layers: [],
      code: ['app/serve.sh'],
      modelDir: '/m',
      appDir: '/a',
      splitBytes: 1,
    },
    ws,
  );
  const layers = plans.map((p) => fileLayer({ ...p, mtime: 0, compression: 'stored', family: 'oci' }));
  return assembleImage(scratch(parsePlatform('linux/amd64')), layers, { changes: {}, created: epochTime(0) });
}

describe('build-image under registry faults', () => {
  test('REG-01: a 500 on the first manifest PUT is retried', async () => {
    const { report, io } = await pushThrough(
      [
        {
          method: 'PUT',
          path: /\/manifests\//,
          fault: { status: 500, body: '{"errors":[{"code":"UNKNOWN"}]}' },
        },
      ],
      'faults/manifest',
    );
    expect(count(proxy!, 'PUT', /\/manifests\/sha256:/)).toBe(2);
    expect(
      io.logs.some((l) =>
        /^warning: retrying manifest sha256:[a-f0-9]{64} in 1 s \(attempt 1 failed: PUT .*: 500 UNKNOWN\)$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect((await skopeoInspect(`${registry.host}/faults/manifest:v1`)).Digest).toBe(report.digest);
  });

  test('REG-02: a connection dropped mid-upload restarts the upload with a new session', async () => {
    const { report } = await pushThrough(
      [{ method: 'PATCH', fault: { resetAfterBytes: 512 * 1024 } }],
      'faults/reset',
    );
    expect(proxy!.log.filter((r) => r.outcome === 'reset')).toHaveLength(1);
    const weights = report.layers.find((l) => l.role === 'weights')!;
    expect(weights.action).toBe('uploaded');
    // the sent count includes the dropped attempt's bytes
    expect(weights.bytesSent!).toBeGreaterThan(weights.size);
    const raw = await skopeoInspect(`${registry.host}/faults/reset:v1`, { raw: true });
    expect((raw.layers as { digest: string }[]).map((l) => l.digest)).toContain(weights.digest);
  });

  test('REG-03/04: 429 with Retry-After waits as asked; 403 fails at once with the registry message', async () => {
    const { io } = await pushThrough(
      [{ method: 'HEAD', path: /\/blobs\//, fault: { status: 429, headers: { 'retry-after': '2' } } }],
      'faults/slow',
    );
    expect(
      io.logs.some((l) =>
        /retrying upload of .* in 2 s \(attempt 1 failed: HEAD .*: 429 Too Many Requests\)/.test(l),
      ),
    ).toBe(true);

    const denied = pushThrough(
      [
        {
          method: 'POST',
          times: 100,
          fault: {
            status: 403,
            body: '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
          },
        },
      ],
      'faults/denied',
    );
    await expect(denied).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringContaining(': 403 DENIED: requested access to the resource is denied'),
      hint: expect.stringContaining('packages: write'),
    });
    // not retried: one POST per blob (3 layers + 1 config), no second round
    expect(count(proxy!, 'POST', /\/blobs\/uploads\//)).toBeLessThanOrEqual(4);
  });

  test('REG-05: a 4xx whose body says UNAVAILABLE is temporary and retried', async () => {
    const { report } = await pushThrough(
      [
        {
          method: 'POST',
          fault: { status: 400, body: '{"errors":[{"code":"UNAVAILABLE","message":"try later"}]}' },
        },
      ],
      'faults/unavailable',
    );
    expect(report.pushed).toBe(true);
    expect(proxy!.log.filter((r) => r.faulted)).toHaveLength(1);
  });

  test('REG-14: MANIFEST_BLOB_UNKNOWN on the manifest PUT re-checks the blobs and PUTs again', async () => {
    const { report, io } = await pushThrough(
      [
        {
          method: 'PUT',
          path: /\/manifests\//,
          fault: {
            status: 400,
            body: '{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"blob unknown to registry"}]}',
          },
        },
      ],
      'faults/blob-unknown',
    );
    expect(
      io.logs.some((l) =>
        l.includes('MANIFEST_BLOB_UNKNOWN: blob unknown to registry; uploading the blobs of'),
      ),
    ).toBe(true);
    expect(count(proxy!, 'PUT', /\/manifests\/sha256:/)).toBe(2);
    expect((await skopeoInspect(`${registry.host}/faults/blob-unknown:v1`)).Digest).toBe(report.digest);
  });

  test('REG-07: a stalled upload times out and is retried', async () => {
    proxy = await startFaultProxy(registry.host, [{ method: 'PATCH', fault: { delayMs: 3000 } }]);
    const warnings: string[] = [];
    const client = new RegistryClient(proxy.host, { idleTimeoutMs: 500 });
    const image = await smallImage();
    const result = await pushImage(client, 'faults/stall', image, ['v1'], {
      jobs: 1,
      warn: (w) => warnings.push(w),
    });
    expect(warnings.some((w) => /attempt 1 failed: .*no progress for 0.5 s/.test(w))).toBe(true);
    expect(result.digest).toBe(image.manifest.descriptor.digest);
    expect((await skopeoInspect(`${registry.host}/faults/stall:v1`)).Digest).toBe(result.digest);
  });

  test('REG-11: a token rejected mid-push (401 with a new challenge) is renewed once and the push goes on', async () => {
    const tokens = await startRegistry({ auth: 'token' });
    try {
      const challenge = `Bearer realm="${tokens.realm}",service="${tokens.service}",scope="repository:faults/renew:pull,push"`;
      proxy = await startFaultProxy(tokens.host, [
        {
          method: 'PUT',
          path: /\/manifests\/sha256:/,
          fault: { status: 401, headers: { 'www-authenticate': challenge } },
        },
      ]);
      const client = new RegistryClient(proxy.host, {
        credentials: { kind: 'basic', username: tokens.username!, password: tokens.password! },
      });
      const result = await pushImage(client, 'faults/renew', await smallImage(), ['v1']);
      expect(tokens.tokenLog!.filter((t) => t.granted)).toHaveLength(2);
      expect(count(proxy, 'PUT', /\/manifests\/sha256:/)).toBe(2);
      const creds = `${tokens.username}:${tokens.password}`;
      expect((await skopeoInspect(`${tokens.host}/faults/renew:v1`, { creds })).Digest).toBe(result.digest);
    } finally {
      await tokens.stop();
    }
  });

  test('REG-06 + no half tag: a registry that keeps failing manifest PUTs fails in 3 attempts and tags nothing', async () => {
    const failing = pushThrough(
      [{ method: 'PUT', path: /\/manifests\//, times: 100, fault: { status: 503 } }],
      'faults/down',
    );
    await expect(failing).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/PUT .*\/manifests\/sha256:[a-f0-9]{64}: 503/),
    });
    expect(count(proxy!, 'PUT', /\/manifests\//)).toBe(3);
    await expect(skopeoInspect(`${registry.host}/faults/down:v1`)).rejects.toThrow(
      /manifest unknown|not found/i,
    );
  });
});
