// The raw blob GET over real sockets (plain and TLS), and BlobWriters.download, which runs it on a worker
// thread: scripted servers send exactly the bytes a test wants (split heads, chunked bodies, lies, cuts).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { isTemporary } from '../../../src/core/image/retry.js';
import { BlobWriters } from '../../../src/platform/cache/blob-writers.js';
import { type RawGetOptions, rawGet, ResponseReader } from '../../../src/platform/registry/raw-get.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-raw-get-'));
const servers: net.Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A server whose every connection gets the request head to `answer`; returns its origin and the heads. */
async function scripted(
  answer: (socket: net.Socket, head: string) => Promise<void> | void,
  secure?: { key: Buffer; cert: Buffer },
) {
  const heads: string[] = [];
  const onSocket = (socket: net.Socket) => {
    let text = '';
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      if (text.includes('\r\n\r\n')) return;
      text += chunk.toString('latin1');
      if (!text.includes('\r\n\r\n')) return;
      heads.push(text);
      void Promise.resolve(answer(socket, text)).catch(() => socket.destroy());
    });
  };
  const server = secure ? tls.createServer(secure, onSocket) : net.createServer(onSocket);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as net.AddressInfo;
  return { origin: `${secure ? 'https' : 'http'}://127.0.0.1:${port}`, heads };
}

/** Writes `parts` one by one with a pause between, so the client sees them in separate reads. */
async function trickle(socket: net.Socket, parts: (string | Buffer)[], end = true) {
  for (const part of parts) {
    socket.write(part);
    await sleep(15);
  }
  if (end) socket.end();
}

function get(options: Partial<RawGetOptions> & { url: string }) {
  const body: Buffer[] = [];
  const result = rawGet(
    { net, tls, Reader: ResponseReader },
    {
      headers: { authorization: 'Bearer secret-token' },
      idleTimeoutMs: 10_000,
      maxBody: 1 << 30,
      proxied: { 'http:': false, 'https:': false },
      bufferSize: 4096,
      sink: (b, s, e) => body.push(Buffer.from(b.subarray(s, e))),
      ...options,
    },
  );
  return { result, body: () => Buffer.concat(body) };
}

const blob = randomBytes(100_000);

