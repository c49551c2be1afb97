// A tiny OCI image layout written by hand (one gzip layer with one file), for registry round trips with
// skopeo. Kept independent of mlci's own image code so it can check that code.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Writes an OCI layout at `dir` with one image tagged `tag`; returns the manifest's digest. */
export async function writeTinyOciLayout(
  dir: string,
  tag: string,
  content = 'hello from mlci\n',
): Promise<string> {
  const src = join(dir, '..', `${tag}-rootfs`);
  await mkdir(src, { recursive: true });
  await writeFile(join(src, 'hello.txt'), content);
  await promisify(execFile)('tar', [
    '--sort=name',
    '--mtime=@0',
    '--owner=0',
    '--group=0',
    '-C',
    src,
    '-cf',
    join(dir, '..', `${tag}.tar`),
    'hello.txt',
  ]);
  const tar = await readFile(join(dir, '..', `${tag}.tar`));
  const layer = gzipSync(tar);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['/hello.txt'] },
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha256(tar)}`] },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: `sha256:${sha256(config)}`,
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: `sha256:${sha256(layer)}`,
          size: layer.length,
        },
      ],
    }),
  );
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const blob of [layer, config, manifest])
    await writeFile(join(dir, 'blobs', 'sha256', sha256(blob)), blob);
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  const digest = `sha256:${sha256(manifest)}`;
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  );
  return digest;
}
