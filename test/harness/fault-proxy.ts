// An in-process TCP fault proxy (reliability-and-security.md §5.2 item 1, the toxiproxy toxics that
// matter): put it between a client and a loopback server (the registry, the fake GitHub) to reset or
// stall a connection after N bytes, add latency, slice the stream into tiny segments, or close before
// any response — for all connections or only some of them (by number, from 1).
import { createConnection, createServer, type Socket } from 'node:net';

/** What happens to the bytes flowing from the server back to the client. */
export interface ProxyFault {
  /** Reset both sockets after this many response bytes (toxiproxy limit_data + reset_peer). */
  readonly resetAfterBytes?: number;
  /** Stop forwarding after this many response bytes and keep the connection open (toxiproxy timeout). */
  readonly stallAfterBytes?: number;
  /** Delay each response chunk by this many milliseconds. */
  readonly latencyMs?: number;
  /** Forward the response in segments of at most this many bytes (toxiproxy slicer). */
  readonly sliceBytes?: number;
  /** Close the client's connection as soon as the request arrives, before any response. */
  readonly closeBeforeResponse?: boolean;
  /** Only these connections (1 = the first one accepted after the fault was set); all when absent. */
  readonly connections?: readonly number[];
}

export interface FaultProxy {
  readonly host: string;
  readonly port: number;
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Sets the fault for connections accepted from now on (numbering restarts at 1); undefined clears it. */
  setFault(fault: ProxyFault | undefined): void;
  stop(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 with a free port that forwards to `target` (`host:port`). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const [targetHost, targetPort] = [
    target.slice(0, target.lastIndexOf(':')),
    Number(target.slice(target.lastIndexOf(':') + 1)),
  ];
  let fault: ProxyFault | undefined;
  let sinceFault = 0;
  let accepted = 0;
  const sockets = new Set<Socket>();

  const server = createServer((client) => {
    accepted++;
    sinceFault++;
    const active =
      fault && (!fault.connections || fault.connections.includes(sinceFault)) ? fault : undefined;
    const upstream = createConnection({ host: targetHost, port: targetPort });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      if (active?.closeBeforeResponse) {
        client.destroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    client.on('end', () => upstream.end());

    let sent = 0;
    let cut = false;
    let queue = Promise.resolve();
    // 'end' can come while chunks still wait in the queue (pause() does not hold it back): end after them,
    // and never after a reset or a stall.
    upstream.on('end', () => {
      queue = queue.then(() => {
        if (!cut) client.end();
      });
    });
    upstream.on('data', (chunk: Buffer) => {
      upstream.pause();
      queue = queue.then(async () => {
        let data = chunk;
        const limit = active?.resetAfterBytes ?? active?.stallAfterBytes;
        if (limit !== undefined && sent + data.length > limit)
          data = data.subarray(0, Math.max(0, limit - sent));
        const size = active?.sliceBytes ?? data.length;
        for (let offset = 0; offset < data.length; offset += Math.max(1, size)) {
          if (active?.latencyMs) await new Promise((resolve) => setTimeout(resolve, active.latencyMs));
          if (client.destroyed) return;
          client.write(data.subarray(offset, offset + Math.max(1, size)));
        }
        sent += data.length;
        if (limit !== undefined && sent >= limit) {
          cut = true;
          if (active?.resetAfterBytes !== undefined) {
            client.resetAndDestroy();
            upstream.destroy();
          }
          return; // stalled: never resume the upstream
        }
        upstream.resume();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    host: `127.0.0.1:${port}`,
    port,
    url: `http://127.0.0.1:${port}`,
    get accepted() {
      return accepted;
    },
    setFault: (next) => {
      fault = next;
      sinceFault = 0;
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
