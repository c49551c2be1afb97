import type { Acceptance } from '../metrics/acceptance.js';

/** Where the repository lives, for links to a file at the head commit. */
export interface RepositoryRef {
  /** GITHUB_SERVER_URL, e.g. https://github.com. */
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
}

/** What sections may use beyond their report. */
export interface SectionContext {
  /** Acceptances read for the head commit (readAcceptances); a failed metric accepted there is shown as such. */
  readonly acceptances: readonly Acceptance[];
  /** The PR's head commit: acceptances must name it, and file links point at it. */
  readonly headSha?: string;
  readonly repository?: RepositoryRef;
  /** Mermaid charts beside their tables (default true). */
  readonly charts: boolean;
}

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * The URL of `path` at the head commit, line `line`, or undefined when it cannot be a file of this
 * repository (no repository or SHA known, an absolute path, `..`, a server URL that is not https).
 */
export function fileUrl(ctx: SectionContext, path: string, line?: number): string | undefined {
  const repo = ctx.repository;
  if (!repo || !ctx.headSha || !/^[0-9a-f]{40}$/.test(ctx.headSha)) return undefined;
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(repo.serverUrl.replace(/\/+$/, ''))) return undefined;
  if (!NAME.test(repo.owner) || !NAME.test(repo.repo)) return undefined;
  const parts = path.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  if (
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    parts.some((p) => p === '..' || p === '' || p === '.')
  )
    return undefined;
  const encoded = parts.map((p) =>
    encodeURIComponent(p).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  );
  const anchor = line !== undefined && Number.isSafeInteger(line) && line > 0 ? `#L${line}` : '';
  return `${repo.serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/blob/${ctx.headSha}/${encoded.join('/')}${anchor}`;
}
