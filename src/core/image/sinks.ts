import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataError } from '../errors.js';
import { type Digest, hexOf } from './digest.js';
import { type Artifact, type Image, type ImageLayer, imagesOf } from './image.js';
import type { Blob, Descriptor } from './manifest.js';
import { MEDIA } from './media-types.js';
import { renderTar, type TarEntry } from './tar.js';

const REF_NAME = 'org.opencontainers.image.ref.name';

/** Every blob of an artifact once: layers (shared ones once), configs, per-platform manifests. */
function blobsOf(artifact: Artifact): { layers: ImageLayer[]; json: Blob[] } {
  const layers = new Map<Digest, ImageLayer>();
  const json: Blob[] = [];
  for (const image of imagesOf(artifact)) {
    for (const layer of image.layers) layers.set(layer.descriptor.digest, layer);
    json.push(image.config, image.manifest);
  }
  if (artifact.kind === 'index') json.push(artifact.manifest);
  return { layers: [...layers.values()], json };
}

/**
 * How a sink puts whole files in place: all of a file or none of it, never a half-written one under its
 * final name (platform/fs/atomic-write.ts; passed in, as core does not reach the platform itself).
 */
export interface WholeFileWriter {
  writeFile(path: string, content: string | Uint8Array): Promise<void>;
  /** Throwing from `write` abandons the file. */
  writeStream(path: string, write: (out: Writable) => Promise<void>): Promise<void>;
}

/** Streams bytes to a file while hashing them; a digest that does not match is an error, not a blob. */
async function writeVerified(
  files: WholeFileWriter,
  path: string,
  source: Readable,
  want: Descriptor,
): Promise<void> {
  await files.writeStream(path, async (out) => {
    const hash = createHash('sha256');
    let size = 0;
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      out,
    );
    const got = `sha256:${hash.digest('hex')}`;
    if (got !== want.digest || size !== want.size) {
      throw new DataError(
        `blob ${want.digest} came out as ${got} (${size} bytes, expected ${want.size}): a source file changed during the build`,
        { hint: 'run the build again once nothing writes to the source directories' },
      );
    }
  });
}

async function exists(path: string, size: number): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.size === size;
}

/**
 * Writes an OCI image layout (image-spec image-layout.md) into `dir`: blobs under blobs/sha256, and
 * index.json naming the artifact once per tag. Entries of other tags already in index.json are kept;
 * blobs already present are not rewritten. Returns the artifact's digest.
 */
export async function writeOciLayout(
  dir: string,
  artifact: Artifact,
  tags: readonly string[],
  files: WholeFileWriter,
): Promise<Digest> {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const { layers, json } = blobsOf(artifact);
  for (const layer of layers) {
    const path = join(blobs, hexOf(layer.descriptor.digest));
    if (await exists(path, layer.descriptor.size)) continue;
    await writeVerified(files, path, await layer.layer.compressed(), layer.descriptor);
  }
  for (const blob of json) await files.writeFile(join(blobs, hexOf(blob.descriptor.digest)), blob.bytes);
  await files.writeFile(join(dir, 'oci-layout'), `${JSON.stringify({ imageLayoutVersion: '1.0.0' })}\n`);
  const top = artifact.manifest.descriptor;
  const previous = await readFile(join(dir, 'index.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { manifests?: Descriptor[] }).manifests ?? [])
    .catch(() => [] as Descriptor[]);
  const names = tags.length ? tags : ['latest'];
  const kept = previous.filter((d) => !names.includes(d.annotations?.[REF_NAME] ?? '\0'));
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA.ociIndex,
    manifests: [
      ...kept,
      ...names.map((name) => ({
        mediaType: top.mediaType,
        digest: top.digest,
        size: top.size,
        annotations: { [REF_NAME]: name },
      })),
    ],
  };
  await files.writeFile(join(dir, 'index.json'), `${JSON.stringify(index)}\n`);
  return top.digest;
}

/**
 * Writes a tar that `docker load` reads (manifest.json with RepoTags) and that is also an OCI layout
 * (as Docker 25+ writes it), for one platform's image. Layers stay compressed: docker load accepts gzip.
 */
export async function writeDockerArchive(
  out: Writable,
  image: Image,
  repoTags: readonly string[],
): Promise<void> {
  const blobPath = (digest: Digest) => `blobs/sha256/${hexOf(digest)}`;
  const json = (path: string, value: unknown): TarEntry =>
    bytesEntry(path, Buffer.from(JSON.stringify(value)));
  const layers = new Map<Digest, ImageLayer>();
  for (const layer of image.layers) layers.set(layer.descriptor.digest, layer);
  const top = image.manifest.descriptor;
  const entries: TarEntry[] = [
    { type: 'directory', path: 'blobs/', mode: 0o755 },
    { type: 'directory', path: 'blobs/sha256/', mode: 0o755 },
    ...[...layers.values()].map(
      (layer): TarEntry => ({
        type: 'file',
        path: blobPath(layer.descriptor.digest),
        mode: 0o644,
        size: layer.descriptor.size,
        open: () => Readable.from(lazy(() => layer.layer.compressed())),
      }),
    ),
    bytesEntry(blobPath(image.config.descriptor.digest), image.config.bytes),
    bytesEntry(blobPath(top.digest), image.manifest.bytes),
    json('index.json', {
      schemaVersion: 2,
      mediaType: MEDIA.ociIndex,
      manifests: [{ ...top, annotations: repoTags[0] ? { [REF_NAME]: repoTags[0] } : undefined }],
    }),
    json('manifest.json', [
      {
        Config: blobPath(image.config.descriptor.digest),
        RepoTags: repoTags,
        Layers: image.layers.map((l) => blobPath(l.descriptor.digest)),
      },
    ]),
    json('oci-layout', { imageLayoutVersion: '1.0.0' }),
  ];
  await pipeline(Readable.from(renderTar(entries, { mtime: 0 })), out);
}

function bytesEntry(path: string, bytes: Buffer): TarEntry {
  return { type: 'file', path, mode: 0o644, size: bytes.length, open: () => Readable.from([bytes]) };
}

async function* lazy(open: () => Promise<Readable>): AsyncGenerator<Buffer> {
  for await (const chunk of await open()) yield chunk as Buffer;
}
