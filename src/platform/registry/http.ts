import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { Duplex, Readable } from 'node:stream';
import tls from 'node:tls';
import { MlciError, messageOf } from '../../core/errors.js';
import { proxyFor } from '../../core/image/proxy-env.js';

/** One HTTP request; a streamed body is opened by a function so that nothing replays a consumed stream. */
export interface HttpRequest {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer | Readable;
  /** Follow 3xx (GET/HEAD only): blob GETs are redirected to a storage host. */
  readonly followRedirects?: boolean;
  /** Abort when no byte moves for this long (a stalled connection must not hang the step). */
  readonly idleTimeoutMs?: number;
}

/** A response whose body is still a stream (read it, or resume() it to free the socket). */
export interface HttpResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The URL that answered, after redirects. */
  readonly url: string;
  readonly body: Readable;
}

// Keep-alive: a push makes dozens of small requests (HEAD, POST, PUT) to one host.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 16 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

/** The Proxy-Authorization of a proxy URL with user:password, if any. */
function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(pair).toString('base64')}` };
}

/**
 * An https agent whose connections are CONNECT tunnels through an http proxy (HTTPS_PROXY): the TLS to the
 * registry runs inside the tunnel, so the proxy sees the host name and port, never the requests.
 */
class TunnelAgent extends https.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: true, maxSockets: 16 });
  }

  override createConnection(
    options: tls.ConnectionOptions & { host?: string; port?: number },
    done: (error: Error | null, socket?: Duplex) => void,
  ): undefined {
    const authority = `${options.host}:${options.port ?? 443}`;
    const connect = http.request({
      host: this.proxy.hostname,
      port: this.proxy.port || 80,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(this.proxy) },
    });
    connect.once('connect', (answer, socket) => {
      if (answer.statusCode !== 200) {
        socket.destroy();
        done(new Error(`the proxy (HTTPS_PROXY) answered CONNECT ${authority} with ${answer.statusCode}`));
        return;
      }
      done(null, tls.connect({ ...options, socket, servername: options.servername || options.host }));
    });
    connect.once('error', (error) => done(error));
    connect.end();
    return undefined;
  }
}

const tunnels = new Map<string, TunnelAgent>();

/** Where one request goes: the target itself, or a proxy (absolute-form for http, a tunnel for https). */
function route(url: URL): { options: http.RequestOptions; transport: typeof http | typeof https } {
  let proxy: URL | undefined;
  try {
    proxy = proxyFor(url, process.env);
  } catch (error) {
    throw new MlciError(messageOf(error), 2, {
      hint: 'set HTTPS_PROXY / HTTP_PROXY to http://host:port (user:password@ allowed), or unset it',
    });
  }
  if (!proxy) {
    const agent = agents[url.protocol as 'http:' | 'https:'];
    if (!agent) throw new MlciError(`unsupported URL scheme in ${redact(url.href)}`, 2);
    return { options: { agent }, transport: url.protocol === 'https:' ? https : http };
  }
  if (url.protocol === 'https:') {
    const agent = tunnels.get(proxy.href) ?? new TunnelAgent(proxy);
    tunnels.set(proxy.href, agent);
    return { options: { agent }, transport: https };
  }
  return {
    options: {
      agent: agents['http:'],
      host: proxy.hostname,
      port: proxy.port || 80,
      path: url.href,
      headers: proxyAuthorization(proxy),
    },
    transport: http,
  };
}

const IDLE_DEFAULT = 60_000; // a minute without progress (reliability-and-security.md REG-07)
const MAX_REDIRECTS = 5;

/**
 * Sends one request with node:http. Not fetch: Node 20's fetch keeps a streamed request body in
 * memory unless redirect is 'error' (peak RSS ≈ blob size, reference/oci-images.md §4), and we want
 * the redirect rules below in our own hands anyway.
 */
export async function send(request: HttpRequest): Promise<HttpResponse> {
  let url = new URL(request.url);
  let headers = { ...request.headers };
  for (let hop = 0; ; hop++) {
    const response = await once(request, url, headers);
    const location = response.headers.location;
    if (!request.followRedirects || response.status < 300 || response.status >= 400 || !location)
      return response;
    response.body.resume();
    if (hop >= MAX_REDIRECTS)
      throw new MlciError(
        `${request.method} ${redact(request.url)}: more than ${MAX_REDIRECTS} redirects`,
        1,
      );
    const next = new URL(location, url);
    if (url.protocol === 'https:' && next.protocol !== 'https:') {
      throw new MlciError(
        `${request.method} ${redact(url.href)}: refusing a redirect from https to ${next.protocol}`,
        1,
      );
    }
    // Credentials are for the registry only: a blob store on another origin gets none (HTTP-03).
    if (next.origin !== url.origin) headers = withoutAuthorization(headers);
    url = next;
  }
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
}

function once(request: HttpRequest, url: URL, headers: Record<string, string>): Promise<HttpResponse> {
  let routed: ReturnType<typeof route>;
  try {
    routed = route(url);
  } catch (error) {
    return Promise.reject(error);
  }
  const { transport, options } = routed;
  return new Promise((resolve, reject) => {
    // Through an http proxy the path is the whole URL and the Host header the registry's (absolute-form).
    const target = options.path
      ? { ...options, method: request.method, headers: { host: url.host, ...headers, ...options.headers } }
      : { ...options, method: request.method, headers };
    const req = options.path ? transport.request(target, answer) : transport.request(url, target, answer);
    function answer(res: http.IncomingMessage) {
      resolve({ status: res.statusCode ?? 0, headers: res.headers, url: url.href, body: res });
    }
    req.setTimeout(request.idleTimeoutMs ?? IDLE_DEFAULT, () => {
      const error = Object.assign(
        new Error(`no progress for ${(request.idleTimeoutMs ?? IDLE_DEFAULT) / 1000} s`),
        {
          code: 'ETIMEDOUT',
        },
      );
      req.destroy(error);
    });
    req.on('error', (error) => reject(networkError(request.method, url, error)));
    const body = request.body;
    if (body === undefined) req.end();
    else if (Buffer.isBuffer(body)) req.end(body);
    else {
      body.on('error', (error) => req.destroy(error));
      body.pipe(req);
    }
  });
}

/**
 * A failed connection as an MlciError (exit 1) that names the request, instead of a bare
 * "getaddrinfo ENOTFOUND". The original error stays the cause, so the retry predicates, which look
 * for network codes along the cause chain, still see it.
 */
function networkError(method: string, url: URL, error: Error): MlciError {
  const code = (error as { code?: unknown }).code;
  const why = typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  return new MlciError(`${method} ${redact(url.href)}: cannot reach ${url.host} (${why})`, 1, {
    cause: error,
    hint: 'check the registry host and the network; where the internet is out of reach, use a base image from a reachable registry, or `base-image: scratch`',
  });
}

/**
 * Reads a response body up to `limit` bytes and stops reading there (the connection is dropped: an endless
 * body costs nothing past the cap). `overflow: 'truncate'` keeps the first `limit` bytes (error bodies,
 * capped at 64 KiB as STYLE.md §6 says); `'error'` is for a body that is only usable whole (a manifest, a
 * token, a config): over the cap it is an error that says "too large", not a parse error.
 */
export async function readBody(
  response: HttpResponse,
  limit = 64 * 1024,
  overflow: 'truncate' | 'error' = 'truncate',
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let have = 0;
  for await (const chunk of response.body) {
    const buffer = chunk as Buffer;
    parts.push(buffer.subarray(0, limit - have));
    have += buffer.length;
    if (have > limit) {
      response.body.destroy();
      if (overflow === 'error')
        throw new MlciError(
          `${redact(response.url)}: response body is larger than ${limit} bytes: too large`,
          1,
        );
      break;
    }
  }
  return Buffer.concat(parts);
}

/** A URL fit for logs: no userinfo, no query values that may carry signatures (sig=, X-Amz-Signature=). */
export function redact(text: string): string {
  try {
    const url = new URL(text);
    if (url.username || url.password) {
      url.username = '***';
      url.password = '';
    }
    for (const key of [...url.searchParams.keys()]) {
      if (!['digest', 'mount', 'from', 'n', 'last'].includes(key)) url.searchParams.set(key, '***');
    }
    return url.href.replace(/%3A/gi, ':'); // sha256:… reads better than sha256%3A…
  } catch {
    return text;
  }
}
