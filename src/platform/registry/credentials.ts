import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Credentials, lookupDockerConfig } from '../../core/image/docker-config.js';

/** Explicit inputs and the environment that credentials are looked up from. */
export interface CredentialInputs {
  readonly username?: string;
  readonly password?: string;
  /** The workflow token, for ghcr.io; $GITHUB_TOKEN when absent. */
  readonly githubToken?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The names of the username/password inputs, for the log (default `registry-username/registry-password`). */
  readonly inputNames?: string;
}

/** Credentials found for a registry, where from, and what must be masked. */
export interface ResolvedCredentials {
  readonly credentials: Credentials;
  /** Where they came from, for the log (never the values). */
  readonly from: string;
  readonly secrets: readonly string[];
  readonly warning?: string;
}

/**
 * Credentials for one registry, first match wins: explicit inputs; the workflow token for ghcr.io (user
 * GITHUB_ACTOR); docker config.json ($DOCKER_CONFIG/config.json or ~/.docker/config.json, as
 * docker/login-action writes it); else anonymous. A credential helper is reported, not run.
 */
export async function resolveCredentials(
  registry: string,
  inputs: CredentialInputs,
): Promise<ResolvedCredentials> {
  if (inputs.password) {
    return {
      credentials: {
        kind: 'basic',
        username: inputs.username || inputs.env.GITHUB_ACTOR || 'mlci',
        password: inputs.password,
      },
      from: inputs.inputNames ?? 'registry-username/registry-password',
      secrets: [inputs.password],
    };
  }
  const token = inputs.githubToken || inputs.env.GITHUB_TOKEN;
  if (registry === 'ghcr.io' && token) {
    return {
      credentials: {
        kind: 'basic',
        username: inputs.username || inputs.env.GITHUB_ACTOR || 'github-actions',
        password: token,
      },
      from: inputs.githubToken ? 'github-token' : 'GITHUB_TOKEN',
      secrets: [token],
    };
  }
  const dir = inputs.env.DOCKER_CONFIG || join(inputs.env.HOME || homedir(), '.docker');
  const path = join(dir, 'config.json');
  const config = await readFile(path, 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => undefined);
  const found = lookupDockerConfig(config, registry);
  if (found.credentials) return { credentials: found.credentials, from: path, secrets: found.secrets };
  return {
    credentials: { kind: 'anonymous' },
    from: 'anonymous',
    secrets: [],
    ...(found.helper
      ? {
          warning: `${path} names credential helper "docker-credential-${found.helper}" for ${registry}; mlci does not run helpers, so it continues without credentials (pass registry-username/registry-password or use docker/login-action, which writes "auths")`,
        }
      : {}),
  };
}
