// The results service's twirp transport: POST /twirp/github.actions.results.api.v1.<Service>/<Method>,
// JSON with snake_case fields and int64 as strings, errors as {code, msg}.
import type { FakeApp } from './app.js';
import { bodyOf, type FakeReply, type FakeRequest, json } from './http.js';
import { tokenScope } from './runtime-token.js';

const STATUS: Readonly<Record<string, number>> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
};

/** A twirp error reply. Use 4xx for deterministic failures: the clients retry 5xx five times. */
export function twirpError(code: keyof typeof STATUS, msg: string): FakeReply {
  return json(STATUS[code] ?? 500, { code, msg });
}

/** What a twirp method receives: the JSON body and the run/job of the caller's runtime token. */
export interface TwirpCall {
  readonly body: Record<string, unknown>;
  readonly scope: { readonly runBackendId: string; readonly jobBackendId: string };
}

/** Registers one twirp method; the bearer runtime token is required, as the real service requires it. */
export function twirpMethod(
  app: FakeApp,
  service: 'CacheService' | 'ArtifactService',
  method: string,
  handler: (call: TwirpCall) => FakeReply,
): void {
  const path = `/twirp/github.actions.results.api.v1.${service}/${method}`;
  app.router.add('twirp', 'POST', path, (req: FakeRequest) => {
    const auth = String(req.headers.authorization ?? '');
    const scope = auth.startsWith('Bearer ') ? tokenScope(auth.slice(7)) : undefined;
    if (!scope) return twirpError('unauthenticated', 'missing or invalid runtime token');
    if (req.body === undefined) return twirpError('invalid_argument', 'the body must be JSON');
    return handler({ body: bodyOf(req), scope });
  });
}

/** A string field of a twirp body ('' when absent, as protobuf defaults). */
export function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return value === undefined || value === null ? '' : String(value);
}
