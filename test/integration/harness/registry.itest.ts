// The real registry of the harness, plain and behind token auth, checked with skopeo and umoci.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeTinyOciLayout } from '../../harness/oci-layout.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';

const run = promisify(execFile);
let work: string;
let digest: string;

// --insecure-policy: the host's /etc/containers/policy.json is not ours to rely on.
const skopeo = (...args: string[]) =>
  run('skopeo', ['--insecure-policy', ...args], { maxBuffer: 16 * 1024 * 1024 });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mlci-registry-test-'));
  digest = await writeTinyOciLayout(join(work, 'layout'), 'v1');
  // umoci reads the hand-made layout: it is a valid image before any registry sees it.
  await run('umoci', ['stat', '--image', `${join(work, 'layout')}:v1`]);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('startRegistry: plain', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' });
  });
  afterAll(() => registry.stop());

  test('push with skopeo, read back by digest', async () => {
    const ref = `docker://${registry.host}/ml/tiny:v1`;
    await skopeo('copy', '--dest-tls-verify=false', `oci:${join(work, 'layout')}:v1`, ref);
    const { stdout } = await skopeo('inspect', '--tls-verify=false', ref);
    expect(JSON.parse(stdout)).toMatchObject({ Digest: digest, Layers: [expect.stringMatching(/^sha256:/)] });
    await skopeo('copy', '--src-tls-verify=false', ref, `oci:${join(work, 'back')}:v1`);
    const index = JSON.parse(await readFile(join(work, 'back', 'index.json'), 'utf8'));
    expect(index.manifests[0].digest).toBe(digest);
    const res = await fetch(`${registry.url}/v2/ml/tiny/tags/list`);
    expect(await res.json()).toEqual({ name: 'ml/tiny', tags: ['v1'] });
  });
});

describe('startRegistry: token auth', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' });
  });
  afterAll(() => registry.stop());

  test('announces the token realm and refuses anonymous pushes', async () => {
    const res = await fetch(`${registry.url}/v2/`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      `Bearer realm="${registry.realm}",service="${registry.service}"`,
    );
    const ref = `docker://${registry.host}/ml/tiny:v1`;
    await expect(
      skopeo('copy', '--dest-tls-verify=false', `oci:${join(work, 'layout')}:v1`, ref),
    ).rejects.toThrow(/denied|unauthorized/i);
    // The token server was asked and granted nothing to the anonymous caller.
    expect(registry.tokenLog).toContainEqual(expect.objectContaining({ account: undefined, granted: false }));
    const wrong = await fetch(`${registry.realm}?service=${registry.service}&scope=repository:ml/tiny:pull`, {
      headers: { authorization: `Basic ${Buffer.from(`${registry.username}:wrong`).toString('base64')}` },
    });
    expect(wrong.status).toBe(401);
  });

  test('push and pull with credentials through the token server', async () => {
    const creds = `${registry.username}:${registry.password}`;
    const ref = `docker://${registry.host}/ml/tiny:v1`;
    await skopeo(
      'copy',
      '--dest-tls-verify=false',
      '--dest-creds',
      creds,
      `oci:${join(work, 'layout')}:v1`,
      ref,
    );
    const { stdout } = await skopeo('inspect', '--tls-verify=false', '--creds', creds, ref);
    expect(JSON.parse(stdout).Digest).toBe(digest);
    expect(registry.tokenLog).toContainEqual(
      expect.objectContaining({
        account: registry.username,
        granted: true,
        scopes: [expect.stringMatching(/^repository:ml\/tiny:.*push/)],
      }),
    );

    // The same flow by hand: token from the realm, then the manifest with the bearer token.
    const tokenRes = await fetch(
      `${registry.realm}?service=${registry.service}&scope=repository:ml/tiny:pull`,
      {
        headers: { authorization: `Basic ${Buffer.from(creds).toString('base64')}` },
      },
    );
    const { token } = (await tokenRes.json()) as { token: string };
    const manifest = await fetch(`${registry.url}/v2/ml/tiny/manifests/v1`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('docker-content-digest')).toBe(digest);
  });
});
