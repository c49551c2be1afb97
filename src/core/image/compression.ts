import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { UsageError } from '../errors.js';

/**
 * How a layer's tar is encoded. All but `none` are gzip, which every registry and engine reads:
 * - gzip:    deflate level 6, ≈ 28–31 MiB/s per core whatever the data (reference/oci-images.md §4)
 * - huffman: Z_HUFFMAN_ONLY, ≈ 100 MiB/s, the same ratio as level 6 on fp32/bf16 weights
 * - stored:  deflate level 0 (valid gzip, no compression), ≈ 700 MiB/s
 * - none:    plain tar (`…layer.v1.tar`), spec-valid but not accepted by every registry (opt-in)
 */
export type Compression = 'gzip' | 'huffman' | 'stored' | 'none';
/** A compression input: one encoding, or `auto` to choose per layer from its size and bytes. */
export type CompressionChoice = Compression | 'auto';

/** The `auto` policy's knobs, each with its reason. */
export const COMPRESSION_DEFAULTS = {
  // Below this, level 6 costs under half a second and code/metadata shrink several-fold.
  smallLayerBytes: 16 * 1024 * 1024,
  // A sample this big Huffman-codes in ≈ 40 ms and predicts the whole file well for weights.
  sampleBytes: 4 * 1024 * 1024,
  // Saving less than this (random-looking data, int8/fp8 quantised weights) is not worth 7x the time.
  minSaving: 0.05,
} as const;

const CHOICES: readonly CompressionChoice[] = ['auto', 'gzip', 'huffman', 'stored', 'none'];

/** A compression input value, or a usage error listing the choices. */
export function parseCompression(text: string): CompressionChoice {
  if ((CHOICES as readonly string[]).includes(text)) return text as CompressionChoice;
  throw new UsageError(`compression "${text}" is not one of ${CHOICES.join(', ')}`);
}

/**
 * The `auto` choice for a layer: gzip for small layers; for large ones, Huffman-only when a sample
 * compresses by at least `minSaving`, else stored. Depends only on the bytes, so it is reproducible.
 */
export function chooseCompression(totalBytes: number, sample: Buffer): Compression {
  if (totalBytes < COMPRESSION_DEFAULTS.smallLayerBytes) return 'gzip';
  if (sample.length === 0) return 'stored';
  const coded = zlib.deflateRawSync(sample, { strategy: zlib.constants.Z_HUFFMAN_ONLY });
  return 1 - coded.length / sample.length >= COMPRESSION_DEFAULTS.minSaving ? 'huffman' : 'stored';
}

// Pinned deflate settings: the compressed digest depends on them (and on zlib's build), the diff_id
// does not. windowBits/memLevel are zlib's defaults, written out so a Node upgrade cannot move them.
function deflateOptions(compression: Compression): zlib.ZlibOptions {
  const common = { windowBits: 15, memLevel: 8, chunkSize: 256 * 1024 };
  if (compression === 'huffman') return { ...common, level: 6, strategy: zlib.constants.Z_HUFFMAN_ONLY };
  if (compression === 'stored') return { ...common, level: 0, strategy: zlib.constants.Z_DEFAULT_STRATEGY };
  return { ...common, level: 6, strategy: zlib.constants.Z_DEFAULT_STRATEGY };
}

// Our own gzip header and trailer around raw deflate: zlib's gzip header carries an OS byte that
// differs between builds (3 on Unix, 10 or 0 on Windows), which would change the digest by machine.
// mtime 0, no name, OS 255 "unknown" (what Go's compress/gzip writes).
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);

/**
 * Gzip-encodes a byte stream with a machine-independent header, pulling from `source` only as fast as
 * the consumer reads (async iteration keeps memory bounded whatever the upload speed).
 */
export async function* gzipEncode(
  source: AsyncIterable<Buffer>,
  compression: Exclude<Compression, 'none'>,
): AsyncGenerator<Buffer> {
  let crc = 0;
  let size = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      crc = zlib.crc32(chunk, crc);
      size = (size + chunk.length) % 2 ** 32;
      yield chunk;
    }
  }
  const deflate = zlib.createDeflateRaw(deflateOptions(compression));
  const feeding = pipeline(Readable.from(counted(), { objectMode: false }), deflate);
  feeding.catch(() => {}); // the same error surfaces through the iteration below
  yield GZIP_HEADER;
  try {
    for await (const chunk of deflate) yield chunk as Buffer;
    await feeding;
  } finally {
    deflate.destroy();
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size, 4);
  yield trailer;
}
