import { UsageError } from '../../core/errors.js';
import { repositoryClient } from '../../platform/github/repository-client.js';
import type { GitHubClient } from '../../platform/github/client.js';
import type { Repo } from '../../platform/github/release-records.js';
import type { ActionIO } from '../../platform/io.js';
import { RegistryClient } from '../../platform/registry/client.js';
import { resolveCredentials } from '../../platform/registry/credentials.js';
import type { ReleaseInputs } from './inputs.js';

/** What a release needs from where it runs: the API, the repository, who runs it, and the clock. */
export interface ReleaseContext {
  readonly github: GitHubClient;
  readonly repo: Repo;
  readonly actor: string | null;
  readonly triggeringActor: string | null;
  readonly run: { readonly id: string | null; readonly url: string | null };
  now(): string;
  registry(host: string): Promise<RegistryClient>;
}

/** The context from the runner's (or shell's) environment; release cannot run without the API. */
export function releaseContext(io: ActionIO, inputs: ReleaseInputs): ReleaseContext {
  const found = repositoryClient(io, inputs.token);
  if (!found) {
    throw new UsageError('release needs GITHUB_REPOSITORY and a token (input `token` or GITHUB_TOKEN)', {
      hint: 'on a laptop: GITHUB_REPOSITORY=owner/name GITHUB_TOKEN=$(gh auth token) mlci release …',
    });
  }
  const {
    client: github,
    repo: { owner, repo },
    token,
  } = found;
  const server = io.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = io.env.GITHUB_RUN_ID ?? null;
  const clients = new Map<string, Promise<RegistryClient>>();
  return {
    github,
    repo: { owner, repo },
    actor: io.env.GITHUB_ACTOR ?? null,
    triggeringActor: io.env.GITHUB_TRIGGERING_ACTOR ?? io.env.GITHUB_ACTOR ?? null,
    run: { id: runId, url: runId ? `${server}/${owner}/${repo}/actions/runs/${runId}` : null },
    now: () => new Date().toISOString(),
    registry(host) {
      let client = clients.get(host);
      if (!client) {
        client = registryClient(io, inputs, host, token);
        clients.set(host, client);
      }
      return client;
    },
  };
}

/** A registry client with credentials resolved and masked before first use. */
async function registryClient(
  io: ActionIO,
  inputs: ReleaseInputs,
  host: string,
  githubToken: string,
): Promise<RegistryClient> {
  const resolved = await resolveCredentials(host, {
    username: inputs['registry-username'],
    password: inputs['registry-password'],
    githubToken,
    env: io.env,
  });
  for (const secret of resolved.secrets) io.setSecret(secret);
  if (resolved.warning) io.log.warning(resolved.warning);
  io.log.info(`${host}: credentials from ${resolved.from}`);
  return new RegistryClient(host, {
    credentials: resolved.credentials,
    insecure: inputs['insecure-registries'],
    secret: (value) => io.setSecret(value),
  });
}
