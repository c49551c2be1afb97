import { RETRYABLE_STATUS } from '../http/retryable.js';

export interface RetryPolicy {
  /** Waits between attempts when the server gives no Retry-After (ms). */
  readonly backoff: readonly number[];
  /** Longest Retry-After honoured (ms); a longer one fails now rather than burning runner minutes. */
  readonly maxRetryAfter: number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  backoff: [1000, 3000, 9000], // ggcr's factor-3 schedule (reliability §1.2)
  maxRetryAfter: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Whether a failed request may be repeated, and after how long; undefined = do not retry. */
export function retryDelay(
  status: number | undefined,
  headers: Readonly<Record<string, string | number | undefined>>,
  body: string,
  attempt: number,
  policy: RetryPolicy,
): number | undefined {
  if (attempt >= policy.backoff.length) return undefined;
  const secondary = status === 403 && /secondary rate limit/i.test(body);
  // No status: the connection failed (reset, refused) before any response.
  if (status !== undefined && status !== 500 && !RETRYABLE_STATUS.has(status) && !secondary) return undefined;
  if (status === 500 && /not accessible/i.test(body)) return undefined;
  const after = headers['retry-after'];
  if (after !== undefined) {
    const seconds = Number(after);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(String(after)) - Date.now();
    if (ms > policy.maxRetryAfter) return undefined;
    return Math.max(0, ms);
  }
  return policy.backoff[attempt];
}
