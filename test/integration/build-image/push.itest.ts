// Pushes to Debian's docker-registry (plain) and checks with skopeo, umoci and buildah: a busybox base
// for two platforms, a model image on it (index, shared model layers, base layers mounted), a re-push
// that uploads nothing, a code change that uploads only the code layer, promotion without rebuild.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReference } from '../../../src/core/image/reference.js';
import { RegistryClient } from '../../../src/platform/registry/client.js';
import { promoteImage } from '../../../src/platform/registry/promote.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import {
  buildahRun,
  modelInputs,
  modelWorkspace,
  runBuildImage,
  skopeoInspect,
  tool,
} from '../../support/image-workspace.js';

let registry: TestRegistry;
let other: TestRegistry;
let ws: string;
beforeAll(async () => {
  [registry, other] = await Promise.all([startRegistry({ auth: 'none' }), startRegistry({ auth: 'none' })]);
  ws = modelWorkspace();
  // The base: busybox as a two-platform index (the arm64 entry reuses the binary: only manifests matter).
  await runBuildImage(
    {
      layers: 'bb:/',
      image: `${registry.host}/base/busybox`,
      tags: '1',
      platforms: 'linux/amd64\nlinux/arm64',
      'layer-cache': 'off',
      report: 'base.json',
    },
    ws,
  );
});
afterAll(async () => {
  await Promise.all([registry?.stop(), other?.stop()]);
  rmSync(ws, { recursive: true, force: true });
});

/** Copies `ref` to an OCI layout with skopeo, unpacks it with umoci, and expects the model's weights there. */
async function expectWeightsUnpackedFrom(ref: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-img-copy-'));
  await tool('skopeo', ['copy', '--src-tls-verify=false', `docker://${ref}`, `oci:${dir}/layout:v1`]);
  await tool('umoci', ['unpack', '--rootless', '--image', `${dir}/layout:v1`, `${dir}/bundle`]);
  // Buffer.equals: jest's toEqual walks 2 MiB byte by byte for seconds
  expect(
    readFileSync(join(dir, 'bundle/rootfs/opt/model/weights.bin')).equals(
      readFileSync(join(ws, 'model/weights.bin')),
    ),
  ).toBe(true);
  rmSync(dir, { recursive: true, force: true });
}

