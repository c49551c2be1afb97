import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createCipheriv, createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { directoryDigestCache } from '../../../../src/core/image/digest-cache.js';
import {
  type DigestCache,
  type FileLayer,
  fileLayer,
  type Measured,
} from '../../../../src/core/image/layer.js';
import { planLayers } from '../../../../src/core/image/plan.js';

/** Incompressible but reproducible bytes (AES-CTR keystream of a seed). */
const seededBytes = (seed: number, n: number) =>
  createCipheriv('aes-128-ctr', Buffer.alloc(16, seed), Buffer.alloc(16)).update(Buffer.alloc(n));

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlci-img-layer-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function bytesOf(layer: FileLayer): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of await layer.compressed()) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** Plans weight layers only (no metadata, layers or code), model under /m, app under /a. */
const planWeights = (dir: string, weights: string[], splitBytes: number) =>
  planLayers({ weights, metadata: [], layers: [], code: [], modelDir: '/m', appDir: '/a', splitBytes }, dir);

function writeTree(dir: string, umask: number) {
  const old = process.umask(umask);
  try {
    mkdirSync(join(dir, 'model/shards'), { recursive: true });
    writeFileSync(join(dir, 'model/shards/a.bin'), seededBytes(7, 50_000));
    writeFileSync(join(dir, 'model/card.md'), '# model\n');
    writeFileSync(join(dir, 'serve.py'), 'print("hi")\n', { mode: 0o777 });
  } finally {
    process.umask(old);
  }
}

async function build(dir: string, mtime = 0) {
  const plans = await planLayers(
    {
      weights: ['model'],
      metadata: [],
      layers: [],
      code: ['serve.py'],
      modelDir: '/opt/model',
      appDir: '/opt/app',
      splitBytes: 10_000,
    },
    dir,
  );
  return plans.map((p) => fileLayer({ ...p, mtime, compression: 'auto', family: 'oci' }));
}

