import { describe, expect, test } from '@jest/globals';
import { appendLayers, epochTime, scratchConfig, withConfig } from '../../../../src/core/image/config.js';
import { imageIndex, imageManifest } from '../../../../src/core/image/manifest.js';
import { sha256 } from '../../../../src/core/image/digest.js';
import { parsePlatform, platformMatches } from '../../../../src/core/image/platform.js';

const base = {
  architecture: 'amd64',
  os: 'linux',
  config: { Env: ['PATH=/usr/bin', 'LANG=C'], Cmd: ['python3'], Labels: { a: '1' } },
  rootfs: { type: 'layers', diff_ids: ['sha256:base'] },
  history: [{ created_by: 'base' }],
  unknown: { kept: true },
};

describe('image config', () => {
  test('withConfig overrides like a Dockerfile and leaves the base alone', () => {
    const next = withConfig(base, {
      entrypoint: ['python', '/opt/app/serve.py'],
      env: ['LANG=C.UTF-8', 'MODEL_DIR=/opt/model'],
      ports: ['8080', '53/udp'],
      labels: { b: '2' },
      workdir: '/opt/app',
      user: '1000',
    });
    expect(next.config).toEqual({
      Env: ['PATH=/usr/bin', 'LANG=C.UTF-8', 'MODEL_DIR=/opt/model'],
      Cmd: null, // ENTRYPOINT resets the base's CMD
      Entrypoint: ['python', '/opt/app/serve.py'],
      Labels: { a: '1', b: '2' },
      ExposedPorts: { '8080/tcp': {}, '53/udp': {} },
      WorkingDir: '/opt/app',
      User: '1000',
    });
    expect(next.unknown).toEqual({ kept: true });
    expect(base.config.Cmd).toEqual(['python3']);
    expect(withConfig(base, { entrypoint: ['x'], cmd: ['y'] }).config).toMatchObject({
      Entrypoint: ['x'],
      Cmd: ['y'],
    });
  });

  test('appendLayers adds diff_ids and history in order', () => {
    const next = appendLayers(
      base,
      [
        { diffId: 'sha256:w', createdBy: 'weights' },
        { diffId: 'sha256:c', createdBy: 'code' },
      ],
      epochTime(0),
    );
    expect(next.rootfs).toEqual({ type: 'layers', diff_ids: ['sha256:base', 'sha256:w', 'sha256:c'] });
    expect((next.history as unknown[]).length).toBe(3);
    expect(epochTime(1700000000)).toBe('2023-11-14T22:13:20Z');
  });

  test('scratch config carries the platform', () => {
    expect(scratchConfig(parsePlatform('linux/arm64/v8'))).toMatchObject({
      architecture: 'arm64',
      os: 'linux',
      variant: 'v8',
    });
  });
});

describe('manifests', () => {
  const config = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256('c'), size: 1 };
  const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256('l'), size: 2 };

  test('the digest is the hash of exactly the serialised bytes', () => {
    const m = imageManifest('oci', config, [layer], { 'org.opencontainers.image.revision': 'abc' });
    expect(m.descriptor.digest).toBe(sha256(m.bytes));
    expect(JSON.parse(m.bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config,
      layers: [layer],
      annotations: { 'org.opencontainers.image.revision': 'abc' },
    });
  });

  test('Docker schema 2 has no annotations', () => {
    const m = JSON.parse(imageManifest('docker', config, [layer], { a: 'b' }).bytes.toString());
    expect(m.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(m.annotations).toBeUndefined();
  });

  test('an index lists platforms', () => {
    const index = JSON.parse(
      imageIndex('oci', [
        {
          ...layer,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          platform: { os: 'linux', architecture: 'arm64' },
        },
      ]).bytes.toString(),
    );
    expect(index.manifests[0].platform).toEqual({ os: 'linux', architecture: 'arm64' });
  });
});

describe('platforms', () => {
  test('arm64 with and without v8 match; os and architecture must', () => {
    expect(platformMatches({ os: 'linux', architecture: 'arm64' }, parsePlatform('linux/arm64/v8'))).toBe(
      true,
    );
    expect(
      platformMatches({ os: 'linux', architecture: 'arm64', variant: 'v8' }, parsePlatform('linux/arm64')),
    ).toBe(true);
    expect(platformMatches({ os: 'linux', architecture: 'amd64' }, parsePlatform('linux/arm64'))).toBe(false);
    expect(() => parsePlatform('amd64')).toThrow('platform "amd64" is not os/architecture[/variant]');
  });
});
