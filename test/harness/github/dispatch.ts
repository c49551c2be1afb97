// The fake's request pipeline: log, faults, routing, auth, OpenAPI validation of REST requests and
// responses, then the route's handler.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeApp } from './app.js';
import { type Faults, faultReply } from './faults.js';
import { type FakeReply, type FakeRequest, githubError, validationFailed } from './http.js';
import type { OpenApiValidator, Violation } from './openapi.js';

/** One request the fake received, with the status it answered (or `dropped`). */
export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed JSON, the text of a non-JSON text body, or `{ bytes: n }` for binary. */
  readonly body: unknown;
  /** The OpenAPI template of a REST route (`/repos/{owner}/{repo}/...`), the twirp method, or undefined. */
  readonly route?: string;
  status?: number;
  dropped?: boolean;
}

/** Where the pipeline records what it saw. */
export interface DispatchLog {
  readonly requests: LoggedRequest[];
  readonly violations: Violation[];
  readonly unhandled: LoggedRequest[];
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJson(raw: Buffer, contentType: string | undefined): { ok: boolean; value: unknown } {
  if (raw.length === 0) return { ok: true, value: undefined };
  if (contentType && !/json/.test(contentType)) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) };
  } catch {
    return { ok: !contentType, value: undefined };
  }
}

/** Writes a reply (JSON unless the body is a Buffer or string), with its Content-Length. */
export function send(res: ServerResponse, reply: FakeReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(reply.body)) payload = reply.body;
  else if (typeof reply.body === 'string') payload = Buffer.from(reply.body);
  else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  headers['content-length'] = String(payload?.length ?? 0);
  res.writeHead(reply.status, headers);
  res.end(payload);
}

const logBody = (raw: Buffer, parsed: unknown): unknown => {
  if (parsed !== undefined) return parsed;
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  return raw.length < 64 * 1024 && !text.includes('\uFFFD') ? text : { bytes: raw.length };
};

let used = 0;
/** Headers every api.github.com answer has (a generous, slowly used primary limit). */
function restHeaders(): Record<string, string> {
  used++;
  return {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': `FAKE:${randomBytes(6).toString('hex').toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
    'x-ratelimit-used': String(used),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
  };
}

/** The request listener of the fake. */
export function dispatcher(
  app: FakeApp,
  validator: OpenApiValidator,
  faults: Faults,
  { requests, violations, unhandled }: DispatchLog,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { router, state, base } = app;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const contentType = req.headers['content-type'];
    const parsed = parseJson(raw, contentType);
    const matched = router.match(method, url.pathname);
    const route = matched?.route;
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: logBody(raw, parsed.value),
      route: route?.template,
    };
    requests.push(entry);
    const reply = (result: FakeReply) => {
      entry.status = result.status;
      // REST answers carry GitHub's rate-limit and request-id headers; a fault's own headers win.
      const rest = route?.kind === 'rest' || (!route && url.pathname.startsWith('/repos/'));
      send(res, rest ? { ...result, headers: { ...restHeaders(), ...result.headers } } : result);
    };
    const drop = () => {
      entry.dropped = true;
      req.socket.destroy();
    };

    const fault = faults.take(method, url.pathname);
    if (fault && !fault.after)
      return fault.drop ? drop() : reply(checked(faultReply(fault, route?.kind), true));
    if (!matched || !route) {
      unhandled.push(entry);
      return reply(githubError(404, 'Not Found'));
    }

    const auth = String(req.headers.authorization ?? '');
    const presented = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    const user = presented ? state.tokens.get(presented) : undefined;
    const request: FakeRequest = {
      method,
      url,
      path: url.pathname,
      params: matched.params,
      query: url.searchParams,
      headers: req.headers,
      raw,
      body: parsed.value,
      user,
    };
    if (route.kind === 'rest') {
      if (presented && !user) return reply(githubError(401, 'Bad credentials'));
      if (!presented && method !== 'GET') return reply(githubError(401, 'Requires authentication'));
      if (!parsed.ok) return reply(githubError(400, 'Problems parsing JSON'));
      const errors = validator.checkRequest(
        method,
        route.template,
        matched.params,
        url.searchParams,
        parsed.value,
        contentType,
      );
      if (errors.length) {
        violations.push({
          where: 'request',
          operation: op(route.template),
          method,
          path: url.pathname,
          errors,
        });
        return reply(validationFailed(`Invalid request.\n\n${errors.join('\n')}`));
      }
    }
    let result: FakeReply;
    try {
      result = await route.handler(request);
    } catch (thrown) {
      const message = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
      violations.push({
        where: 'response',
        operation: op(route.template),
        method,
        path: url.pathname,
        status: 500,
        errors: [`handler threw: ${message}`],
      });
      return reply(githubError(500, 'fake-github handler threw'));
    }
    if (fault) return fault.drop ? drop() : reply(checked(faultReply(fault, route.kind), true));
    reply(checked(result, false));

    function op(template: string) {
      return `${method} ${template}`;
    }
    /** Validates a REST reply against the schema; records (never hides) what is wrong. */
    function checked(result: FakeReply, fromFault: boolean): FakeReply {
      if (route?.kind !== 'rest' || Buffer.isBuffer(result.body) || typeof result.body === 'string')
        return result;
      const errors = validator.checkResponse(
        method,
        route.template,
        result.status,
        result.body,
        fromFault ? 'ignore' : 'error',
      );
      if (errors.length) {
        violations.push({
          where: 'response',
          operation: op(route.template),
          method,
          path: url.pathname,
          status: result.status,
          errors,
        });
        process.stderr.write(
          `fake-github: invalid response to ${method} ${url.pathname}:\n  ${errors.join('\n  ')}\n`,
        );
      }
      return result;
    }
  };
}