describe('fileLayer', () => {
  test('same digest from copies with other mtimes and umask (reproducible builds)', async () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    writeTree(a, 0o022);
    writeTree(b, 0o077);
    cpSync(b, join(root, 'c'), { recursive: true });
    for (const name of readdirSync(join(b, 'model'))) utimesSync(join(b, 'model', name), 1234567, 1234567);
    utimesSync(join(b, 'serve.py'), new Date(), new Date(2030, 1, 1));
    const digests = async (dir: string) => Promise.all((await build(dir)).map((l) => l.digest()));
    const first = await digests(a);
    expect(await digests(b)).toEqual(first);
    expect(await digests(join(root, 'c'))).toEqual(first);
    expect(first).toHaveLength(3);
    // a different SOURCE_DATE_EPOCH is a different image
    const later = await Promise.all((await build(a, 1700000000)).map((l) => l.digest()));
    expect(later[0]).not.toBe(first[0]);
  });

  test('digest, diff_id and size describe exactly the bytes compressed() streams', async () => {
    const [weights] = await build(join(root, 'a'));
    const bytes = await bytesOf(weights!);
    expect(await weights!.digest()).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(await weights!.size()).toBe(bytes.length);
    const tar = gunzipSync(bytes);
    expect(await weights!.diffId()).toBe(`sha256:${createHash('sha256').update(tar).digest('hex')}`);
    // our own gzip header: no mtime, OS 255, so the digest does not depend on the machine
    expect([...bytes.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    expect(weights!.mediaType()).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
  });

  test('onProgress reports the uncompressed bytes read while measuring, up to the whole tar', async () => {
    const seen: number[] = [];
    const plans = await planWeights(join(root, 'a'), ['model'], 1e9);
    const layer = fileLayer({
      ...plans[0]!,
      mtime: 0,
      compression: 'gzip',
      family: 'oci',
      onProgress: (n) => seen.push(n),
    });
    const tar = gunzipSync(await bytesOf(layer));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(tar.length);
  });

  test('auto compression: gzip for small layers, stored for large random ones, huffman for compressible ones', async () => {
    const dir = join(root, 'big');
    mkdirSync(dir);
    writeFileSync(join(dir, 'random.bin'), seededBytes(1, 17 * 1024 * 1024));
    // fp32-like: random mantissas, few exponents, so Huffman coding saves a few percent
    const floats = new Float32Array(5 * 1024 * 1024);
    for (let i = 0, x = 1; i < floats.length; i++) {
      x = (x * 48271) % 2147483647;
      floats[i] = (x / 2147483647 - 0.5) * 0.04;
    }
    writeFileSync(join(dir, 'fp32.bin'), Buffer.from(floats.buffer));
    const plans = await planWeights(dir, ['random.bin', 'fp32.bin'], 1);
    const layers = plans.map((p) => fileLayer({ ...p, mtime: 0, compression: 'auto', family: 'oci' }));
    expect(await Promise.all(layers.map((l) => l.compression()))).toEqual(['huffman', 'stored']);
    const small = (await build(join(root, 'a')))[2]!;
    expect(await small.compression()).toBe('gzip');
    const stored = layers[1]!;
    expect(await stored.size()).toBeGreaterThan(17 * 1024 * 1024);
    const none = fileLayer({ ...plans[0]!, mtime: 0, compression: 'none', family: 'oci' });
    expect(none.mediaType()).toBe('application/vnd.oci.image.layer.v1.tar');
    expect(await none.digest()).toBe(await none.diffId());
  });

  test('the digest cache skips reading unchanged files; a changed file misses', async () => {
    const dir = join(root, 'a');
    const cache = directoryDigestCache(join(root, 'cache'));
    const plans = await planWeights(dir, ['model'], 1e9);
    const first = fileLayer({ ...plans[0]!, mtime: 0, compression: 'gzip', family: 'oci', cache });
    const digest = await first.digest();
    const poisoned = {
      digest: `sha256:${'f'.repeat(64)}`,
      diffId: `sha256:${'e'.repeat(64)}`,
      size: 1,
      compression: 'gzip',
    } as const;
    // Prove the second build reads the cache: overwrite the entry and see it come back.
    const [file] = readdirSync(join(root, 'cache'));
    writeFileSync(join(root, 'cache', file!), JSON.stringify(poisoned));
    const again = fileLayer({ ...plans[0]!, mtime: 0, compression: 'gzip', family: 'oci', cache });
    expect(await again.digest()).toBe(poisoned.digest);
    writeFileSync(join(dir, 'model/card.md'), '# changed model\n');
    const replanned = await planWeights(dir, ['model'], 1e9);
    const changed = fileLayer({ ...replanned[0]!, mtime: 0, compression: 'gzip', family: 'oci', cache });
    expect(await changed.digest()).not.toBe(poisoned.digest);
    expect(await changed.digest()).not.toBe(digest);
  });

  test('the digest cache keeps gzip and uncompressed apart: bytes always match their media type', async () => {
    const dir = join(root, 'a');
    const keys: string[] = [];
    const store = new Map<string, Measured>();
    // A cache shared by builds with different compression settings, recording the keys it is asked for.
    const cache: DigestCache = {
      get: async (key) => {
        keys.push(key);
        return store.get(key);
      },
      put: async (key, value) => {
        store.set(key, value);
      },
    };
    const plans = await planWeights(dir, ['model'], 1e9);
    const layer = (compression: 'gzip' | 'none' | 'stored' | 'auto') =>
      fileLayer({ ...plans[0]!, mtime: 0, compression, family: 'oci', cache });
    for (const compression of ['gzip', 'none', 'stored', 'auto', 'none', 'gzip'] as const) {
      const built = layer(compression);
      const bytes = await bytesOf(built);
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      expect({ compression, gzipped }).toEqual({ compression, gzipped: compression !== 'none' });
      expect(built.mediaType().endsWith('+gzip')).toBe(gzipped);
      expect(await built.digest()).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(await built.size()).toBe(bytes.length);
    }
    // One key per setting, the same key again for the same setting.
    expect(new Set(keys).size).toBe(4);
    expect(keys[4]).toBe(keys[1]);
    expect(keys[5]).toBe(keys[0]);
  });
});
