// Restoring an Actions cache entry without @actions/cache's extraction: that library untars the entry
// with GNU tar and `-P`, which honours absolute names, `..` and links before mlci could check anything
// (reliability-and-security.md §3.3, CACHE-08). Here the entry is looked up through the same cache
// service protocol (v2 twirp, v1 REST on GHES), downloaded as an opaque file and decompressed into a
// stream for mlci's own reader. Saving still goes through @actions/cache, so the version computed here
// must match the one it computes (lib/internal/cacheUtils.js getCacheVersion).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { DataError, MlciError } from '../../core/errors.js';
import { readBody, send } from '../registry/http.js';

/** @actions/cache's compression methods: zstd when a `zstd` binary answers `--version`, else gzip. */
export type CompressionMethod = 'zstd-without-long' | 'gzip';

/** Same detection as @actions/cache's getCompressionMethod, so save and restore agree on the version. */
export function compressionMethod(): CompressionMethod {
  const probe = spawnSync('zstd', ['--quiet', '--version'], { encoding: 'utf8', windowsHide: true });
  return probe.status === 0 && probe.stdout.trim() !== '' ? 'zstd-without-long' : 'gzip';
}

/** The entry's version: sha256 of the paths, the compression method, `windows-only`, and the salt `1.0`. */
export function cacheVersion(
  paths: readonly string[],
  method: CompressionMethod,
  platform = process.platform,
): string {
  const components = [...paths, method, ...(platform === 'win32' ? ['windows-only'] : []), '1.0'];
  return createHash('sha256').update(components.join('|')).digest('hex');
}

/** Looks the exact key up; returns the download URL, or undefined for a miss. */
async function lookUp(
  env: Readonly<Record<string, string | undefined>>,
  key: string,
  version: string,
): Promise<string | undefined> {
  const token = env.ACTIONS_RUNTIME_TOKEN ?? '';
  const auth = { Authorization: `Bearer ${token}` };
  if (env.ACTIONS_CACHE_SERVICE_V2 && env.ACTIONS_RESULTS_URL) {
    const url = new URL(
      '/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
      env.ACTIONS_RESULTS_URL,
    );
    const response = await send({
      method: 'POST',
      url: url.href,
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: Buffer.from(JSON.stringify({ key, restore_keys: [], version })),
      idleTimeoutMs: 30_000,
    });
    const text = (await readBody(response, 1024 * 1024, 'error')).toString('utf8');
    if (response.status !== 200)
      throw new MlciError(`cache lookup: ${response.status} ${text.slice(0, 200)}`, 1);
    const body = JSON.parse(text) as { ok?: boolean; signed_download_url?: string; matched_key?: string };
    return body.ok && body.matched_key === key ? body.signed_download_url : undefined;
  }
  const base = env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
  if (!base) return undefined;
  const url = new URL(`_apis/artifactcache/cache?keys=${encodeURIComponent(key)}&version=${version}`, base);
  const response = await send({
    method: 'GET',
    url: url.href,
    headers: { ...auth, Accept: 'application/json;api-version=6.0-preview.1' },
    idleTimeoutMs: 30_000,
  });
  const text = (await readBody(response, 1024 * 1024, 'error')).toString('utf8');
  if (response.status === 204 || response.status === 404) return undefined;
  if (response.status !== 200)
    throw new MlciError(`cache lookup: ${response.status} ${text.slice(0, 200)}`, 1);
  const body = JSON.parse(text) as { cacheKey?: string; archiveLocation?: string };
  return body.cacheKey === key ? body.archiveLocation : undefined;
}

/**
 * Downloads the entry of `key` to `file` as opaque bytes (at most `maxBytes`); false for a miss. A
 * download that stalls for 30 s, or is longer than the budget, is an error (a miss for the caller).
 */
export async function downloadEntry(
  env: Readonly<Record<string, string | undefined>>,
  key: string,
  version: string,
  file: string,
  maxBytes: number,
): Promise<boolean> {
  const url = await lookUp(env, key, version);
  if (!url) return false;
  const response = await send({ method: 'GET', url, followRedirects: true, idleTimeoutMs: 30_000 });
  if (response.status !== 200) {
    response.body.resume();
    throw new MlciError(`cache download: ${response.status}`, 1);
  }
  let got = 0;
  await pipeline(
    response.body,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        got += chunk.length;
        if (got > maxBytes) throw new DataError(`cache entry is larger than ${maxBytes} bytes: too large`);
        yield chunk;
      }
    },
    createWriteStream(file),
  );
  return true;
}

/**
 * The decompressed bytes of a downloaded entry, at most `maxBytes` of them: a stream that decompresses
 * to more (a bomb, or a zstd stream that never ends) is an error once the budget is spent. zstd through
 * node:zlib where it has it (Node 22.15+, 24), else the `zstd` binary as a pure stream filter (it only
 * decompresses; it never unpacks anything).
 */
export async function* decompressed(
  file: string,
  method: CompressionMethod,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  let got = 0;
  const counted = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      got += chunk.length;
      if (got > maxBytes) throw new DataError(`cache entry decompresses to more than ${maxBytes} bytes`);
      yield chunk;
    }
  };
  const createZstd = (zlib as unknown as { createZstdDecompress?: () => NodeJS.ReadWriteStream })
    .createZstdDecompress;
  if (method === 'gzip' || createZstd) {
    const input = createReadStream(file);
    const inflate = method === 'gzip' ? zlib.createGunzip() : createZstd!();
    input.pipe(inflate as NodeJS.WritableStream);
    try {
      yield* counted(inflate as AsyncIterable<Buffer>);
    } finally {
      input.destroy();
      (inflate as unknown as { destroy(): void }).destroy();
    }
    return;
  }
  const child = spawn('zstd', ['-d', '-c', '-q', '--', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.on('error', () => undefined);
  try {
    yield* counted(child.stdout);
    const code = await exited;
    if (code !== 0)
      throw new DataError(
        `cache entry is not a valid zstd stream: ${stderr.trim() || `zstd exited ${code}`}`,
      );
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
