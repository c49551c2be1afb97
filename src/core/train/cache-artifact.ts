import { DataError } from '../errors.js';
import { type Blob, jsonBlob } from '../image/manifest.js';
import { MEDIA } from '../image/media-types.js';
import { canonicalJson, sha256Hex } from './canonical.js';
import type { FingerprintInputs } from './fingerprint.js';
import { safeEntryPath } from './tar-read.js';

// A train cache entry as an OCI artifact, the way ORAS stores files (reference/oci-images.md): an image
// manifest with an `artifactType`, the empty config, one layer per output file (its path in the
// `org.opencontainers.image.title` annotation, as `oras push` sets it), and the entry's key and inputs
// in the manifest's annotations. Layers are the files' raw bytes, so a blob's digest is the file's sha256:
// a 6 GB checkpoint shared by two fingerprints is one blob, and an unchanged file is never uploaded again.

/** The manifest's `artifactType`: what `oras discover` and registry UIs show. */
export const CACHE_ARTIFACT_TYPE = 'application/vnd.mlci.train-cache.v1+json';
/** Each output file's layer media type (raw bytes, not a tar). */
export const CACHE_FILE_TYPE = 'application/vnd.mlci.train-cache.file.v1';
/** The OCI empty descriptor's media type and bytes (image-spec, "Guidance for an Empty Descriptor"). */
export const EMPTY_CONFIG_TYPE = 'application/vnd.oci.empty.v1+json';

const TITLE = 'org.opencontainers.image.title';
const CREATED = 'org.opencontainers.image.created';
const KEY = 'dev.mlci.train.key';
const STAGE = 'dev.mlci.train.stage';
const FINGERPRINT = 'dev.mlci.train.fingerprint';
const INPUTS = 'dev.mlci.train.inputs';
const EXECUTABLE = 'dev.mlci.train.executable';

/** One output file of an entry: workspace-relative POSIX path, sha256 (hex), size, exec bit. */
export interface ArtifactFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  readonly executable: boolean;
}

/** What an entry says about itself, read back from its manifest. */
export interface CacheArtifact {
  readonly key: string;
  readonly stage: string;
  readonly fingerprint: string;
  readonly created: string;
  readonly inputs: unknown;
  readonly files: readonly ArtifactFile[];
}

/** The stage and fingerprint inside a cache key (`mlci-train-<stage>-<64 hex>`), when it has that shape. */
export function splitKey(key: string): { stage: string; fingerprint: string } | undefined {
  const match = /^mlci-train-(.+)-([0-9a-f]{64})$/.exec(key);
  return match ? { stage: match[1]!, fingerprint: match[2]! } : undefined;
}

/**
 * The tag an entry lives under: `<stage>-<fingerprint>` with the stage cut to 60 registry-safe characters
 * (a tag is at most 128: 60 + 1 + 64 = 125), or `key-<sha256 of the key>` for a key of another shape. Two
 * stage names that map to one tag prefix still differ in the fingerprint, and restore checks the exact key
 * in the manifest's annotations (CACHE-07), so a collision is a miss, never a wrong restore.
 */
export function cacheTag(key: string): string {
  const parts = splitKey(key);
  if (!parts) return `key-${sha256Hex(key)}`;
  const stage = parts.stage
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .replace(/^[.-]/, '_')
    .slice(0, 60);
  return `${stage}-${parts.fingerprint}`;
}

/**
 * The key of a stage's inputs without the machine they ran on: the fingerprint's inputs minus the OS,
 * architecture, distribution and tool versions, and minus the upstream fingerprints (which hold those of
 * the upstream stages; the deps still hold the upstream outputs' content). A laptop computes the same key
 * for the same checkout as CI did, which is how `mlci pull` finds what CI produced.
 */
export function portableKey(inputs: FingerprintInputs): string {
  return sha256Hex(
    canonicalJson({ ...inputs, runtime: { lockfiles: inputs.runtime.lockfiles }, upstream: {} }),
  );
}

/** The second tag of an entry: `p-<stage>-<portable key>` (2 + 57 + 1 + 64 = 124 characters at most). */
export function portableTag(stage: string, inputs: FingerprintInputs): string {
  const safe = stage.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 57);
  return `p-${safe}-${portableKey(inputs)}`;
}

/** The config blob every entry shares: the two bytes `{}` (image-spec's empty descriptor). */
export const emptyConfig = (): Blob => jsonBlob({}, EMPTY_CONFIG_TYPE);

/** The manifest of an entry; `inputs` (the fingerprint's inputs) travel as a JSON annotation. */
export function cacheManifest(entry: Omit<CacheArtifact, 'stage' | 'fingerprint'>): Blob {
  const parts = splitKey(entry.key);
  const config = emptyConfig().descriptor;
  return jsonBlob(
    {
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      artifactType: CACHE_ARTIFACT_TYPE,
      config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
      layers: entry.files.map((file) => ({
        mediaType: CACHE_FILE_TYPE,
        digest: `sha256:${file.sha256}`,
        size: file.size,
        annotations: { [TITLE]: file.path, ...(file.executable ? { [EXECUTABLE]: 'true' } : {}) },
      })),
      annotations: {
        [CREATED]: entry.created,
        [KEY]: entry.key,
        [STAGE]: parts?.stage ?? '',
        [FINGERPRINT]: parts?.fingerprint ?? '',
        [INPUTS]: JSON.stringify(entry.inputs),
      },
    },
    MEDIA.ociManifest,
  );
}

const MAX_FILES = 100_000;

/**
 * Reads an entry's manifest as untrusted (someone else's job wrote it, or the registry was tampered
 * with): the artifact type, safe unique paths, sha256 digests and sizes are checked; anything else is a
 * DataError. The caller still checks the key and that every path is one of the stage's outputs.
 */
export function parseCacheManifest(bytes: Buffer): CacheArtifact {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new DataError('the cache entry manifest is not JSON');
  }
  if (value.artifactType !== CACHE_ARTIFACT_TYPE)
    throw new DataError(
      `the manifest is not a train cache entry (artifactType ${String(value.artifactType)})`,
    );
  const annotations = (value.annotations ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof annotations[name] === 'string' ? (annotations[name] as string) : '');
  const layers = Array.isArray(value.layers) ? (value.layers as Record<string, unknown>[]) : [];
  if (layers.length > MAX_FILES) throw new DataError(`the entry lists ${layers.length} files`);
  const seen = new Set<string>();
  const files = layers.map((layer): ArtifactFile => {
    const notes = (layer.annotations ?? {}) as Record<string, unknown>;
    const path = safeEntryPath(String(notes[TITLE] ?? ''));
    const digest = String(layer.digest ?? '');
    const size = layer.size;
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new DataError(`"${path}" has digest "${digest}"`);
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
      throw new DataError(`"${path}" has size ${String(size)}`);
    if (seen.has(path)) throw new DataError(`the entry lists "${path}" twice`);
    seen.add(path);
    return { path, sha256: digest.slice(7), size, executable: notes[EXECUTABLE] === 'true' };
  });
  let inputs: unknown = null;
  try {
    inputs = JSON.parse(text(INPUTS) || 'null');
  } catch {
    throw new DataError('the entry annotation with its inputs is not JSON');
  }
  return {
    key: text(KEY),
    stage: text(STAGE),
    fingerprint: text(FINGERPRINT),
    created: text(CREATED),
    inputs,
    files,
  };
}
