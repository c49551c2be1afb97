/**
 * HTTP statuses worth repeating an idempotent request for: timeouts, rate limits and server errors
 * (reliability §1.2, §1.5; ggcr remote/options.go defaultRetryStatusCodes). Shared by the GitHub client
 * and the registry client so that the two never drift apart.
 */
export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([
  408,
  429,
  500,
  502,
  503,
  504,
  522, // Cloudflare: connection to the origin timed out, seen in front of GHES and registries
]);
