import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { epochTime } from '../../../../src/core/image/config.js';
import { assembleImage, assembleIndex, scratch } from '../../../../src/core/image/image.js';
import { fileLayer } from '../../../../src/core/image/layer.js';
import { parsePlatform } from '../../../../src/core/image/platform.js';
import { planLayers } from '../../../../src/core/image/plan.js';
import { writeDockerArchive, writeOciLayout } from '../../../../src/core/image/sinks.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlci-img-sink-'));
  writeFileSync(join(root, 'w.bin'), Buffer.alloc(5000, 7));
  writeFileSync(join(root, 'serve.py'), 'print(1)\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function images() {
  const plans = await planLayers(
    {
      weights: ['w.bin'],
      metadata: [],
      layers: [],
      code: ['serve.py'],
      modelDir: '/m',
      appDir: '/a',
      splitBytes: 1000,
    },
    root,
  );
  const layers = plans.map((p) => fileLayer({ ...p, mtime: 0, compression: 'gzip', family: 'oci' }));
  const opts = { changes: { entrypoint: ['python', '/a/serve.py'] }, created: epochTime(0) };
  return Promise.all(
    ['linux/amd64', 'linux/arm64'].map((p) => assembleImage(scratch(parsePlatform(p)), layers, opts)),
  );
}

const sha = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describe('sinks', () => {
  test('OCI layout: every blob under its digest, shared layers once, one index.json entry per tag', async () => {
    const [amd, arm] = await images();
    const index = assembleIndex([amd!, arm!]);
    const dir = join(root, 'layout');
    const digest = await writeOciLayout(dir, index, ['v1', 'latest']);
    expect(digest).toBe(index.manifest.descriptor.digest);
    const blobs = readdirSync(join(dir, 'blobs/sha256'));
    for (const hex of blobs) expect(sha(readFileSync(join(dir, 'blobs/sha256', hex)))).toBe(`sha256:${hex}`);
    // 2 layers (shared) + 2 configs + 2 manifests + 1 index
    expect(blobs).toHaveLength(7);
    const top = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(
      top.manifests.map(
        (m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name'],
      ),
    ).toEqual(['v1', 'latest']);
    expect(JSON.parse(readFileSync(join(dir, 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    // Writing another tag keeps the first ones; the same tag is replaced, not duplicated.
    await writeOciLayout(dir, amd!, ['amd', 'v1']);
    const again = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(
      again.manifests.map(
        (m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name'],
      ),
    ).toEqual(['latest', 'amd', 'v1']);
  });

  test('docker archive: manifest.json names config, layers and tags that exist in the tar', async () => {
    const [amd] = await images();
    const file = join(root, 'image.tar');
    await writeDockerArchive(createWriteStream(file), amd!, ['ml/model:v1']);
    const tar = readFileSync(file);
    const names: string[] = [];
    const contents = new Map<string, Buffer>();
    for (let at = 0; at + 512 <= tar.length; ) {
      const name = tar
        .subarray(at, at + 100)
        .toString()
        .replace(/\0.*$/s, '');
      if (!name) break;
      const size = Number.parseInt(tar.subarray(at + 124, at + 136).toString(), 8);
      names.push(name);
      contents.set(name, tar.subarray(at + 512, at + 512 + size));
      at += 512 + Math.ceil(size / 512) * 512;
    }
    const manifest = JSON.parse(contents.get('manifest.json')!.toString());
    expect(manifest[0].RepoTags).toEqual(['ml/model:v1']);
    for (const path of [manifest[0].Config, ...manifest[0].Layers]) {
      expect(names).toContain(path);
      expect(sha(contents.get(path)!)).toBe(`sha256:${path.split('/').pop()}`);
    }
    expect(names).toContain('oci-layout');
  });
});
