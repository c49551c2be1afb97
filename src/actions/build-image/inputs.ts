import { type CompressionChoice, parseCompression } from '../../core/image/compression.js';
import { type Platform, parsePlatform } from '../../core/image/platform.js';
import { parseLayerSpec } from '../../core/image/plan.js';
import type { SourceSpec } from '../../core/image/sources.js';
import { messageOf, UsageError } from '../../core/errors.js';
import type { InputReader } from '../../platform/io.js';
import type { UploadMode } from '../../platform/registry/push.js';
import { readBoolean, readList, readNumber, readString } from '../inputs.js';

/** build-image's inputs, typed once and keyed by their action.yml names (STYLE.md §10). */
export interface BuildImageInputs {
  readonly image?: string;
  readonly tags: readonly string[];
  readonly 'base-image'?: string;
  readonly platforms: readonly Platform[];
  readonly weights: readonly string[];
  readonly metadata: readonly string[];
  readonly code: readonly string[];
  readonly layers: readonly SourceSpec[];
  readonly 'model-dir': string;
  readonly 'app-dir': string;
  readonly 'split-size': number;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly env: readonly string[];
  readonly workdir?: string;
  readonly user?: string;
  readonly ports: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly preset: 'none' | 'python';
  readonly 'run-record'?: string;
  readonly 'allow-failed-run-record': boolean;
  readonly version?: string;
  readonly 'source-date-epoch'?: number;
  readonly compression: CompressionChoice;
  readonly push?: boolean;
  readonly 'oci-layout'?: string;
  readonly 'docker-tar'?: string;
  readonly 'promote-from'?: string;
  readonly 'registry-username'?: string;
  readonly 'registry-password'?: string;
  readonly 'github-token'?: string;
  readonly 'insecure-registries': readonly string[];
  readonly jobs: number;
  readonly 'upload-mode': UploadMode;
  readonly 'chunk-size': number;
  readonly 'layer-cache'?: string;
  readonly report: string;
}

/** A command line as JSON array (exec form) or words split on whitespace. */
export function parseCommand(name: string, text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  if (text.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UsageError(
        `input \`${name}\` looks like a JSON array but does not parse: ${messageOf(error)}`,
      );
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      throw new UsageError(`input \`${name}\` must be a JSON array of strings`);
    }
    return value as string[];
  }
  return text.split(/\s+/).filter(Boolean);
}

/** KEY=VALUE lines as pairs, or a usage error naming the line. */
export function parsePairs(name: string, lines: readonly string[]): [string, string][] {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new UsageError(`input \`${name}\`: "${line}" is not KEY=VALUE`);
    return [line.slice(0, eq).trim(), line.slice(eq + 1)];
  });
}

/** KEY=VALUE lists split on newlines only: values may hold commas (BPA-01: no silent split at a comma). */
function readLines(read: InputReader, name: string): string[] {
  const text = readString(read, name);
  if (text === undefined) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function oneOf<T extends string>(read: InputReader, name: string, choices: readonly T[], fallback: T): T {
  const value = readString(read, name, fallback);
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`input \`${name}\` must be one of ${choices.join(', ')}, got "${value}"`);
  }
  return value as T;
}

/** The only place build-image reads inputs. */
export function getBuildImageInputs(read: InputReader): BuildImageInputs {
  const epoch = readString(read, 'source-date-epoch');
  const push = readString(read, 'push');
  const platforms = readList(read, 'platforms');
  return {
    image: readString(read, 'image'),
    tags: readList(read, 'tags'),
    'base-image': readString(read, 'base-image'),
    platforms: (platforms.length ? platforms : ['linux/amd64']).map(parsePlatform),
    weights: readList(read, 'weights'),
    metadata: readList(read, 'metadata'),
    code: readList(read, 'code'),
    layers: readList(read, 'layers').map(parseLayerSpec),
    'model-dir': readString(read, 'model-dir', '/opt/model'),
    'app-dir': readString(read, 'app-dir', '/opt/app'),
    'split-size': readNumber(read, 'split-size', 64, { min: 1 }),
    entrypoint: parseCommand('entrypoint', readString(read, 'entrypoint')),
    cmd: parseCommand('cmd', readString(read, 'cmd')),
    env: parsePairs('env', readLines(read, 'env')).map(([k, v]) => `${k}=${v}`),
    workdir: readString(read, 'workdir'),
    user: readString(read, 'user'),
    ports: readList(read, 'ports'),
    labels: Object.fromEntries(parsePairs('labels', readLines(read, 'labels'))),
    preset: oneOf(read, 'preset', ['none', 'python'], 'none'),
    'run-record': readString(read, 'run-record'),
    'allow-failed-run-record': readBoolean(read, 'allow-failed-run-record', false),
    version: readString(read, 'version'),
    'source-date-epoch':
      epoch === undefined ? undefined : readNumber(read, 'source-date-epoch', 0, { min: 0, integer: true }),
    compression: parseCompression(readString(read, 'compression', 'auto')),
    push: push === undefined ? undefined : readBoolean(read, 'push', true),
    'oci-layout': readString(read, 'oci-layout'),
    'docker-tar': readString(read, 'docker-tar'),
    'promote-from': readString(read, 'promote-from'),
    'registry-username': readString(read, 'registry-username'),
    'registry-password': readString(read, 'registry-password'),
    // An unexpanded `${{ … }}` (the default read outside a runner) is no token.
    'github-token': readString(read, 'github-token')?.startsWith('${{')
      ? undefined
      : readString(read, 'github-token'),
    'insecure-registries': readList(read, 'insecure-registries'),
    jobs: readNumber(read, 'jobs', 4, { min: 1, max: 8, integer: true }),
    'upload-mode': oneOf(read, 'upload-mode', ['streamed', 'monolithic', 'chunked'] as const, 'streamed'),
    'chunk-size': readNumber(read, 'chunk-size', 4, { min: 0.0625, max: 1024 }),
    'layer-cache': readString(read, 'layer-cache'),
    report: readString(read, 'report', 'mlci-image-report.json'),
  };
}
