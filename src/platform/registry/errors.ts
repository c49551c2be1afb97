import { STATUS_CODES } from 'node:http';
import { MlciError } from '../../core/errors.js';
import { parseChallenge } from '../../core/image/challenge.js';
import { RETRYABLE_STATUS } from '../http/retryable.js';
import { type HttpResponse, readBody, redact } from './http.js';

/** One entry of a registry's `{"errors":[…]}` body (distribution-spec error codes). */
export interface RegistryErrorEntry {
  readonly code: string;
  readonly message?: string;
}

// The shared retryable statuses, plus one only registries are known to send.
const TEMPORARY_STATUS: ReadonlySet<number> = new Set([
  ...RETRYABLE_STATUS,
  499, // nginx: client closed the request, seen in front of registries
]);
// OCI error codes that mean "try again" whatever the status (ggcr transport/error.go).
const TEMPORARY_CODES = new Set(['BLOB_UPLOAD_INVALID', 'TOOMANYREQUESTS', 'UNKNOWN', 'UNAVAILABLE']);

/** An answer from a registry that was not what the protocol step needed. Knows if it is worth a retry. */
export class RegistryError extends MlciError {
  override readonly name = 'RegistryError';
  /** Decided once, from the status and the OCI error codes. */
  readonly temporary: boolean;

  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly errors: readonly RegistryErrorEntry[],
    readonly retryAfterMs: number | undefined,
    body: string,
  ) {
    const codes = errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ');
    // A HEAD has no body: fall back to the status text (and the challenge's error, for a 401).
    const detail = codes || body.trim().slice(0, 300) || STATUS_CODES[status] || '';
    super(`${method} ${redact(url)}: ${status}${detail ? ` ${detail}` : ''}`, 1, {
      hint: hintFor(status, errors),
    });
    this.temporary = TEMPORARY_STATUS.has(status) || errors.some((e) => TEMPORARY_CODES.has(e.code));
  }
}

function hintFor(status: number, errors: readonly RegistryErrorEntry[]): string | undefined {
  if (status === 401 || errors.some((e) => e.code === 'UNAUTHORIZED')) {
    return 'check the registry credentials (registry-username/registry-password, or GITHUB_TOKEN for ghcr.io)';
  }
  if (status === 403 || errors.some((e) => e.code === 'DENIED')) {
    return 'the credentials are valid but may not push here: for ghcr.io grant `permissions: packages: write` and link the package to the repository';
  }
  if (status === 429) return 'the registry is rate limiting; try again later or authenticate';
  return undefined;
}

function retryAfter(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Resolves if the response has one of the `ok` statuses; otherwise reads the body and throws a RegistryError. */
export async function checkStatus(response: HttpResponse, method: string, ...ok: number[]): Promise<void> {
  if (ok.includes(response.status)) return;
  const body =
    method === 'HEAD' ? '' : (await readBody(response).catch(() => Buffer.alloc(0))).toString('utf8');
  if (method === 'HEAD') response.body.resume();
  const challenge = parseChallenge(headerValue(response.headers['www-authenticate']));
  let errors: RegistryErrorEntry[] = [];
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    if (Array.isArray(parsed.errors)) {
      errors = parsed.errors
        .filter((e): e is { code: unknown; message?: unknown } => typeof e === 'object' && e !== null)
        .map((e) => ({
          code: String(e.code),
          ...(typeof e.message === 'string' ? { message: e.message } : {}),
        }));
    }
  } catch {
    // not JSON: the raw body (capped) goes into the message
  }
  // A HEAD has no body: the challenge's `error` (insufficient_scope, invalid_token) says why.
  const why = challenge?.params.error;
  if (!errors.length && why)
    errors = [{ code: response.status === 401 ? 'UNAUTHORIZED' : 'DENIED', message: why }];
  throw new RegistryError(
    method,
    response.url,
    response.status,
    errors,
    retryAfter(response.headers['retry-after']),
    body,
  );
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