describe('build-image push to a registry', () => {
  let first: Awaited<ReturnType<typeof runBuildImage>>;

  test('multi-platform model image on a base: index, shared model layers, base mounted, runs in buildah', async () => {
    first = await runBuildImage(
      modelInputs({
        'base-image': `${registry.host}/base/busybox:1`,
        image: `${registry.host}/ML/Served-Model`,
        tags: 'v1\nlatest',
        platforms: 'linux/amd64\nlinux/arm64',
        'source-date-epoch': '0',
      }),
      ws,
      { GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: 'a'.repeat(40) },
    );
    const { report, io } = first;
    expect(report.image).toBe(`${registry.host}/ml/served-model`);
    expect(io.outputs.image).toBe(`${registry.host}/ml/served-model@${report.digest}`);
    expect(io.outputs.tags).toBe('v1\nlatest');
    expect(report.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(report.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    const actions = Object.fromEntries(report.layers.map((l) => [l.name, l.action]));
    expect(actions).toEqual({
      'base layer 1': 'mounted',
      'weights weights.bin': 'uploaded',
      metadata: 'uploaded',
      code: 'uploaded',
    });

    const raw = await skopeoInspect(`${registry.host}/ml/served-model:v1`, { raw: true });
    const manifests = raw.manifests as { digest: string; platform: { architecture: string } }[];
    expect(manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
    const amd = await skopeoInspect(`${registry.host}/ml/served-model@${manifests[0]!.digest}`, {
      raw: true,
    });
    const arm = await skopeoInspect(`${registry.host}/ml/served-model@${manifests[1]!.digest}`, {
      raw: true,
    });
    const layers = (m: Record<string, unknown>) => (m.layers as { digest: string }[]).map((l) => l.digest);
    expect(layers(amd)).toEqual(layers(arm)); // one upload serves both platforms
    expect((amd.annotations as Record<string, string>)['org.opencontainers.image.source']).toBe(
      'https://github.com/acme/models',
    );
    expect((amd.annotations as Record<string, string>)['org.opencontainers.image.base.name']).toBe(
      `${registry.host}/base/busybox:1`,
    );
    const inspected = await skopeoInspect(`${registry.host}/ml/served-model:v1`);
    expect(inspected.Labels).toMatchObject({ 'org.opencontainers.image.revision': 'a'.repeat(40) });
    expect(io.summaries[0]).toContain('| code |');

    const out = await buildahRun(`${registry.host}/ml/served-model:v1`, ['/opt/app/serve.sh']);
    expect(out).toBe('serving /opt/model\ncard.json\nweights.bin\n');
  });

  test('skopeo copy to an OCI layout unpacks with umoci to the same files', async () => {
    await expectWeightsUnpackedFrom(`${registry.host}/ml/served-model:v1`);
  });

  test('the same inputs again: same digest, every blob skipped, nothing sent', async () => {
    const again = await runBuildImage(
      modelInputs({
        'base-image': `${registry.host}/base/busybox:1`,
        image: `${registry.host}/ml/served-model`,
        tags: 'v1',
        platforms: 'linux/amd64\nlinux/arm64',
        'source-date-epoch': '0',
      }),
      ws,
      { GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: 'a'.repeat(40) },
    );
    expect(again.report.digest).toBe(first.report.digest);
    expect(again.report.layers.every((l) => l.action === 'skipped' && l.bytesSent === 0)).toBe(true);
  });

  test('a code change uploads only the code layer', async () => {
    writeFileSync(join(ws, 'app/serve.sh'), '#!/bin/sh\necho "serving v2"\n');
    const changed = await runBuildImage(
      modelInputs({
        'base-image': `${registry.host}/base/busybox:1`,
        image: `${registry.host}/ml/served-model`,
        tags: 'v2',
        'source-date-epoch': '0',
      }),
      ws,
    );
    const sent = changed.report.layers.filter((l) => (l.bytesSent ?? 0) > 0).map((l) => l.name);
    expect(sent).toEqual(['code']);
    expect(await buildahRun(`${registry.host}/ml/served-model:v2`, ['/opt/app/serve.sh'])).toBe(
      'serving v2\n',
    );
  });

  test.each([
    ['chunked', { 'upload-mode': 'chunked', 'chunk-size': '0.25' }],
    ['monolithic', { 'upload-mode': 'monolithic' }],
  ])('%s uploads give the same image', async (mode, extra) => {
    const { report } = await runBuildImage(
      modelInputs({ image: `${registry.host}/ml/${mode}`, tags: 'v1', 'source-date-epoch': '0', ...extra }),
      ws,
    );
    expect(report.layers.every((l) => l.action === 'uploaded')).toBe(true);
    const raw = await skopeoInspect(`${registry.host}/ml/${mode}:v1`, { raw: true });
    expect((raw.layers as { digest: string }[]).map((l) => l.digest)).toEqual(
      report.layers.map((l) => l.digest),
    );
    await expectWeightsUnpackedFrom(`${registry.host}/ml/${mode}:v1`);
  });

  test('a Docker schema 2 base gives a Docker schema 2 image (one family per image)', async () => {
    await tool('skopeo', [
      'copy',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      '--format',
      'v2s2',
      `docker://${registry.host}/base/busybox@${(await skopeoInspect(`${registry.host}/base/busybox:1`)).Digest}`,
      `docker://${registry.host}/base/busybox-v2s2:1`,
    ]);
    const { report } = await runBuildImage(
      modelInputs({
        'base-image': `${registry.host}/base/busybox-v2s2:1`,
        image: `${registry.host}/ml/docker-family`,
        tags: 'v1',
      }),
      ws,
    );
    expect(report.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(new Set(report.layers.map((l) => l.mediaType))).toEqual(
      new Set(['application/vnd.docker.image.rootfs.diff.tar.gzip']),
    );
    expect(await buildahRun(`${registry.host}/ml/docker-family:v1`, ['/opt/app/serve.sh'])).toContain(
      'serving',
    );
  });

  test('a platform the base lacks is a usage error listing what it has', async () => {
    await expect(
      runBuildImage(
        modelInputs({
          'base-image': `${registry.host}/base/busybox:1`,
          image: `${registry.host}/ml/x`,
          platforms: 'linux/s390x',
        }),
        ws,
      ),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: `base image ${registry.host}/base/busybox:1 has no linux/s390x manifest (it has linux/amd64, linux/arm64)`,
    });
    await expect(skopeoInspect(`${registry.host}/ml/x:latest`)).rejects.toThrow();
  });

  test('promotion keeps the digest: same repository, another repository (mount), another registry (copy)', async () => {
    const digest = first.report.digest;
    const source = `${registry.host}/ml/served-model@${digest}`;
    const same = await runBuildImage(
      { 'promote-from': source, image: `${registry.host}/ml/served-model`, tags: 'prod', report: 'p1.json' },
      ws,
    );
    expect(same.report.promotedFrom).toEqual({ reference: source, how: 'same-repository' });
    expect(same.report.layers.every((l) => l.action === 'skipped')).toBe(true);

    const mounted = await runBuildImage(
      {
        'promote-from': `${registry.host}/ml/served-model:prod`,
        image: `${registry.host}/release/model`,
        tags: 'v1.0.0',
        report: 'p2.json',
      },
      ws,
    );
    expect(mounted.report.digest).toBe(digest);
    expect(new Set(mounted.report.layers.map((l) => l.action))).toEqual(new Set(['mounted']));
    // The config blob is mounted too, not uploaded again (every blob is, as docs/build-image.md says).
    const viaPromote = await promoteImage(
      { client: new RegistryClient(registry.host), ref: parseReference(source) },
      { client: new RegistryClient(registry.host), repository: 'release/other' },
      ['v1'],
    );
    expect(viaPromote.how).toBe('mount');
    expect(viaPromote.blobs.map((b) => [b.kind, b.action])).toContainEqual(['config', 'mounted']);
    expect(viaPromote.blobs.every((b) => b.action === 'mounted' && b.bytesSent === 0)).toBe(true);

    // The exported function the release action uses, across registries.
    const result = await promoteImage(
      { client: new RegistryClient(registry.host), ref: parseReference(source) },
      { client: new RegistryClient(other.host), repository: 'prod/model' },
      ['v1.0.0'],
    );
    expect(result).toMatchObject({ digest, how: 'copy', tags: ['v1.0.0'] });
    expect(result.blobs.filter((b) => b.kind === 'layer').every((b) => b.action === 'uploaded')).toBe(true);
    expect((await skopeoInspect(`${other.host}/prod/model:v1.0.0`)).Digest).toBe(digest);
    expect(await buildahRun(`${other.host}/prod/model:v1.0.0`, ['/opt/model/../app/serve.sh'])).toContain(
      'serving',
    );
  });
});
