import { hasMarker } from '../../core/report/marker.js';
import type { GitHubClient, WriteOptions } from './client.js';
import { GitHubError } from './errors.js';

/** The fields of a comment, issue or review that finding by marker needs. */
export interface Posted {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login: string } | null;
}

/** The login GITHUB_TOKEN acts as; an installation token cannot ask GET /user. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who mlci posts as: the `override` when the workflow names it (a GitHub App's `slug[bot]`), else the
 * token's user (a PAT), else github-actions[bot] (GITHUB_TOKEN, which GET /user refuses).
 */
export async function actingLogin(client: GitHubClient, override?: string): Promise<string> {
  if (override) return override;
  try {
    return (await client.get<{ login: string }>('GET /user', {})).login;
  } catch (thrown) {
    if (thrown instanceof GitHubError && (thrown.status === 403 || thrown.status === 404)) return ACTIONS_BOT;
    throw thrown;
  }
}

export interface FindOptions {
  /** Pages of 100 to read at most; default 100 (10,000 items). */
  readonly maxPages?: number;
  /** Items of the list response when it wraps them (`check_runs`). */
  readonly key?: string;
}

/**
 * Every item of a list endpoint, over ALL its pages, that carries `mark` on a line of its own and was
 * written by `author`. A marker pasted into someone else's comment or issue is ignored.
 */
export async function findMarked<T extends Posted>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  mark: string,
  author: string,
  options: FindOptions = {},
): Promise<T[]> {
  const items = await client.paginate<T>(route, params, options.key ?? '', {
    maxPages: options.maxPages ?? 100,
  });
  return items.filter((item) => item.user?.login === author && hasMarker(item.body, mark));
}

/**
 * A creating POST that never duplicates: when its outcome is unknown (5xx, dropped connection) it
 * first looks for what it would have created (`find`) and only then tries again.
 */
export async function postOnce<T>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  find: () => Promise<T | undefined>,
  options: WriteOptions & { attempts?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.write<T>(route, params, { ...options, idempotent: false });
    } catch (thrown) {
      const unknown = thrown instanceof GitHubError && (thrown.status === undefined || thrown.status >= 500);
      if (!unknown || attempt >= attempts) throw thrown;
      const found = await find();
      if (found !== undefined) return found;
      await sleep(1000 * 3 ** (attempt - 1));
    }
  }
}
