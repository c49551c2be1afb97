import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { parseReference } from '../../core/image/reference.js';
import { remoteSaveBlockedBy } from '../../core/train/triggers.js';
import { actionsCacheAvailable, actionsStore } from '../cache/actions-store.js';
import { layeredStore } from '../cache/layered-store.js';
import { localStore } from '../cache/local-store.js';
import { registryStore } from '../cache/registry-store.js';
import type { CacheStore } from '../cache/store.js';
import type { ActionIO } from '../io.js';
import { RegistryClient } from '../registry/client.js';
import { resolveCredentials } from '../registry/credentials.js';

/** Which cache store to use and where the local one and the hash state live (the train inputs of that name). */
export interface CacheChoice {
  readonly cache: 'auto' | 'local' | 'github-actions' | 'registry' | 'none';
  /** Relative to the workspace root. */
  readonly 'cache-dir': string;
  /** `registry/repository` of the remote cache (cache: registry). */
  readonly 'cache-registry'?: string;
  readonly 'cache-registry-username'?: string;
  readonly 'cache-registry-password'?: string;
  /** The ghcr.io password when no cache-registry-password is given. */
  readonly 'github-token'?: string;
}

/** The credential inputs of the remote cache (train, pull, push and cache gc declare them). */
export type RegistryLogin = Pick<
  CacheChoice,
  'cache-registry-username' | 'cache-registry-password' | 'github-token'
>;

/** The cache store the `cache` input asks for; 'auto' picks the Actions cache when the runner has one. */
export function chooseStore(io: ActionIO, choice: CacheChoice, root: string): CacheStore | undefined {
  const warn = (message: string) => io.log.warning(message);
  const local = () => localStore({ dir: resolve(root, choice['cache-dir']), root, warn });
  switch (choice.cache) {
    case 'none':
      return undefined;
    case 'local':
    case 'registry':
      return local();
    case 'github-actions':
    case 'auto': {
      if (actionsCacheAvailable(io.env))
        return actionsStore({ root, warn, info: (line) => io.log.info(line) });
      if (choice.cache === 'github-actions' || io.env.GITHUB_ACTIONS === 'true') {
        io.log.notice(
          'the GitHub Actions cache service is not available here: using the local cache directory',
        );
      }
      return local();
    }
  }
}

/** A registry client for `registry`, with credentials resolved and masked before first use (SEC-02). */
export async function registryClientFor(
  io: ActionIO,
  registry: string,
  login: RegistryLogin = {},
): Promise<RegistryClient> {
  // The cache's own credential inputs first; the token only for ghcr.io; then the docker config.
  const resolved = await resolveCredentials(registry, {
    username: login['cache-registry-username'],
    password: login['cache-registry-password'],
    githubToken: login['github-token'],
    env: io.env,
    inputNames: 'cache-registry-username/cache-registry-password',
  });
  for (const secret of resolved.secrets) io.setSecret(secret);
  if (resolved.warning) io.log.warning(resolved.warning);
  io.log.info(`${registry}: credentials from ${resolved.from}`);
  return new RegistryClient(registry, {
    credentials: resolved.credentials,
    secret: (value) => io.setSecret(value),
  });
}

/** The registry client and repository of `cache-registry` (`ghcr.io/OWNER/REPO-cache`); a usage error when absent. */
export async function remoteTarget(
  io: ActionIO,
  ref: string | undefined,
  login: RegistryLogin = {},
): Promise<{ client: RegistryClient; repository: string }> {
  if (!ref)
    throw new UsageError('`cache: registry` needs `cache-registry`', {
      hint: 'set `cache-registry: ghcr.io/OWNER/REPO-cache` (an input, or under `train:` in mlci.yml)',
    });
  const parsed = parseReference(ref, 'cache-registry');
  if (parsed.tag || parsed.digest)
    throw new UsageError(`cache-registry "${ref}" names a tag or digest`, {
      hint: 'give a repository only: entries are tagged by their fingerprint',
    });
  return { client: await registryClientFor(io, parsed.registry, login), repository: parsed.repository };
}

/** The registry store of `cache-registry`. */
export async function remoteStore(
  io: ActionIO,
  ref: string | undefined,
  root: string,
  login: RegistryLogin = {},
) {
  return registryStore({
    ...(await remoteTarget(io, ref, login)),
    root,
    warn: (message) => io.log.warning(message),
    info: (line) => io.log.info(line),
  });
}

/** The event's payload (GITHUB_EVENT_PATH), or undefined outside a workflow. */
export async function eventPayload(io: ActionIO): Promise<unknown> {
  const path = io.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  return readFile(path, 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => undefined);
}

/** The store of `choice` for a run (undefined for `cache: none`); `cache: registry` layers the near one first. */
export async function cacheStore(
  io: ActionIO,
  choice: CacheChoice,
  root: string,
): Promise<CacheStore | undefined> {
  const store = chooseStore(io, choice, root);
  if (choice.cache !== 'registry' || !store) return store;
  // The Actions cache (on a runner) or the local directory first, then the registry.
  const near = actionsCacheAvailable(io.env)
    ? actionsStore({ root, warn: (m) => io.log.warning(m), info: (line) => io.log.info(line) })
    : store;
  return layeredStore(near, await remoteStore(io, choice['cache-registry'], root, choice), {
    remoteSaveBlocked: remoteSaveBlockedBy(io.env.GITHUB_EVENT_NAME ?? '', await eventPayload(io)),
    notice: (message) => io.log.notice(message),
  });
}
