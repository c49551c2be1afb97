import { Readable, Transform } from 'node:stream';
import type { Digest } from '../../core/image/digest.js';
import {
  type Artifact,
  type BlobSource,
  type Image,
  type ImageLayer,
  imagesOf,
} from '../../core/image/image.js';
import type { Blob } from '../../core/image/manifest.js';
import { isTemporary, OPERATION_RETRY, type RetryPolicy, withRetry } from '../../core/image/retry.js';
import { messageOf, MlciError } from '../../core/errors.js';
import type { RegistryClient } from './client.js';
import { RegistryError } from './errors.js';
import { uploadChunked, uploadMonolithic, uploadStreamed } from './upload.js';

/** How blob bytes travel: streamed PATCH (default, what docker and ggcr send), one PUT, or capped chunks. */
export type UploadMode = 'streamed' | 'monolithic' | 'chunked';

/** Tuning and hooks of pushImage; defaults in DEFAULTS below, each with its reason. */
export interface PushOptions {
  readonly jobs?: number;
  readonly retry?: RetryPolicy;
  readonly upload?: UploadMode;
  readonly chunkSize?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly warn?: (message: string) => void;
  readonly onBlob?: (result: BlobResult) => void;
  /** Bytes of a blob sent so far in this attempt, called for every chunk (throttle it yourself). */
  readonly onProgress?: (name: string, sent: number, size: number) => void;
}

const DEFAULTS = {
  jobs: 4 as number, // ggcr's defaultJobs (remote/options.go); the issue asks for 2–4 parallel uploads
  retry: OPERATION_RETRY, // tier 2: the whole blob upload, 1 s then 3 s
  upload: 'streamed' as UploadMode, // one pass, no Content-Range: accepted by distribution, ghcr, Docker Hub
  chunkSize: (4 * 1024 * 1024) as number, // GHCR refuses Content-Range chunks above 4 MiB (ocx-sh/ocx#237)
} as const;

/** What happened to one blob. */
export interface BlobResult {
  readonly digest: Digest;
  readonly name: string;
  readonly kind: 'layer' | 'config';
  readonly mediaType: string;
  readonly action: 'uploaded' | 'skipped' | 'mounted';
  readonly size: number;
  /** Bytes that went over the wire for this blob (the last attempt's, plus earlier attempts'). */
  readonly bytesSent: number;
  readonly seconds: number;
  readonly attempts: number;
}

/** What a push did: the digest the tags point at, every blob's fate, the tags set. */
export interface PushResult {
  /** The digest of what the tags point at: the index for several platforms, else the manifest. */
  readonly digest: Digest;
  readonly mediaType: string;
  readonly blobs: readonly BlobResult[];
  readonly tags: readonly string[];
}

interface PendingBlob {
  readonly digest: Digest;
  readonly name: string;
  readonly kind: 'layer' | 'config';
  readonly mediaType: string;
  readonly size: number;
  readonly layer?: ImageLayer;
  readonly bytes?: Buffer;
  /** Where the blob already lives (a layer's, or a promoted image's config): mounted from there. */
  readonly source?: BlobSource;
}

/**
 * Pushes an image or index to `repository` of the client's registry, in the only safe order: every
 * blob (2–4 at a time; HEAD to skip, mount from the base's repository, else upload), then the
 * per-platform manifests and the index by digest, a check that the registry serves that digest, and
 * only then the tags — so a tag never points at a half-pushed image.
 */
