// An HTTP reverse proxy with per-route faults, for servers the harness does not implement itself (the
// real docker-registry): reliability-and-security.md §5.2 item 2. Rules as the fake GitHub's (method,
// path, next N times, commit then fail, dropped connection), answers shaped like the distribution
// spec's errors, a redirect to another host (REG-09), and a log of every request with its headers.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FaultHandle, type FaultRule, Faults } from './github/faults.js';

/** A fault of the proxy: a FaultRule, or a redirect (`{path}` in `location` becomes the request's path and query). */
export interface HttpProxyFault extends FaultRule {
  readonly location?: string;
}

export interface ProxiedRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  status?: number;
  faulted?: boolean;
}

export interface HttpFaultProxy {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `127.0.0.1:<port>` (for image references). */
  readonly host: string;
  readonly requests: ProxiedRequest[];
  fault(rule: HttpProxyFault): FaultHandle;
  clearFaults(): void;
  stop(): Promise<void>;
}

// Distribution spec error codes for the statuses tests use.
const CODES: Readonly<Record<number, string>> = {
  401: 'UNAUTHORIZED',
  403: 'DENIED',
  404: 'NAME_UNKNOWN',
  429: 'TOOMANYREQUESTS',
  500: 'UNKNOWN',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
};

/** Starts a proxy on 127.0.0.1 with a free port in front of `target` (`http://host:port`). */
export async function startHttpFaultProxy(target: string): Promise<HttpFaultProxy> {
  const upstream = new URL(target);
  const faults = new Faults();
  const requests: ProxiedRequest[] = [];

  const server = createServer((req, res) => {
    const entry: ProxiedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers };
    requests.push(entry);
    const path = new URL(entry.url, 'http://proxy').pathname;
    // take() hands back the rule object that was added: an HttpProxyFault.
    const fault = faults.take(entry.method, path) as HttpProxyFault | undefined;

    const answerFault = () => {
      entry.faulted = true;
      if (!fault) return;
      if (fault.drop) return void req.socket.destroy();
      const status = fault.status ?? 500;
      entry.status = status;
      if (fault.location) {
        res.writeHead(status, { location: fault.location.replace('{path}', entry.url), ...fault.headers });
        return void res.end();
      }
      const retryAfter = fault.retryAfter ?? (status === 429 ? 1 : undefined);
      const body =
        fault.body !== undefined
          ? typeof fault.body === 'string'
            ? fault.body
            : JSON.stringify(fault.body)
          : JSON.stringify({
              errors: [{ code: CODES[status] ?? 'UNKNOWN', message: `fault ${status}`, detail: null }],
            });
      res.writeHead(status, {
        'content-type': 'application/json',
        ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
        ...fault.headers,
      });
      res.end(body);
    };
    if (fault && !fault.after) {
      req.resume();
      return answerFault();
    }

    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: entry.method,
        path: entry.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (up) => {
        if (fault) {
          // Commit then fail: the upstream did the work; the client never hears about it.
          up.resume();
          up.on('end', answerFault);
          return;
        }
        entry.status = up.statusCode;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    fault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