describe('rawGet', () => {
  test('Content-Length body with the head split across reads; the request carries Host and the headers', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [
        'HTTP/1.1 200 OK\r\nContent-Le',
        `ngth: ${blob.length}\r\n`,
        '\r\n',
        blob.subarray(0, 10),
        blob.subarray(10),
      ]),
    );
    const call = get({ url: `${server.origin}/v2/r/blobs/sha256:abc?x=1` });
    expect(await call.result).toEqual({ kind: 'ok', url: `${server.origin}/v2/r/blobs/sha256:abc?x=1` });
    expect(call.body().equals(blob)).toBe(true);
    expect(server.heads[0]).toMatch(/^GET \/v2\/r\/blobs\/sha256:abc\?x=1 HTTP\/1\.1\r\n/);
    expect(server.heads[0]).toContain(`\r\nHost: ${server.origin.slice(7)}\r\n`);
    expect(server.heads[0]).toContain('\r\nauthorization: Bearer secret-token\r\n');
  });

  test('a chunked body, chunks across reads', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
        `${(60_000).toString(16)}\r\n`,
        blob.subarray(0, 30_000),
        Buffer.concat([blob.subarray(30_000, 60_000), Buffer.from('\r\n')]),
        `${(40_000).toString(16)}\r\n`,
        Buffer.concat([blob.subarray(60_000), Buffer.from('\r\n0\r\n\r\n')]),
      ]),
    );
    const call = get({ url: `${server.origin}/b` });
    expect((await call.result).kind).toBe('ok');
    expect(call.body().equals(blob)).toBe(true);
  });

  test('a body longer than its Content-Length: only the declared bytes are body', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [`HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n`, blob.subarray(0, 5000)]),
    );
    const call = get({ url: `${server.origin}/b` });
    expect((await call.result).kind).toBe('ok');
    expect(call.body().equals(blob.subarray(0, 1000))).toBe(true);
  });

  test('a Content-Length lie (the connection closes early) is a cut: ECONNRESET, which is retried', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [`HTTP/1.1 200 OK\r\nContent-Length: ${blob.length}\r\n\r\n`, blob.subarray(0, 5000)]),
    );
    const error = await get({ url: `${server.origin}/b` }).result.catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    expect(isTemporary(error)).toBe(true);
  });

  test('a Content-Length over maxBody is refused before any byte reaches the sink', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [`HTTP/1.1 200 OK\r\nContent-Length: ${blob.length}\r\n\r\n${'x'.repeat(10)}`]),
    );
    const call = get({ url: `${server.origin}/b`, maxBody: blob.length - 1 });
    await expect(call.result).rejects.toMatchObject({ code: 'EMLCI_TOO_LONG' });
    expect(call.body().length).toBe(0);
  });

  test('redirects: same origin keeps Authorization, another origin gets none; the final URL is answered', async () => {
    const store = await scripted((socket) =>
      trickle(socket, [`HTTP/1.1 200 OK\r\nContent-Length: ${blob.length}\r\n\r\n`, blob]),
    );
    const registry = await scripted((socket, head) =>
      head.startsWith('GET /first ')
        ? trickle(socket, [
            'HTTP/1.1 307 Temporary Redirect\r\nLocation: /second\r\nContent-Length: 3\r\n\r\nabc',
          ])
        : trickle(socket, [`HTTP/1.1 302 Found\r\nLocation: ${store.origin}/blob?sig=1\r\n\r\n`], false),
    );
    const call = get({ url: `${registry.origin}/first` });
    expect(await call.result).toEqual({ kind: 'ok', url: `${store.origin}/blob?sig=1` });
    expect(call.body().equals(blob)).toBe(true);
    expect(registry.heads.map((h) => /authorization: Bearer secret-token/.test(h))).toEqual([true, true]);
    expect(store.heads[0]).not.toMatch(/authorization/i);
    expect(store.heads[0]).toMatch(/^GET \/blob\?sig=1 /);
  });

  test('a redirect to a host whose scheme has a proxy is a fallback (the node:http client takes it)', async () => {
    const registry = await scripted((socket) =>
      trickle(socket, ['HTTP/1.1 302 Found\r\nLocation: http://storage.example/blob\r\n\r\n']),
    );
    const call = get({ url: `${registry.origin}/b`, proxied: { 'http:': true, 'https:': false } });
    expect(await call.result).toMatchObject({ kind: 'fallback', url: 'http://storage.example/blob' });
  });

  test('more than 5 redirects is an error', async () => {
    const loop = await scripted((socket) =>
      trickle(socket, ['HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n']),
    );
    await expect(get({ url: `${loop.origin}/b` }).result).rejects.toThrow(/more than 5 redirects/);
    expect(loop.heads).toHaveLength(6);
  });

  test('another status answers its head and body (64 KiB at most) for the caller', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [
        'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n',
        '{"errors":[{"code":"BLOB_UNKNOWN"}]}    ',
      ]),
    );
    const answer = await get({ url: `${server.origin}/b` }).result;
    expect(answer).toMatchObject({
      kind: 'status',
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.kind === 'status' && answer.body.toString()).toBe(
      '{"errors":[{"code":"BLOB_UNKNOWN"}]}    ',
    );
  });

  test('a malformed response is a fallback (node:http gets its say), not a failure', async () => {
    const server = await scripted((socket) =>
      trickle(socket, ['HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\nhello']),
    );
    expect(await get({ url: `${server.origin}/b` }).result).toMatchObject({
      kind: 'fallback',
      reason: expect.stringMatching(/Content-Length/),
    });
  });

  test('a server that stops sending is an ETIMEDOUT after the idle timeout', async () => {
    const server = await scripted((socket) =>
      trickle(socket, ['HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab'], false),
    );
    const error = await get({ url: `${server.origin}/b`, idleTimeoutMs: 300 }).result.catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ETIMEDOUT' });
  });

  test('a request header with CR/LF is refused before anything is sent', async () => {
    const server = await scripted((socket) => trickle(socket, ['HTTP/1.1 200 OK\r\n\r\n']));
    await expect(
      get({ url: `${server.origin}/b`, headers: { authorization: 'Bearer x\r\nX-Injected: 1' } }).result,
    ).rejects.toMatchObject({ code: 'EMLCI_HTTP_REQUEST' });
    expect(server.heads).toEqual([]);
  });

  describe('over TLS', () => {
    let secure: { key: Buffer; cert: Buffer };
    beforeAll(() => {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost']
          .concat(['-addext', 'subjectAltName=DNS:localhost', '-keyout', join(dir, 'key.pem')])
          .concat(['-out', join(dir, 'cert.pem')]),
        { stdio: 'ignore' },
      );
      secure = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    });

    test('a chunked body over TLS, with the server checked against the trust anchors', async () => {
      const server = await scripted(
        (socket) =>
          trickle(socket, [
            'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
            `${blob.length.toString(16)}\r\n`,
            blob,
            '\r\n0\r\n\r\n',
          ]),
        secure,
      );
      const url = server.origin.replace('127.0.0.1', 'localhost');
      const call = get({ url: `${url}/b`, ca: secure.cert.toString() });
      expect((await call.result).kind).toBe('ok');
      expect(call.body().equals(blob)).toBe(true);
      // Without the anchor, the self-signed server is refused.
      await expect(get({ url: `${url}/b` }).result).rejects.toThrow(/self[- ]signed certificate/);
    });

    test('a redirect from https to http is refused', async () => {
      const server = await scripted(
        (socket) => trickle(socket, ['HTTP/1.1 302 Found\r\nLocation: http://localhost:1/b\r\n\r\n']),
        secure,
      );
      const url = server.origin.replace('127.0.0.1', 'localhost');
      await expect(get({ url: `${url}/b`, ca: secure.cert.toString() }).result).rejects.toThrow(
        /refusing a redirect from https to http:/,
      );
    });
  });
});