export async function pushImage(
  client: RegistryClient,
  repository: string,
  artifact: Artifact,
  tags: readonly string[],
  options: PushOptions = {},
): Promise<PushResult> {
  const settings = { ...DEFAULTS, ...options };
  const images = imagesOf(artifact);
  const mountFrom = new Set<string>();
  const pending = new Map<Digest, PendingBlob>();
  for (const image of images) {
    for (const layer of image.layers) {
      if (layer.source?.registry === client.registry && layer.source.repository !== repository)
        mountFrom.add(layer.source.repository);
      const d = layer.descriptor;
      if (!pending.has(d.digest))
        pending.set(d.digest, {
          digest: d.digest,
          name: layer.name,
          kind: 'layer',
          mediaType: d.mediaType,
          size: d.size,
          layer,
          source: layer.source,
        });
    }
    const c = image.config.descriptor;
    // A promoted image's config is mounted like its layers (the docs promise every blob is).
    const configSource = image.configSource;
    if (configSource?.registry === client.registry && configSource.repository !== repository)
      mountFrom.add(configSource.repository);
    pending.set(c.digest, {
      digest: c.digest,
      name: `config ${image.platform.architecture}`,
      kind: 'config',
      mediaType: c.mediaType,
      size: c.size,
      bytes: image.config.bytes,
      source: configSource,
    });
  }
  client.prepare(repository, 'push', [...mountFrom]);

  const retry = <T>(what: string, work: (attempt: number) => Promise<T>) =>
    withRetry(work, settings.retry, {
      retryIf: isTemporary,
      sleep: settings.sleep,
      onRetry: (error, attempt, ms) =>
        settings.warn?.(
          `retrying ${what} in ${ms / 1000} s (attempt ${attempt} failed: ${error instanceof MlciError ? error.message : messageOf(error)})`,
        ),
    });

  const blobs = await pool([...pending.values()], settings.jobs, async (blob) => {
    const started = performance.now();
    let sent = 0;
    let attempts = 0;
    const action = await retry(`upload of ${blob.digest} (${blob.name})`, async () => {
      attempts++;
      return uploadBlob(client, repository, blob, settings, (n) => {
        sent += n;
        settings.onProgress?.(blob.name, sent, blob.size);
      });
    }).catch((error: unknown) => {
      throw wrap(error, `upload of ${blob.name} ${blob.digest} to ${client.registry}/${repository}`);
    });
    const result: BlobResult = {
      digest: blob.digest,
      name: blob.name,
      kind: blob.kind,
      action,
      mediaType: blob.mediaType,
      size: blob.size,
      bytesSent: sent,
      seconds: (performance.now() - started) / 1000,
      attempts,
    };
    settings.onBlob?.(result);
    return result;
  });

  const put = (blob: Blob, reference: string) =>
    retry(`manifest ${reference}`, () =>
      client.putManifest(repository, reference, blob.bytes, blob.descriptor.mediaType),
    ).catch((error: unknown) => {
      throw wrap(error, `manifest PUT ${client.registry}/${repository}:${reference}`);
    });
  // REG-14: a registry that lost (or garbage-collected) a blob between our HEAD and the manifest PUT
  // answers MANIFEST_BLOB_UNKNOWN; upload that image's blobs again (HEAD skips the present ones), once.
  const putImage = (image: Image) =>
    put(image.manifest, image.manifest.descriptor.digest).catch(async (error: unknown) => {
      if (!(error instanceof RegistryError && error.errors.some((e) => e.code === 'MANIFEST_BLOB_UNKNOWN')))
        throw error;
      settings.warn?.(`${error.message}; uploading the blobs of ${image.manifest.descriptor.digest} again`);
      for (const descriptor of [...image.layers.map((l) => l.descriptor), image.config.descriptor]) {
        const blob = pending.get(descriptor.digest)!;
        await retry(`upload of ${blob.digest} (${blob.name})`, () =>
          uploadBlob(client, repository, blob, settings, () => {}),
        );
      }
      return put(image.manifest, image.manifest.descriptor.digest);
    });
  for (const image of images) await putImage(image);
  const top = artifact.manifest;
  const digest = artifact.kind === 'index' ? await put(top, top.descriptor.digest) : top.descriptor.digest;
  // Eventual consistency (REG-13): only a digest the registry serves goes into tags and outputs.
  await retry(`check of ${digest}`, async () => {
    if (!(await client.hasManifest(repository, digest))) {
      throw Object.assign(
        new MlciError(`${client.registry}/${repository}@${digest} is not served after its PUT`, 1),
        { temporary: true },
      );
    }
  });
  const pushed: string[] = [];
  for (const tag of tags) {
    await put(top, tag).catch((error: unknown) => {
      throw new MlciError(
        `${messageOf(error)} (the image ${digest} is pushed and complete; tags set: ${pushed.join(', ') || 'none'})`,
        1,
        {
          hint: 'run the step again: blobs and manifests are found by digest, only the tags are retried',
          cause: error,
        },
      );
    });
    pushed.push(tag);
  }
  return { digest, mediaType: top.descriptor.mediaType, blobs, tags: pushed };
}

async function uploadBlob(
  client: RegistryClient,
  repository: string,
  blob: PendingBlob,
  settings: typeof DEFAULTS & PushOptions,
  count: (bytes: number) => void,
): Promise<BlobResult['action']> {
  if (await client.hasBlob(repository, blob.digest)) return 'skipped';
  const source = blob.source;
  const mount =
    source?.registry === client.registry && source.repository !== repository
      ? { digest: blob.digest, from: source.repository }
      : undefined;
  const location = await client.startUpload(repository, mount);
  if (location === 'mounted') return 'mounted';
  const open = async (): Promise<Readable> => {
    const stream = blob.bytes ? Readable.from([blob.bytes]) : await blob.layer!.layer.compressed();
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        count(chunk.length);
        done(null, chunk);
      },
    });
    stream.on('error', (error) => counter.destroy(error));
    return stream.pipe(counter);
  };
  if (settings.upload === 'chunked')
    await uploadChunked(client, location, open, settings.chunkSize, blob.digest);
  else if (settings.upload === 'monolithic')
    await uploadMonolithic(client, location, open, blob.size, blob.digest);
  else await uploadStreamed(client, location, open, blob.digest);
  return 'uploaded';
}

function wrap(error: unknown, what: string): unknown {
  if (error instanceof MlciError) return error;
  return new MlciError(`${what} failed: ${messageOf(error)}`, 1, { cause: error });
}

/** Runs `work` over items with at most `jobs` at a time; results keep the items' order. */
export async function pool<T, R>(
  items: readonly T[],
  jobs: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}
