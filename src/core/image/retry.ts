/** How often and how long to wait between attempts of one operation. */
export interface RetryPolicy {
  /** Waits before the 2nd, 3rd, … attempt (ms); its length + 1 is the number of attempts. */
  readonly backoff: readonly number[];
  /** Cap on a server's Retry-After (ms), so a registry cannot park the job for an hour. */
  readonly maxRetryAfter: number;
}

/**
 * Tier 2 (whole operations: a blob upload from HEAD to commit, a manifest PUT): 1 s then 3 s, as
 * ggcr's writer does (remote/options.go: duration 1 s, factor 3, 3 steps).
 */
export const OPERATION_RETRY: RetryPolicy = { backoff: [1000, 3000], maxRetryAfter: 60_000 };

/** Tier 1 (one idempotent request inside the HTTP client): network blips only, 100 ms then 300 ms. */
export const REQUEST_RETRY: RetryPolicy = { backoff: [100, 300], maxRetryAfter: 0 };

/** An error that may say how long the server asked us to wait. */
export interface MaybeTemporary {
  readonly temporary?: boolean;
  readonly retryAfterMs?: number;
}

/** What to retry and how to wait: the predicate, a log hook, and an injectable sleep for tests. */
export interface RetryHooks {
  readonly retryIf: (error: unknown) => boolean;
  /** Called before each wait, e.g. to log a warning with the cause (as ggcr's logs.Warn does). */
  readonly onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` until it succeeds, the predicate refuses, or the policy's attempts are used up. */
export async function withRetry<T>(
  work: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<T> {
  const sleep = hooks.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      const wait = policy.backoff[attempt - 1];
      if (wait === undefined || !hooks.retryIf(error)) throw error;
      const asked = (error as MaybeTemporary | undefined)?.retryAfterMs ?? 0;
      const ms = Math.max(wait, Math.min(asked, policy.maxRetryAfter));
      hooks.onRetry?.(error, attempt, ms);
      await sleep(ms);
    }
  }
}

// Network failures worth another attempt (ggcr's predicate: EOF, EPIPE, ECONNRESET, closed).
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/** True for a dropped, refused or stalled connection (walks the cause chain). */
export function isNetworkError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 6; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Tier 2's predicate: a temporary registry error or a network failure. */
export function isTemporary(error: unknown): boolean {
  return (error as MaybeTemporary | undefined)?.temporary === true || isNetworkError(error);
}
