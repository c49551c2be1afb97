import { apiToken } from '../../core/metrics/baseline-ref.js';
import type { ActionIO } from '../io.js';
import { createGitHubClient, type GitHubClient } from './client.js';

/** A client for the workflow's own repository and its `owner`/`repo` route parameters. */
export interface RepositoryClient {
  readonly client: GitHubClient;
  readonly repo: { readonly owner: string; readonly repo: string };
  /** The token the client sends (masked), for the calls that need it elsewhere (ghcr.io credentials). */
  readonly token: string;
}

/**
 * The GitHub client every command uses for GITHUB_REPOSITORY: the `token` input (unless it is the
 * unexpanded `${{ github.token }}` the CLI sees) else GITHUB_TOKEN, masked as soon as it is known; the
 * API at GITHUB_API_URL; retry warnings to the log. Undefined without an `owner/name` repository or a token.
 */
export function repositoryClient(io: ActionIO, tokenInput: string | undefined): RepositoryClient | undefined {
  const token = apiToken(tokenInput, io.env.GITHUB_TOKEN);
  if (token) io.setSecret(token);
  const repository = io.env.GITHUB_REPOSITORY;
  if (!token || !repository?.includes('/')) return undefined;
  const [owner, repo] = repository.split('/') as [string, string];
  const client = createGitHubClient({
    token,
    baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
    warn: (m) => io.log.warning(m),
  });
  return { client, repo: { owner, repo }, token };
}
