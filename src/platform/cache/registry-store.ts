import { constants, createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { chmod, copyFile, mkdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { DataError, messageOf } from '../../core/errors.js';
import type { Digest } from '../../core/image/digest.js';
import { scratch, type Image, type ImageLayer } from '../../core/image/image.js';
import type { Layer } from '../../core/image/layer.js';
import {
  type ArtifactFile,
  CACHE_FILE_TYPE,
  type CacheArtifact,
  cacheManifest,
  cacheTag,
  emptyConfig,
  parseCacheManifest,
  portableKey,
  portableTag,
  splitKey,
} from '../../core/train/cache-artifact.js';
import type { FingerprintInputs } from '../../core/train/fingerprint.js';
import { isTemporary, OPERATION_RETRY, withRetry } from '../../core/image/retry.js';
import type { RegistryClient } from '../registry/client.js';
import { checkStatus, RegistryError } from '../registry/errors.js';
import { type BlobResult, pool, pushImage } from '../registry/push.js';
import { BlobWriters, WORKER_MIN_BYTES, workersPayOff } from './blob-writers.js';
import { placeOutputs, withinOutputs } from './outputs.js';
import type { CacheHit, CacheManifest, CacheStore } from './store.js';

/** The registry, the repository entries live in, the workspace and the log. */
export interface RegistryStoreOptions {
  readonly client: RegistryClient;
  readonly repository: string;
  readonly root: string;
  readonly warn: (message: string) => void;
  readonly info: (message: string) => void;
  /** Parallel blob transfers (default 4, as pushImage). */
  readonly jobs?: number;
  /** Tests: large blobs go to worker threads from this many bytes in all (default: workersPayOff decides). */
  readonly workersFrom?: number;
  /** Injected by tests so retries do not wait for real. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => Date;
}

const unique = () => `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** True for "the registry has no such thing" (a plain miss: no warning). */
const notFound = (error: unknown) => error instanceof RegistryError && error.status === 404;

/** A file of the workspace as a registry layer: raw bytes, digest = the file's sha256 (no compression). */
function fileLayer(root: string, file: ArtifactFile): ImageLayer {
  const digest = `sha256:${file.sha256}` as Digest;
  const layer: Layer = {
    digest: async () => digest,
    diffId: async () => digest,
    size: async () => file.size,
    mediaType: () => CACHE_FILE_TYPE,
    compressed: async () => createReadStream(join(root, file.path), { highWaterMark: 1024 * 1024 }),
  };
  return {
    descriptor: { mediaType: CACHE_FILE_TYPE, digest, size: file.size },
    layer,
    name: file.path,
    origin: 'built',
  };
}

/** The files of an entry by blob: two outputs with the same bytes are one download. */
function byBlob(files: readonly ArtifactFile[]): ArtifactFile[][] {
  const groups = new Map<string, ArtifactFile[]>();
  for (const file of files) {
    const group = groups.get(file.sha256);
    if (group && group[0]!.size !== file.size)
      throw new DataError(`the entry gives "${group[0]!.path}" and "${file.path}" one digest but two sizes`);
    if (group) group.push(file);
    else groups.set(file.sha256, [file]);
  }
  return [...groups.values()];
}

/**
 * Downloads one blob into `target`, hashed and counted as the bytes arrive; a blob that is not the digest
 * or size the manifest says is refused (tampered, or truncated) before anything reaches the workspace.
 * A large blob is downloaded whole on a worker thread (its own GET: receive, hash and write off this
 * thread); a 401, a proxy or a response it cannot parse sends it through the registry client instead.
 */
async function fetchVerified(
  client: RegistryClient,
  repository: string,
  file: ArtifactFile,
  target: string,
  writers: BlobWriters,
  leftWorker: (why: string) => void,
): Promise<void> {
  const digest = `sha256:${file.sha256}` as Digest;
  const missing = (error: unknown) => {
    if (notFound(error)) throw new DataError(`partial entry: the blob of "${file.path}" is missing`);
    throw error;
  };
  await rm(target, { force: true }); // what an earlier attempt left
  let got: { sha256: string; size: number } | undefined;
  const request = writers.downloads(file.size) ? await client.blobRequest(repository, digest) : undefined;
  if (request) {
    const answer = await writers.download(request, target, file.size, file.path);
    if (answer.kind === 'written') got = answer;
    else if (answer.kind === 'status' && answer.status !== 401) {
      const response = { ...answer, body: Readable.from([answer.body]) };
      await checkStatus(response, 'GET', 200).catch(missing); // throws: the status is not 200
    } else {
      await rm(target, { force: true });
      leftWorker(answer.kind === 'status' ? 'the registry asked to authenticate again (401)' : answer.reason);
    }
  }
  if (!got) {
    const stream = await client.openBlob(repository, digest).catch(missing);
    got = await writers.write(stream, target, file.size, file.path);
  }
  if (got.size !== file.size || got.sha256 !== file.sha256)
    throw new DataError(
      `the blob of "${file.path}" does not match its manifest (sha256 ${got.sha256.slice(0, 12)}…, ${got.size} bytes; expected ${file.sha256.slice(0, 12)}…, ${file.size} bytes): tampered or corrupt`,
    );
}

/**
 * Train cache entries as OCI artifacts in any registry (ORAS-style, src/core/train/cache-artifact.ts),
 * through mlci's registry client: lookup by tag, restore with every blob verified in a staging dir first,
 * save with pushImage's HEAD-skip, parallel streamed uploads, retries and manifest-before-tag order.
 */
export function registryStore(options: RegistryStoreOptions): CacheStore & {
  /** The entry under `key`, or undefined when there is none. */
  lookup(key: string): Promise<CacheArtifact | undefined>;
  /** The entry of a stage whose inputs were these, on any machine (portableKey), or undefined. */
  lookupPortable(stage: string, inputs: FingerprintInputs): Promise<CacheArtifact | undefined>;
  /** Downloads and verifies `files` into the workspace (all or nothing); used by restore and `mlci pull`. */
  fetchFiles(files: readonly ArtifactFile[], places?: readonly string[]): Promise<void>;
} {
  const { client, repository, root } = options;
  const jobs = options.jobs ?? 4;
  const where = `${client.registry}/${repository}`;

  const fetchEntry = async (tag: string): Promise<CacheArtifact | undefined> => {
    client.prepare(repository, 'pull');
    const manifest = await client.getManifest(repository, tag).catch((error: unknown) => {
      if (notFound(error)) return undefined;
      throw error;
    });
    return manifest ? parseCacheManifest(manifest.bytes) : undefined;
  };

  const lookupPortable = async (stage: string, inputs: FingerprintInputs) => {
    const entry = await fetchEntry(portableTag(stage, inputs));
    if (!entry) return undefined;
    // As CACHE-07 for the key: the inputs inside must give the same portable key.
    const inside = entry.inputs as FingerprintInputs | null;
    if (!inside?.runtime || portableKey(inside) !== portableKey(inputs) || entry.stage !== stage)
      throw new DataError(`${where}:${portableTag(stage, inputs)} holds the entry of other inputs`);
    return entry;
  };

  const lookup = async (key: string): Promise<CacheArtifact | undefined> => {
    const entry = await fetchEntry(cacheTag(key));
    if (!entry) return undefined;
    // CACHE-07: the key inside must be the one asked for (a tag is only an index into the entries).
    if (entry.key !== key) throw new DataError(`${where}:${cacheTag(key)} holds the entry of another key`);
    return entry;
  };

  /**
   * Downloads `files` into a staging dir and verifies each; only when all check out are `places` (declared
   * outputs, or the files themselves) renamed into the workspace. Every download is let finish (or fail)
   * before the first error is raised, so nothing still writes into the staging dir as it is removed.
   */
  const fetchFiles = async (
    files: readonly ArtifactFile[],
    places: readonly string[] = files.map((file) => file.path),
  ) => {
    const staging = join(root, '.mlci', 'tmp', `registry-${unique()}`);
    const groups = byBlob(files);
    const total = groups.reduce((sum, [file]) => sum + file!.size, 0);
    const workers =
      options.workersFrom === undefined
        ? workersPayOff(total, availableParallelism())
        : total >= options.workersFrom;
    const writers = new BlobWriters(workers ? WORKER_MIN_BYTES : Number.POSITIVE_INFINITY);
    // Said once a restore: the download still succeeds, only slower (on this thread, through node:http).
    let said = false;
    const leftWorker = (why: string) => {
      if (said) return;
      said = true;
      options.info(
        `registry cache ${where}: large files are downloaded through the registry client instead of worker threads (${why})`,
      );
    };
    writers.prestart(Math.min(jobs, groups.filter(([file]) => writers.downloads(file!.size)).length));
    try {
      for (const file of files) await mkdir(dirname(join(staging, file.path)), { recursive: true });
      const errors: unknown[] = [];
      // Biggest first, so that one large blob does not start last and finish alone.
      const order = [...groups].sort((a, b) => b[0]!.size - a[0]!.size);
      await pool(order, jobs, async ([first, ...copies]) => {
        if (errors.length) return;
        try {
          const target = join(staging, first!.path);
          await withRetry(
            () => fetchVerified(client, repository, first!, target, writers, leftWorker),
            OPERATION_RETRY,
            {
              retryIf: isTemporary,
              sleep: options.sleep,
              onRetry: (error, attempt) =>
                options.warn(
                  `registry cache ${where}: downloading "${first!.path}" failed (${messageOf(error)}); retrying (attempt ${attempt + 1})`,
                ),
            },
          );
          for (const copy of copies)
            await copyFile(target, join(staging, copy.path), constants.COPYFILE_FICLONE);
          for (const file of [first!, ...copies])
            if (file.executable) await chmod(join(staging, file.path), 0o755);
        } catch (error) {
          errors.push(error);
        }
      });
      if (errors.length) throw errors[0];
      await placeOutputs(staging, root, places);
    } finally {
      await writers.close();
      await rm(staging, { recursive: true, force: true });
    }
  };

  return {
    name: 'registry',
    lookup,
    lookupPortable,
    fetchFiles,
    async restore(key, outputs) {
      try {
        const entry = await lookup(key);
        if (!entry) return undefined;
        for (const file of entry.files) {
          if (!withinOutputs(file.path, outputs))
            throw new DataError(`the entry holds "${file.path}", outside the stage's outputs`);
        }
        await fetchFiles(entry.files, [...outputs]);
        return {
          source: 'registry',
          files: entry.files,
          ...(entry.inputs && typeof entry.inputs === 'object'
            ? { inputs: entry.inputs as FingerprintInputs }
            : {}),
        } satisfies CacheHit;
      } catch (error) {
        options.warn(
          `registry cache ${where}: restore failed: ${messageOf(error)} (running the stage instead)`,
        );
        return undefined;
      }
    },
    async save(manifest: CacheManifest) {
      try {
        client.prepare(repository, 'push');
        const existing = await lookup(manifest.key).catch(() => undefined);
        // Another job saved this fingerprint already (same inputs): keep its entry, upload nothing.
        if (existing) return 'exists';
        const files: ArtifactFile[] = manifest.files.map(({ path, sha256, size, executable }) => ({
          path,
          sha256,
          size,
          executable,
        }));
        const base = scratch({ os: 'unknown', architecture: 'unknown' });
        const image: Image = {
          kind: 'image',
          platform: base.platform,
          base,
          config: emptyConfig(),
          manifest: cacheManifest({
            key: manifest.key,
            created: (options.now?.() ?? new Date()).toISOString(),
            inputs: manifest.inputs,
            files,
          }),
          layers: files.map((file) => fileLayer(root, file)),
        };
        const results: BlobResult[] = [];
        const stage = splitKey(manifest.key)?.stage;
        const tags = [cacheTag(manifest.key), ...(stage ? [portableTag(stage, manifest.inputs)] : [])];
        await pushImage(client, repository, image, tags, {
          jobs,
          sleep: options.sleep,
          warn: options.warn,
          onBlob: (result) => results.push(result),
        });
        const sent = results.filter((r) => r.kind === 'layer' && r.action === 'uploaded');
        const bytes = sent.reduce((sum, r) => sum + r.size, 0);
        options.info(
          `  registry ${where}: uploaded ${sent.length} of ${files.length} file(s) (${bytes} bytes); the rest were there already`,
        );
        return 'saved';
      } catch (error) {
        options.warn(`registry cache ${where}: save failed: ${messageOf(error)}`);
        return `failed: ${messageOf(error)}`;
      }
    },
  };
}
