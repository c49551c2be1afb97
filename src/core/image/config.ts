import type { Digest } from './digest.js';
import type { Platform } from './platform.js';

/** An image config JSON object (image-spec config.md); kept as JSON so unknown base fields survive. */
export type ImageConfig = Readonly<Record<string, unknown>>;

/** What build-image sets on the runtime config; absent fields keep the base's value. */
export interface ConfigChanges {
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  /** KEY=VALUE pairs; a key the base sets is replaced in place. */
  readonly env?: readonly string[];
  readonly workdir?: string;
  readonly user?: string;
  /** `8080` or `8080/tcp`, `53/udp`. */
  readonly ports?: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
  /** Docker's HEALTHCHECK (config.Healthcheck); OCI runtimes ignore it. */
  readonly healthcheck?: readonly string[];
}

/** The config of an empty (`scratch`) image for a platform. */
export function scratchConfig(platform: Platform): ImageConfig {
  return {
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: {},
    rootfs: { type: 'layers', diff_ids: [] },
    history: [],
  };
}

function runtime(config: ImageConfig): Record<string, unknown> {
  const value = config.config;
  return typeof value === 'object' && value !== null ? { ...(value as Record<string, unknown>) } : {};
}

function mergeEnv(base: unknown, changes: readonly string[]): string[] {
  const env = Array.isArray(base) ? base.filter((e): e is string => typeof e === 'string') : [];
  for (const pair of changes) {
    const key = pair.split('=', 1)[0];
    const at = env.findIndex((e) => e.split('=', 1)[0] === key);
    if (at === -1) env.push(pair);
    else env[at] = pair;
  }
  return env;
}

/** A config with the runtime settings changed; the base config is not modified. */
export function withConfig(base: ImageConfig, changes: ConfigChanges): ImageConfig {
  const next = runtime(base);
  if (changes.entrypoint) {
    next.Entrypoint = [...changes.entrypoint];
    // As a Dockerfile's ENTRYPOINT does: the base's CMD was written for the base's entrypoint.
    if (!changes.cmd) next.Cmd = null;
  }
  if (changes.cmd) next.Cmd = [...changes.cmd];
  if (changes.env?.length) next.Env = mergeEnv(next.Env, changes.env);
  if (changes.workdir) next.WorkingDir = changes.workdir;
  if (changes.user) next.User = changes.user;
  if (changes.ports?.length) {
    const ports = { ...((next.ExposedPorts as Record<string, unknown> | undefined) ?? {}) };
    for (const port of changes.ports) ports[port.includes('/') ? port : `${port}/tcp`] = {};
    next.ExposedPorts = ports;
  }
  if (changes.labels && Object.keys(changes.labels).length) {
    next.Labels = { ...((next.Labels as Record<string, string> | undefined) ?? {}), ...changes.labels };
  }
  if (changes.healthcheck) next.Healthcheck = { Test: [...changes.healthcheck] };
  return { ...base, config: next };
}

/** A config with layers appended to rootfs.diff_ids and one history entry each. */
export function appendLayers(
  base: ImageConfig,
  layers: readonly { readonly diffId: Digest; readonly createdBy: string }[],
  created: string,
): ImageConfig {
  const rootfs = (base.rootfs as { diff_ids?: unknown } | undefined) ?? {};
  const diffIds = Array.isArray(rootfs.diff_ids) ? [...rootfs.diff_ids] : [];
  const history = Array.isArray(base.history) ? [...base.history] : [];
  for (const layer of layers) {
    diffIds.push(layer.diffId);
    history.push({ created, created_by: layer.createdBy, comment: 'mlci build-image' });
  }
  return { ...base, rootfs: { type: 'layers', diff_ids: diffIds }, history };
}

/** A config whose `created` is fixed (SOURCE_DATE_EPOCH), for reproducible digests. */
export function withCreated(base: ImageConfig, created: string): ImageConfig {
  return { ...base, created };
}

/** RFC 3339 time of a SOURCE_DATE_EPOCH, as `created` fields want it. */
export function epochTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