// The worker thread's download: its own GET, the body hashed and written as it arrives.
describe('BlobWriters.download', () => {
  const big = randomBytes(3 * 1024 * 1024 + 5);
  let n = 0;
  const target = () => join(dir, `blob-${n++}`);
  const request = (url: string) => ({
    url,
    headers: {},
    idleTimeoutMs: 10_000,
    proxied: { 'http:': false, 'https:': false },
    bufferSize: 64 * 1024,
  });
  const writers = new BlobWriters(0);
  afterAll(() => writers.close());

  test('writes a chunked body and answers its sha256 and length, twice on one pool', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
        `${(1 << 20).toString(16)}\r\n`,
        Buffer.concat([
          big.subarray(0, 1 << 20),
          Buffer.from(`\r\n${(big.length - (1 << 20)).toString(16)}\r\n`),
        ]),
        Buffer.concat([big.subarray(1 << 20), Buffer.from('\r\n0\r\n\r\n')]),
      ]),
    );
    for (let i = 0; i < 2; i++) {
      const path = target();
      expect(await writers.download(request(`${server.origin}/b`), path, big.length, 'out/m.bin')).toEqual({
        kind: 'written',
        sha256: sha(big),
        size: big.length,
      });
      expect(readFileSync(path).equals(big)).toBe(true);
    }
  });

  test('one worker runs several downloads at once, each answered with its own result', async () => {
    const single = new BlobWriters(0, 1);
    try {
      const bodies = [big, big.subarray(7), randomBytes(1 << 20)];
      const server = await scripted((socket, head) => {
        const which = bodies[Number(/GET \/b(\d)/.exec(head)![1])]!;
        // Interleaved: every body in several pieces, so the three downloads overlap in the worker.
        const parts = [`HTTP/1.1 200 OK\r\nContent-Length: ${which.length}\r\n\r\n`];
        return trickle(socket, [
          ...parts,
          which.subarray(0, 1000),
          which.subarray(1000, 500_000),
          which.subarray(500_000),
        ]);
      });
      const paths = bodies.map(() => target());
      const answers = await Promise.all(
        bodies.map((_, i) =>
          single.download(request(`${server.origin}/b${i}`), paths[i]!, big.length, `f${i}`),
        ),
      );
      expect(answers).toEqual(bodies.map((b) => ({ kind: 'written', sha256: sha(b), size: b.length })));
      for (const [i, b] of bodies.entries()) expect(readFileSync(paths[i]!).equals(b)).toBe(true);
      // One failing does not disturb another on the same worker.
      const [ok, cut] = await Promise.allSettled([
        single.download(request(`${server.origin}/b0`), target(), big.length, 'ok'),
        single.download(request(`${server.origin}/b1`), target(), 10, 'too-long'),
      ]);
      expect(ok).toMatchObject({ status: 'fulfilled', value: { kind: 'written', sha256: sha(big) } });
      expect(cut).toMatchObject({
        status: 'rejected',
        reason: expect.objectContaining({ message: expect.stringMatching(/too-long/) }),
      });
    } finally {
      await single.close();
    }
  });

  test('a cut mid-body rejects with a retryable error that names the file and redacts the URL', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [`HTTP/1.1 200 OK\r\nContent-Length: ${big.length}\r\n\r\n`, big.subarray(0, 1 << 20)]),
    );
    const error = await writers
      .download(request(`${server.origin}/b?X-Amz-Signature=topsecret`), target(), big.length, 'out/m.bin')
      .catch((e: unknown) => e as Error);
    expect(isTemporary(error)).toBe(true);
    expect(String(error)).toMatch(/the download of "out\/m.bin" failed \(ECONNRESET/);
    expect(String(error)).not.toContain('topsecret');
  });

  test('a body (chunked, no length) longer than the manifest says is an error, not retried', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
        `400\r\n${'a'.repeat(1024)}\r\n0\r\n\r\n`,
      ]),
    );
    const error = await writers
      .download(request(`${server.origin}/b`), target(), 1000, 'out/m.bin')
      .catch((e: unknown) => e as Error);
    expect(String(error)).toMatch(/the blob of "out\/m.bin" is longer than 1000 bytes/);
    expect(isTemporary(error)).toBe(false);
  });

  test('a short body answers its real length (the caller compares it with the manifest)', async () => {
    const server = await scripted((socket) =>
      trickle(socket, ['HTTP/1.1 200 OK\r\n\r\n', big.subarray(0, 5000)]),
    );
    const path = target();
    expect(await writers.download(request(`${server.origin}/b`), path, big.length, 'x')).toEqual({
      kind: 'written',
      sha256: sha(big.subarray(0, 5000)),
      size: 5000,
    });
  });

  test('a chunked body that turns malformed mid-way is a fallback (the caller removes the file and starts over)', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
        Buffer.concat([
          Buffer.from(`${(1 << 20).toString(16)}\r\n`),
          big.subarray(0, 1 << 20),
          Buffer.from('\r\n'),
        ]),
        'not-hex\r\n',
      ]),
    );
    const answer = await writers.download(request(`${server.origin}/b`), target(), big.length, 'x');
    expect(answer).toMatchObject({ kind: 'fallback', reason: expect.stringMatching(/bad chunk size/) });
  });

  test('a 503 answers its status for the caller; nothing is written', async () => {
    const server = await scripted((socket) =>
      trickle(socket, ['HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\n\r\nbusy']),
    );
    const path = target();
    const answer = await writers.download(request(`${server.origin}/b`), path, big.length, 'x');
    expect(answer).toMatchObject({ kind: 'status', status: 503 });
    expect(answer.kind === 'status' && Buffer.isBuffer(answer.body) && answer.body.toString()).toBe('busy');
    expect(existsSync(path)).toBe(false);
  });

  test('a target that exists already is not overwritten (exclusive create)', async () => {
    const server = await scripted((socket) =>
      trickle(socket, [`HTTP/1.1 200 OK\r\nContent-Length: ${big.length}\r\n\r\n`, big]),
    );
    const path = target();
    await writers.download(request(`${server.origin}/b`), path, big.length, 'x');
    await expect(writers.download(request(`${server.origin}/b`), path, big.length, 'x')).rejects.toThrow(
      /EEXIST/,
    );
    expect(readFileSync(path).equals(big)).toBe(true);
  });
});
