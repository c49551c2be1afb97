import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync } from 'node:fs';
import { epochTime } from '../../../../src/core/image/config.js';
import type { Digest } from '../../../../src/core/image/digest.js';
import { assembleIndex } from '../../../../src/core/image/image.js';
import { buildImageReport, layerReports, platformsOf } from '../../../../src/core/image/report.js';
import { modelWorkspace, twoPlatformImages } from '../../../support/image-fixture.js';

let root: string;
beforeAll(() => {
  root = modelWorkspace('mlci-img-report-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Two platform images on scratch sharing the same two built layers (weights, code), and their index. */
async function built() {
  const { layers, images } = await twoPlatformImages(root, 1e6);
  return { layers, index: assembleIndex(images) };
}

const lineage = { created: epochTime(0), source: 'https://github.com/acme/model', revision: 'abc' };

describe('platformsOf', () => {
  test('one entry per platform image, no base digest on scratch', async () => {
    const { index } = await built();
    expect(platformsOf(index)).toEqual(
      index.images.map((image, i) => ({
        platform: ['linux/amd64', 'linux/arm64'][i],
        manifest: image.manifest.descriptor.digest,
        config: image.config.descriptor.digest,
      })),
    );
  });
});

describe('layerReports', () => {
  test('a layer shared by the platforms is reported once, with what was built and what the push did', async () => {
    const { layers, index } = await built();
    const [weights, code] = index.images[0]!.layers;
    const blobs = [
      { digest: code!.descriptor.digest, action: 'mounted' as const, bytesSent: 0, seconds: 0.12345 },
    ];
    const reports = await layerReports(index, layers, blobs);
    expect(reports).toHaveLength(2);
    expect(reports[0]).toEqual({
      name: weights!.name,
      role: layers[0]!.role,
      origin: 'built',
      digest: weights!.descriptor.digest,
      diffId: await layers[0]!.diffId(),
      compression: await layers[0]!.compression(),
      files: 1,
      size: weights!.descriptor.size,
      mediaType: weights!.descriptor.mediaType,
    });
    expect(reports[1]).toMatchObject({
      digest: code!.descriptor.digest,
      action: 'mounted',
      bytesSent: 0,
      seconds: 0.123,
    });
  });

  test("a layer mlci did not build is the base's, without diff_id or file count", async () => {
    const { index } = await built();
    const reports = await layerReports(index, [], []);
    expect(reports.map((r) => r.role)).toEqual(['base', 'base']);
    expect(reports[0]).not.toHaveProperty('diffId');
    expect(reports[0]).not.toHaveProperty('files');
  });
});

describe('buildImageReport', () => {
  test('offline build: no image, no reference, the tags asked for, not pushed', async () => {
    const { layers, index } = await built();
    const report = await buildImageReport({
      artifact: index,
      built: layers,
      lineage,
      annotations: { a: 'b' },
      tags: ['v1'],
      outputs: { ociLayout: 'out/layout' },
    });
    expect(report).toMatchObject({
      kind: 'mlci/image-report',
      version: 1,
      digest: index.manifest.descriptor.digest,
      mediaType: index.manifest.descriptor.mediaType,
      tags: ['v1'],
      outputs: { ociLayout: 'out/layout' },
      pushed: false,
    });
    expect(report).not.toHaveProperty('image');
    expect(report).not.toHaveProperty('base');
    expect(report.platforms).toHaveLength(2);
  });

  test('pushed: the reference by digest and the tags the push set; a named base is reported', async () => {
    const { layers, index } = await built();
    const digest = index.manifest.descriptor.digest;
    const report = await buildImageReport({
      image: 'ghcr.io/acme/model',
      artifact: index,
      built: layers,
      lineage: { ...lineage, baseName: 'python:3.12-slim', baseDigest: 'sha256:base' },
      annotations: {},
      tags: ['v1'],
      outputs: {},
      pushed: { digest, tags: ['v1', 'latest'], blobs: [] },
    });
    expect(report).toMatchObject({
      image: 'ghcr.io/acme/model',
      reference: `ghcr.io/acme/model@${digest}`,
      tags: ['v1', 'latest'],
      base: { name: 'python:3.12-slim', digest: 'sha256:base' as Digest },
      pushed: true,
    });
  });
});
