import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  type Compression,
  type CompressionChoice,
  chooseCompression,
  COMPRESSION_DEFAULTS,
  gzipEncode,
} from './compression.js';
import type { Digest } from './digest.js';
import { type Family, familyTypes, type MediaType } from './media-types.js';
import type { SourceMember } from './sources.js';
import { renderTar } from './tar.js';

/** A layer as registries see it (ggcr's v1.Layer): every backend implements these few methods. */
export interface Layer {
  /** sha256 of the compressed bytes, as pushed to the registry. */
  digest(): Promise<Digest>;
  /** sha256 of the uncompressed tar (the config's diff_id). */
  diffId(): Promise<Digest>;
  /** Size of the compressed bytes. */
  size(): Promise<number>;
  mediaType(): MediaType;
  /** The compressed bytes, freshly opened on every call (so an upload can be retried from the start). */
  compressed(): Promise<Readable>;
}

/** What the expensive pass over a layer's bytes finds out. */
export interface Measured {
  readonly digest: Digest;
  readonly diffId: Digest;
  readonly size: number;
  readonly compression: Compression;
}

/** Remembers `Measured` by a key that identifies the inputs without reading them (paths, inodes, times). */
export interface DigestCache {
  get(key: string): Promise<Measured | undefined>;
  put(key: string, value: Measured): Promise<void>;
}

/** Why a layer is in the image: weights first, code last (stable to volatile). */
export type LayerRole = 'weights' | 'metadata' | 'files' | 'code';

/** A layer mlci builds from files: its tar is produced again whenever its bytes are needed. */
export interface FileLayer extends Layer {
  readonly name: string;
  readonly role: LayerRole;
  /** Number of files (not directories) in the layer, and their total size. */
  readonly files: number;
  readonly fileBytes: number;
  compression(): Promise<Compression>;
}

/** The inputs of fileLayer: members, timestamps and encoding decide the bytes; the rest is plumbing. */
export interface FileLayerOptions {
  readonly name: string;
  readonly role: LayerRole;
  readonly members: readonly SourceMember[];
  /** mtime of every tar header (SOURCE_DATE_EPOCH). */
  readonly mtime: number;
  readonly compression: CompressionChoice;
  readonly family: Family;
  readonly cache?: DigestCache;
  /** Uncompressed bytes read so far while measuring (not called on a cache hit), for progress lines. */
  readonly onProgress?: (bytes: number) => void;
}

// Bump when the tar or gzip bytes mlci writes change, so cached digests of older versions are not reused.
const FORMAT = 'mlci-layer-2'; // 2: file modes from content (sources.ts), not from the build OS

/**
 * A reproducible layer from files: tar → (gzip) → bytes, computed on demand and never held in memory.
 * The first call to digest()/diffId()/size() streams the whole layer once (or finds it in the cache).
 */
export function fileLayer(options: FileLayerOptions): FileLayer {
  const entries = options.members.map((member) => member.entry);
  const fileBytes = entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0);
  const files = entries.filter((e) => e.type === 'file').length;
  const tar = () => renderTar(entries, { mtime: options.mtime });
  const key = createHash('sha256')
    .update(
      JSON.stringify([FORMAT, process.versions.zlib, options.mtime, options.compression, options.family]),
    )
    .update(options.members.map((m) => m.identity).join('\n'))
    .digest('hex');

  let chosen: Promise<Compression> | undefined;
  const compression = () => {
    chosen ??= (async () => {
      if (options.compression !== 'auto') return effective(options.compression, options.family);
      const sample = await head(tar(), COMPRESSION_DEFAULTS.sampleBytes);
      return chooseCompression(fileBytes, sample);
    })();
    return chosen;
  };

  const encode = (compression: Compression, source: AsyncIterable<Buffer>) =>
    compression === 'none' ? source : gzipEncode(source, compression);

  let measured: Promise<Measured> | undefined;
  const measure = () => {
    measured ??= (async () => {
      const cached = await options.cache?.get(key);
      // The key holds the compression; checking the entry too means no cache mistake can ever label
      // gzip bytes as an uncompressed layer (mediaType() follows the option, the bytes the entry).
      const fits =
        options.compression === 'auto'
          ? cached?.compression !== 'none'
          : cached?.compression === effective(options.compression, options.family);
      if (cached && fits) return cached;
      const how = await compression();
      const diffHash = createHash('sha256');
      let read = 0;
      async function* hashed(): AsyncGenerator<Buffer> {
        for await (const chunk of tar()) {
          diffHash.update(chunk);
          read += chunk.length;
          options.onProgress?.(read);
          yield chunk;
        }
      }
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of encode(how, hashed())) {
        hash.update(chunk);
        size += chunk.length;
      }
      const diffId: Digest = `sha256:${diffHash.digest('hex')}`;
      const value: Measured = {
        digest: how === 'none' ? diffId : `sha256:${hash.digest('hex')}`,
        diffId,
        size,
        compression: how,
      };
      await options.cache?.put(key, value);
      return value;
    })();
    return measured;
  };

  return {
    name: options.name,
    role: options.role,
    files,
    fileBytes,
    compression: async () => (await measure()).compression,
    digest: async () => (await measure()).digest,
    diffId: async () => (await measure()).diffId,
    size: async () => (await measure()).size,
    mediaType: () =>
      familyTypes(
        options.family,
        options.compression === 'auto' || effective(options.compression, options.family) !== 'none',
      ).layer,
    compressed: async () => {
      const how = (await measure()).compression;
      return Readable.from(encode(how, tar()), { objectMode: false });
    },
  } satisfies FileLayer;
}

/** Docker schema 2 has no uncompressed layer type, so `none` becomes `stored` there. */
function effective(compression: Compression, family: Family): Compression {
  return compression === 'none' && family === 'docker' ? 'stored' : compression;
}

async function head(source: AsyncGenerator<Buffer>, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let have = 0;
  for await (const chunk of source) {
    parts.push(chunk);
    have += chunk.length;
    if (have >= bytes) break;
  }
  await source.return(undefined);
  return Buffer.concat(parts).subarray(0, bytes);
}
