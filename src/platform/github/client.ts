import { getOctokit } from '@actions/github';
import { GitHubError, hintFor } from './errors.js';
import { DEFAULT_RETRY, type RetryPolicy, retryDelay } from './retry.js';

/** The REST calls mlci makes, behind one small interface so tests can point it at a loopback fake. */
export interface GitHubClient {
  /** One GET (or other idempotent call), retried on 5xx/429 honouring Retry-After. */
  get<T>(route: string, params: Record<string, unknown>, permission?: string): Promise<T>;
  /** Every page of a list endpoint (per_page 100), at most `maxPages` pages. */
  paginate<T>(
    route: string,
    params: Record<string, unknown>,
    key: string,
    options?: { maxPages?: number; permission?: string },
  ): Promise<T[]>;
  /**
   * One write (`POST …`, `PATCH …`, `PUT …`, `DELETE …` in the route). Retried only where repeating
   * cannot duplicate anything: on 429 and secondary rate limits (GitHub did not process the request)
   * always; on 5xx and dropped connections only when the call is idempotent (PATCH, PUT and DELETE are
   * by default; a creating POST is not — its caller looks for what it created before trying again).
   */
  write<T>(route: string, params: Record<string, unknown>, options?: WriteOptions): Promise<T>;
  /** Bytes of a download endpoint that answers with a 302 to storage; the redirect is followed without the token. */
  download(
    route: string,
    params: Record<string, unknown>,
    options?: { accept?: string; permission?: string; maxBytes?: number },
  ): Promise<Uint8Array>;
}

export interface WriteOptions {
  /** The `permissions:` key the job needs for this call, named in the hint of a 403. */
  readonly permission?: string;
  /** Whether repeating the call after an unknown outcome (5xx, dropped connection) is harmless. */
  readonly idempotent?: boolean;
}

export interface GitHubClientOptions {
  readonly token: string;
  /** GITHUB_API_URL (https://api.github.com, or a GHES / loopback URL). */
  readonly baseUrl: string;
  readonly retry?: Partial<RetryPolicy>;
  readonly warn?: (message: string) => void;
}

/** Largest download accepted (artifacts and release assets hold metrics and predictions, not models). */
export const MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;

interface RequestFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string>; data?: unknown };
}

/** A client over @actions/github's Octokit with mlci's retry policy and error messages. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const octokit = getOctokit(options.token, { baseUrl: options.baseUrl.replace(/\/+$/, '') });
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const warn = options.warn ?? (() => {});

  async function withRetry<T>(
    what: string,
    permission: string | undefined,
    call: () => Promise<T>,
    idempotent = true,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (thrown) {
        const failure = thrown as RequestFailure;
        const status = failure.status === 500 && !failure.response ? undefined : failure.status;
        const body = bodyText(failure);
        const wait =
          idempotent || isRateLimited(status, body)
            ? retryDelay(status, failure.response?.headers ?? {}, body, attempt, policy)
            : undefined;
        if (wait === undefined) {
          const label = status === undefined ? 'network error' : `${status}`;
          throw new GitHubError(
            `GitHub ${what}: ${label}: ${firstLine(body || failure.message || '')}`,
            status,
            hintFor(status, permission, body),
            thrown,
          );
        }
        warn(`GitHub ${what}: ${status ?? 'network error'}, retrying in ${Math.round(wait / 100) / 10} s`);
        await policy.sleep(wait);
      }
    }
  }

  const get = async <T>(route: string, params: Record<string, unknown>, permission?: string): Promise<T> => {
    const response = await withRetry(route, permission, () => octokit.request(route, params));
    return response.data as T;
  };

  return {
    get,
    async paginate<T>(
      route: string,
      params: Record<string, unknown>,
      key: string,
      opts: { maxPages?: number; permission?: string } = {},
    ) {
      const items: T[] = [];
      const maxPages = opts.maxPages ?? 10;
      for (let page = 1; page <= maxPages; page++) {
        const data = await get<unknown>(route, { ...params, per_page: 100, page }, opts.permission);
        const list =
          (Array.isArray(data) ? data : ((data as Record<string, unknown>)[key] as unknown[] | undefined)) ??
          [];
        items.push(...(list as T[]));
        if (list.length < 100) break;
      }
      return items;
    },
    async write<T>(route: string, params: Record<string, unknown>, opts: WriteOptions = {}) {
      const idempotent = opts.idempotent ?? !/^POST\s/i.test(route);
      const response = await withRetry(
        route,
        opts.permission,
        () => octokit.request(route, params),
        idempotent,
      );
      return response.data as T;
    },
    async download(route, params, opts = {}) {
      const response = await withRetry(route, opts.permission, () =>
        octokit.request(route, {
          ...params,
          headers: opts.accept ? { accept: opts.accept } : undefined,
          // Follow the redirect ourselves: the storage URL is pre-signed and must not see the token.
          request: { redirect: 'manual', parseSuccessResponseBody: false },
        }),
      );
      const maxBytes = opts.maxBytes ?? MAX_DOWNLOAD_BYTES;
      const location = (response.headers as Record<string, string | undefined>).location;
      if (response.status >= 300 && response.status < 400 && location) {
        return withRetry(`download ${redact(location)}`, undefined, () => fetchBytes(location, maxBytes));
      }
      return readLimited(response.data as unknown as ReadableStream<Uint8Array> | null, maxBytes);
    },
  };
}

async function fetchBytes(url: string, maxBytes: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow' });
  } catch (cause) {
    throw Object.assign(new Error(`cannot reach ${redact(url)}`, { cause }), { status: 500 });
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw Object.assign(new Error(text || response.statusText), {
      status: response.status,
      response: { headers: Object.fromEntries(response.headers), data: text },
    });
  }
  return readLimited(response.body, maxBytes);
}

async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes)
      throw new GitHubError(`download is larger than ${maxBytes} bytes`, undefined, undefined);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** 429, or GitHub's secondary rate limit (a 403 that says so): the request was refused unprocessed. */
function isRateLimited(status: number | undefined, body: string): boolean {
  return status === 429 || (status === 403 && /rate limit/i.test(body));
}

function bodyText(failure: RequestFailure): string {
  const data = failure.response?.data;
  if (typeof data === 'string') return data;
  if (data && typeof data === 'object' && 'message' in data)
    return String((data as { message: unknown }).message);
  return data === undefined ? '' : JSON.stringify(data);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}

/** A URL without its query (pre-signed storage URLs carry credentials there). */
export function redact(url: string): string {
  return url.replace(/\?.*$/, '?…');
}
