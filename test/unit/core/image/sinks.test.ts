import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { assembleIndex } from '../../../../src/core/image/image.js';
import { writeDockerArchive, writeOciLayout } from '../../../../src/core/image/sinks.js';
import { writeFileAtomic, writeStreamAtomic } from '../../../../src/platform/fs/atomic-write.js';
import { modelWorkspace, twoPlatformImages } from '../../../support/image-fixture.js';

let root: string;
beforeAll(() => {
  root = modelWorkspace('mlci-img-sink-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function images() {
  return (await twoPlatformImages(root, 1000)).images;
}

const files = { writeFile: writeFileAtomic, writeStream: writeStreamAtomic };

const sha = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describe('sinks', () => {
  test('OCI layout: every blob under its digest, shared layers once, one index.json entry per tag', async () => {
    const [amd, arm] = await images();
    const index = assembleIndex([amd!, arm!]);
    const dir = join(root, 'layout');
    const digest = await writeOciLayout(dir, index, ['v1', 'latest'], files);
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
    await writeOciLayout(dir, amd!, ['amd', 'v1'], files);
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
