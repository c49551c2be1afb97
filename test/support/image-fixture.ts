// The small model workspace and the two-platform images on scratch that the image unit tests build.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { epochTime } from '../../src/core/image/config.js';
import { assembleImage, scratch } from '../../src/core/image/image.js';
import { fileLayer } from '../../src/core/image/layer.js';
import { parsePlatform } from '../../src/core/image/platform.js';
import { planLayers } from '../../src/core/image/plan.js';

/** The platforms every image of the fixture is built for, in this order. */
export const FIXTURE_PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;

/** A fresh temp dir holding a 5000-byte weights file `w.bin` and the serving code `serve.py`. */
export function modelWorkspace(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(root, 'w.bin'), Buffer.alloc(5000, 7));
  writeFileSync(join(root, 'serve.py'), 'print(1)\n');
  return root;
}

/** One image per fixture platform on scratch, all over the same gzip OCI layers built from `root`. */
export async function twoPlatformImages(root: string, splitBytes: number) {
  const plans = await planLayers(
    {
      weights: ['w.bin'],
      metadata: [],
      layers: [],
      code: ['serve.py'],
      modelDir: '/m',
      appDir: '/a',
      splitBytes,
    },
    root,
  );
  const layers = plans.map((p) => fileLayer({ ...p, mtime: 0, compression: 'gzip', family: 'oci' }));
  const opts = { changes: { entrypoint: ['python', '/a/serve.py'] }, created: epochTime(0) };
  const images = await Promise.all(
    FIXTURE_PLATFORMS.map((p) => assembleImage(scratch(parsePlatform(p)), layers, opts)),
  );
  return { layers, images };
}
