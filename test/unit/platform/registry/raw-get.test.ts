// The response parser of the raw blob GET (the restore's worker threads): a server's reply is untrusted
// input, so framing is strict and the head is capped; the same bytes must give the same body however the
// socket splits them.
import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { ResponseReader } from '../../../../src/platform/registry/raw-get.js';

/** Feeds `wire` cut at `cuts` (offsets) into a reader; returns the reader and the body it gave. */
function read(wire: Buffer, cuts: number[] = [], maxHead?: number) {
  const reader = new ResponseReader(maxHead);
  const body: Buffer[] = [];
  let at = 0;
  for (const cut of [...cuts, wire.length]) {
    // Each read arrives in a buffer of its own, reused (zeroed) once feed returns, as onread's is.
    const scratch = Buffer.alloc(wire.length + 8, 0xee);
    wire.copy(scratch, 3, at, cut);
    reader.feed(scratch, 3, 3 + cut - at, (b, s, e) => body.push(Buffer.from(b.subarray(s, e))));
    scratch.fill(0);
    at = cut;
  }
  return { reader, body: Buffer.concat(body) };
}

const wire = (head: string, body: Buffer | string = '') =>
  Buffer.concat([Buffer.from(head, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1')]);

function chunked(body: Buffer, sizes: number[], trailer = ''): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(
      Buffer.from(`${size.toString(16)}${size === 7 ? ';ext=1' : ''}\r\n`),
      body.subarray(at, at + size),
    );
    parts.push(Buffer.from('\r\n'));
    at += size;
  }
  parts.push(Buffer.from(`0\r\n${trailer}\r\n`));
  return Buffer.concat(parts);
}

describe('ResponseReader', () => {
  const body = randomBytes(5000);
  const head =
    'HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 5000\r\nX-A: 1\r\nx-a: 2\r\n\r\n';

  test('Content-Length: the same head and body for every split of the head across two reads', () => {
    const bytes = wire(head, body);
    for (let cut = 1; cut < head.length + 3; cut++) {
      const { reader, body: got } = read(bytes, [cut]);
      expect(reader.status).toBe(200);
      expect(reader.length).toBe(5000);
      expect(reader.headers['x-a']).toBe('1, 2');
      expect(reader.done).toBe(true);
      expect(got.equals(body)).toBe(true);
    }
  });

  test('byte by byte gives the same as one read', () => {
    const bytes = wire(head, body);
    const { body: got, reader } = read(
      bytes,
      Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
    );
    expect(got.equals(body)).toBe(true);
    expect(reader.done).toBe(true);
  });

  test('a body longer than its Content-Length: the bytes past it are not body', () => {
    const { body: got, reader } = read(wire(head, Buffer.concat([body, Buffer.from('HTTP/1.1 200 OK\r\n')])));
    expect(got.equals(body)).toBe(true);
    expect(reader.done).toBe(true);
  });

  test('a Content-Length lie (fewer bytes, then the connection closes) is a cut, not a short body', () => {
    const { reader, body: got } = read(wire(head, body.subarray(0, 4000)));
    expect(got.length).toBe(4000);
    expect(reader.done).toBe(false);
    expect(() => reader.end()).toThrow(expect.objectContaining({ code: 'ECONNRESET' }));
  });

  test('chunked (with an extension and trailers), split at every offset and in random reads', () => {
    const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
    const bytes = wire(head, chunked(body, [1, 7, 4000, 992], 'Digest: x\r\n'));
    for (let cut = 1; cut < bytes.length; cut += 13) {
      const { reader, body: got } = read(bytes, [cut, Math.min(bytes.length, cut + 5)]);
      expect(got.equals(body)).toBe(true);
      expect(reader.done).toBe(true);
    }
    const { body: bytewise } = read(
      bytes,
      Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
    );
    expect(bytewise.equals(body)).toBe(true);
  });

  test('chunked, cut before the last chunk: not done, and end() says so', () => {
    const bytes = wire('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', chunked(body, [4000, 1000]));
    const { reader } = read(bytes.subarray(0, bytes.length - 5));
    expect(reader.done).toBe(false);
    expect(() => reader.end()).toThrow(/before the end of the body/);
  });

  test('no Content-Length and not chunked: the body runs until the connection closes', () => {
    const { reader, body: got } = read(wire('HTTP/1.0 200 OK\r\n\r\n', body));
    expect(reader.done).toBe(false);
    reader.end();
    expect(reader.done).toBe(true);
    expect(got.equals(body)).toBe(true);
  });

  test('204 and a HEAD have no body whatever the headers say', () => {
    expect(read(wire('HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n')).reader.done).toBe(true);
    const reader = new ResponseReader(1024, true);
    const bytes = wire('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n');
    reader.feed(bytes, 0, bytes.length, () => {
      throw new Error('no body expected');
    });
    expect(reader.done).toBe(true);
  });

  test('a 404 head and its body are read like a 200', () => {
    const { reader, body: got } = read(
      wire('HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\n', 'not found'),
    );
    expect([reader.status, got.toString(), reader.done]).toEqual([404, 'not found', true]);
  });

  test.each([
    ['a bad status line', 'HTTP/2 200 OK\r\n\r\n', /bad status line/],
    ['no status code', 'HTTP/1.1 OK\r\n\r\n', /bad status line/],
    ['a header line without a colon', 'HTTP/1.1 200 OK\r\nContent-Length 5\r\n\r\nhello', /bad header line/],
    ['a folded header line', 'HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\n\r\n', /bad header line/],
    ['a space before the colon', 'HTTP/1.1 200 OK\r\nContent-Length : 5\r\n\r\nhello', /bad header line/],
    ['a bare LF inside the head', 'HTTP/1.1 200 OK\r\nX-A: 1\nX-B: 2\r\n\r\n', /bad header line/],
    ['a control character in a value', 'HTTP/1.1 200 OK\r\nX-A: a\x01b\r\n\r\n', /bad header line/],
    [
      'a Content-Length that is not a number',
      'HTTP/1.1 200 OK\r\nContent-Length: 5x\r\n\r\n',
      /Content-Length/,
    ],
    ['a negative Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', /Content-Length/],
    [
      'two different Content-Lengths',
      'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n',
      /Content-Length/,
    ],
    [
      'Transfer-Encoding and Content-Length',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n',
      /both/,
    ],
    [
      'another transfer coding',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n',
      /transfer coding/,
    ],
    ['an interim response', 'HTTP/1.1 100 Continue\r\n\r\n', /interim/],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', /bad chunk size/],
    [
      'chunk data longer than its size',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n',
      /longer than its size/,
    ],
    [
      'a chunk size line without CR',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\nab\r\n0\r\n\r\n',
      /CRLF/,
    ],
    [
      'an endless chunk-size line',
      `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;${'x'.repeat(5000)}`,
      /too long/,
    ],
  ])('%s is a parse error', (_what, text, message) => {
    expect(() => read(Buffer.from(text, 'latin1'))).toThrow(message);
    expect(() => read(Buffer.from(text, 'latin1'))).toThrow(
      expect.objectContaining({ code: 'EMLCI_HTTP_PARSE' }),
    );
  });

  test('equal repeated Content-Lengths are one length', () => {
    const { reader } = read(wire('HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\n\r\n', 'hello'));
    expect([reader.length, reader.done]).toEqual([5, true]);
  });

  test('a head over the cap is an error as soon as the cap is passed, however it arrives', () => {
    const long = `HTTP/1.1 200 OK\r\n${'X-Filler: aaaaaaaaaaaaaaaa\r\n'.repeat(100)}\r\n`;
    expect(() => read(Buffer.from(long), [], 1024)).toThrow(/longer than 1024 bytes/);
    expect(() => read(Buffer.from(long), [500, 1000, 1500], 1024)).toThrow(/longer than 1024 bytes/);
    // Just under the cap is fine.
    const fits = `HTTP/1.1 200 OK\r\nContent-Length: 0\r\n${'X: 1\r\n'.repeat(10)}\r\n`;
    expect(read(Buffer.from(fits), [], fits.length).reader.done).toBe(true);
  });

  test('a trailer section over the cap is an error', () => {
    const bytes = wire(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
      `0\r\n${'X-T: 1234567890\r\n'.repeat(100)}\r\n`,
    );
    expect(() => read(bytes, [], 1024)).toThrow(/too long/);
  });
});
