import { MlciError } from '../../core/errors.js';

/** A GitHub REST failure after retries, with the status and a hint a user can act on. */
export class GitHubError extends MlciError {
  override readonly name = 'GitHubError';
  constructor(
    message: string,
    readonly status: number | undefined,
    hint: string | undefined,
    cause?: unknown,
  ) {
    super(message, 1, { hint, cause });
  }
}

/** The hint for a status: 401 token, 403 permissions (naming the key the caller needs), 404 missing. */
export function hintFor(
  status: number | undefined,
  permission: string | undefined,
  body: string,
): string | undefined {
  if (status === 401) return 'the token is invalid or expired: check the `token` input';
  if (status === 403 && /not accessible by integration/i.test(body)) {
    return permission
      ? `the workflow token lacks a permission: add \`permissions: ${permission}\` to the job`
      : 'the workflow token lacks a permission for this call';
  }
  if (status === 403 || status === 429) return 'rate limited by GitHub: retry later';
  if (status === 404) return 'not found, or the token cannot see it';
  return undefined;
}
