// An HTTP fault proxy for registry tests (reliability-and-security.md §5.2): forwards to a registry and,
// for requests matching a rule, answers with a status, drops the connection after N request-body bytes,
// or delays. The Host header passes through, so upload Locations point back at the proxy.
import http from 'node:http';
import type net from 'node:net';

export type Fault =
  | { readonly status: number; readonly body?: string; readonly headers?: Record<string, string> }
  | { readonly resetAfterBytes: number }
  /** Forwards, then drops the connection after this many bytes of the response body. */
  | { readonly cutResponseAfterBytes: number }
  | { readonly delayMs: number };

export interface FaultRule {
  readonly method?: string;
  readonly path?: RegExp;
  /** How many times the fault fires (default 1); a reset fires only once its byte count is reached. */
  readonly times?: number;
  readonly fault: Fault;
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly outcome: number | 'reset' | 'error';
  readonly faulted: boolean;
}

export interface FaultProxy {
  readonly host: string;
  readonly log: LoggedRequest[];
  stop(): Promise<void>;
}

/** Starts the proxy in front of `target` (`127.0.0.1:PORT`). */
export async function startFaultProxy(target: string, rules: readonly FaultRule[]): Promise<FaultProxy> {
  const [targetHost, targetPort] = target.split(':') as [string, string];
  const used = rules.map(() => 0);
  const log: LoggedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const index = rules.findIndex(
      (rule, i) =>
        (!rule.method || rule.method === method) &&
        (!rule.path || rule.path.test(path)) &&
        used[i]! < (rule.times ?? 1),
    );
    const fault = index === -1 ? undefined : rules[index]!.fault;
    // A reset rule counts only when it fires: a small body that never reaches the limit stays unharmed.
    if (index !== -1 && !('resetAfterBytes' in rules[index]!.fault)) used[index]!++;
    if (fault && 'status' in fault) {
      req.resume();
      req.on('end', () => {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(fault.body ?? '');
        log.push({ method, path, outcome: fault.status, faulted: true });
      });
      return;
    }
    const forward = () => {
      const upstream = http.request(
        { host: targetHost, port: Number(targetPort), method, path, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          log.push({ method, path, outcome: answer.statusCode ?? 0, faulted: fault !== undefined });
          if (fault && 'cutResponseAfterBytes' in fault) {
            let sent = 0;
            answer.on('data', (chunk: Buffer) => {
              const room = fault.cutResponseAfterBytes - sent;
              sent += chunk.length;
              if (room > 0) res.write(chunk.subarray(0, room));
              if (sent >= fault.cutResponseAfterBytes && !res.socket?.destroyed) {
                answer.destroy();
                res.socket?.destroy();
              }
            });
            answer.on('end', () => res.end());
            return;
          }
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        log.push({ method, path, outcome: 'error', faulted: fault !== undefined });
        res.destroy();
      });
      if (fault && 'resetAfterBytes' in fault) {
        let seen = 0;
        req.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (
            seen >= fault.resetAfterBytes &&
            !req.socket.destroyed &&
            used[index]! < (rules[index]!.times ?? 1)
          ) {
            used[index]!++;
            log.push({ method, path, outcome: 'reset', faulted: true });
            upstream.destroy();
            req.socket.resetAndDestroy();
          }
        });
      }
      req.pipe(upstream);
    };
    if (fault && 'delayMs' in fault) setTimeout(forward, fault.delayMs);
    else forward();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    log,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
