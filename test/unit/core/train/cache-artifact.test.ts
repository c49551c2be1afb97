import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  CACHE_ARTIFACT_TYPE,
  cacheManifest,
  cacheTag,
  parseCacheManifest,
} from '../../../../src/core/train/cache-artifact.js';

const fp = createHash('sha256').update('x').digest('hex');
const file = (path: string, body = path) => ({
  path,
  sha256: createHash('sha256').update(body).digest('hex'),
  size: body.length,
  executable: false,
});

describe('cache tags', () => {
  test('stage and fingerprint, valid for every registry, never longer than 128', () => {
    expect(cacheTag(`mlci-train-fit-${fp}`)).toBe(`fit-${fp}`);
    const long = cacheTag(`mlci-train-${'a/b:c'.repeat(40)}-${fp}`);
    expect(long).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/);
    expect(long.endsWith(fp)).toBe(true);
    expect(cacheTag(`mlci-train-.hidden-${fp}`)).toMatch(/^_hidden-/);
    expect(cacheTag('some other key')).toMatch(/^key-[0-9a-f]{64}$/);
    expect(cacheTag('some other key')).not.toBe(cacheTag('some other key2'));
  });
});

interface M {
  artifactType: string;
  layers: { digest: string; size: number; annotations?: Record<string, string> }[];
  annotations: Record<string, string>;
}

describe('cache manifests', () => {
  const entry = {
    key: `mlci-train-fit-${fp}`,
    created: '2026-01-01T00:00:00.000Z',
    inputs: { a: 1 },
    files: [file('out/a'), { ...file('out/b'), executable: true }],
  };

  test('round trip: key, stage, fingerprint, inputs, files and exec bits', () => {
    const blob = cacheManifest(entry);
    const value = JSON.parse(blob.bytes.toString()) as { artifactType: string };
    expect(value.artifactType).toBe(CACHE_ARTIFACT_TYPE);
    expect(parseCacheManifest(blob.bytes)).toEqual({ ...entry, stage: 'fit', fingerprint: fp });
  });

  const mutate = (change: (m: M) => void) => {
    const m = JSON.parse(cacheManifest(entry).bytes.toString()) as M;
    change(m);
    return Buffer.from(JSON.stringify(m));
  };

  test.each([
    [
      'another artifact type',
      (m: M) => (m.artifactType = 'application/vnd.other'),
      /not a train cache entry/,
    ],
    [
      'a path with ..',
      (m: M) => (m.layers[0]!.annotations!['org.opencontainers.image.title'] = '../etc/passwd'),
      /not a safe relative path/,
    ],
    [
      'an absolute path',
      (m: M) => (m.layers[0]!.annotations!['org.opencontainers.image.title'] = '/etc/passwd'),
      /not a safe relative path/,
    ],
    ['no path', (m: M) => delete m.layers[0]!.annotations, /not a safe relative path/],
    [
      'a path twice',
      (m: M) => (m.layers[1]!.annotations!['org.opencontainers.image.title'] = 'out/a'),
      /twice/,
    ],
    ['a non-sha256 digest', (m: M) => (m.layers[0]!.digest = 'sha512:abc'), /has digest/],
    ['a negative size', (m: M) => (m.layers[0]!.size = -1), /has size/],
    ['inputs that are not JSON', (m: M) => (m.annotations['dev.mlci.train.inputs'] = '{'), /not JSON/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => parseCacheManifest(mutate(change))).toThrow(message);
  });
});
