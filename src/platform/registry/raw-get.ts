// A small HTTP/1.1 GET client for large blob downloads on worker threads: one socket (net or tls) that reads
// into one reused buffer (the `onread` option), its own response parser, and every body byte handed to a
// synchronous sink in place — no stream, no Buffer per chunk. It is the fast path of the registry cache's
// restore (src/platform/cache/blob-writers.ts); anything it does not handle (a proxy, a response it cannot
// parse, a 1xx) is answered 'fallback', and the caller takes the node:http client (./http.ts) instead.
//
// Both exports run on worker threads as source text (`${ResponseReader}`): they must not refer to anything
// outside their own bodies (no imports, no module constants); what they need comes in as arguments.
import type * as Net from 'node:net';
import type * as Tls from 'node:tls';

/** What a body byte range goes to; `buffer` is reused after the call returns (consume it in place). */
export type BodySink = (buffer: Buffer, start: number, end: number) => void;

/**
 * An incremental parser of one HTTP/1.1 response to a GET. The response is untrusted input: the head is
 * capped (`maxHead` bytes), every line must be well-formed, CRLF-terminated, with no control characters,
 * framing is Content-Length, chunked, or (with neither) until the connection closes; both at once, two
 * different lengths, another transfer coding or a 1xx is an error. Errors carry code 'EMLCI_HTTP_PARSE'.
 */
export class ResponseReader {
  status = 0;
  /** Lower-case names; a repeated header's values joined with ", ". */
  headers: Record<string, string> = {};
  /** The Content-Length, or -1 (chunked or until close). */
  length = -1;
  /** True once the head is parsed. */
  headDone = false;
  /** True once the whole message is read. */
  done = false;

  // 0 head, 1 Content-Length body, 2 chunk-size line, 3 chunk data, 4 CRLF after a chunk, 5 trailers,
  // 6 body until close, 7 done.
  private state = 0;
  private readonly head: Buffer;
  private headLength = 0;
  private remaining = 0;
  private line = '';
  private trailerBytes = 0;

  constructor(
    private readonly maxHead = 64 * 1024,
    /** The request was a HEAD: no body whatever the headers say. */
    private readonly noBody = false,
  ) {
    this.head = Buffer.alloc(maxHead);
  }

  static error(message: string): Error {
    return Object.assign(new Error(`malformed HTTP response: ${message}`), { code: 'EMLCI_HTTP_PARSE' });
  }

  /** Reads `buffer[start, end)`; body bytes go to `sink`. Bytes past the end of the message are ignored. */
  feed(buffer: Buffer, start: number, end: number, sink: BodySink): void {
    let at = start;
    while (at < end && this.state !== 7) {
      switch (this.state) {
        case 0:
          at = this.readHead(buffer, at, end);
          break;
        case 1:
        case 3: {
          const n = Math.min(this.remaining, end - at);
          if (n > 0) sink(buffer, at, at + n);
          at += n;
          this.remaining -= n;
          if (this.remaining === 0) this.state = this.state === 1 ? 7 : 4;
          break;
        }
        case 6:
          sink(buffer, at, end);
          at = end;
          break;
        default:
          at = this.readLine(buffer, at, end);
      }
    }
    this.done = this.state === 7;
  }

  /** The connection closed: fine for a body read until close, else the message was cut off. */
  end(): void {
    if (this.state === 6) this.state = 7;
    this.done = this.state === 7;
    if (!this.done)
      throw Object.assign(
        new Error(
          this.headDone
            ? 'the connection closed before the end of the body'
            : 'the connection closed before a complete response head',
        ),
        { code: 'ECONNRESET' },
      );
  }

  private readHead(buffer: Buffer, start: number, end: number): number {
    const from = Math.max(0, this.headLength - 3);
    const n = Math.min(end - start, this.maxHead - this.headLength);
    buffer.copy(this.head, this.headLength, start, start + n);
    this.headLength += n;
    const stop = this.head.subarray(0, this.headLength).indexOf('\r\n\r\n', from, 'latin1');
    if (stop === -1) {
      if (this.headLength >= this.maxHead)
        throw ResponseReader.error(`the head is longer than ${this.maxHead} bytes`);
      return start + n;
    }
    const used = stop + 4 - (this.headLength - n); // bytes of this read that belong to the head
    this.parseHead(this.head.toString('latin1', 0, stop));
    return start + used;
  }

  private parseHead(text: string): void {
    const lines = text.split('\r\n');
    const status = /^HTTP\/1\.[01] ([1-5]\d\d)(?: [^\0-\x08\n-\x1f\x7f]*)?$/.exec(lines[0] ?? '');
    if (!status) throw ResponseReader.error(`bad status line ${JSON.stringify(lines[0]?.slice(0, 80))}`);
    this.status = Number(status[1]);
    for (const line of lines.slice(1)) {
      const field = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[\t ]*(.*?)[\t ]*$/.exec(line);
      if (!field || /[\0-\x08\n-\x1f\x7f]/.test(field[2]!))
        throw ResponseReader.error(`bad header line ${JSON.stringify(line.slice(0, 80))}`);
      const name = field[1]!.toLowerCase();
      const value = field[2]!;
      this.headers[name] = name in this.headers ? `${this.headers[name]}, ${value}` : value;
    }
    this.headDone = true;
    if (this.status < 200) throw ResponseReader.error(`an interim ${this.status} response`);
    const coding = this.headers['transfer-encoding'];
    const length = this.headers['content-length'];
    if (this.noBody || this.status === 204 || this.status === 304) {
      this.state = 7;
      return;
    }
    if (coding !== undefined) {
      if (coding.toLowerCase() !== 'chunked')
        throw ResponseReader.error(`transfer coding ${JSON.stringify(coding.slice(0, 40))}`);
      if (length !== undefined) throw ResponseReader.error('both Transfer-Encoding and Content-Length');
      this.state = 2;
      return;
    }
    if (length !== undefined) {
      const values = new Set(length.split(',').map((v) => v.trim()));
      const [value] = [...values];
      if (values.size !== 1 || !/^\d{1,15}$/.test(value!))
        throw ResponseReader.error(`Content-Length ${JSON.stringify(length.slice(0, 40))}`);
      this.length = Number(value);
      this.remaining = this.length;
      this.state = this.length === 0 ? 7 : 1;
      return;
    }
    this.state = 6;
  }

  /** The line-based states of chunked framing: a chunk-size line, the CRLF after data, trailers. */
  private readLine(buffer: Buffer, start: number, end: number): number {
    const newline = buffer.indexOf(10, start);
    const stop = newline === -1 || newline >= end ? end : newline + 1;
    this.line += buffer.toString('latin1', start, stop);
    if (this.state === 5) this.trailerBytes += stop - start;
    if (this.line.length > 4096 || this.trailerBytes > this.maxHead)
      throw ResponseReader.error('a chunk-size or trailer line is too long');
    if (!this.line.endsWith('\n')) return stop;
    const line = this.line;
    this.line = '';
    if (!line.endsWith('\r\n')) throw ResponseReader.error('a line of the chunked body does not end in CRLF');
    const text = line.slice(0, -2);
    if (this.state === 4) {
      if (text !== '') throw ResponseReader.error('chunk data longer than its size');
      this.state = 2;
    } else if (this.state === 2) {
      const size = /^([0-9A-Fa-f]{1,12})(?:[\t ]*;[^\0-\x08\n-\x1f\x7f]*)?$/.exec(text);
      if (!size) throw ResponseReader.error(`bad chunk size ${JSON.stringify(text.slice(0, 40))}`);
      this.remaining = Number.parseInt(size[1]!, 16);
      this.state = this.remaining === 0 ? 5 : 3;
    } else if (text === '') {
      this.state = 7;
    } else if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[^\0-\x08\n-\x1f\x7f]*$/.test(text)) {
      throw ResponseReader.error(`bad trailer line ${JSON.stringify(text.slice(0, 80))}`);
    }
    return stop;
  }
}

/** One GET as rawGet sends it. */
export interface RawGetOptions {
  readonly url: string;
  /** Request headers (the registry's Authorization among them); dropped on a redirect to another origin. */
  readonly headers: Readonly<Record<string, string>>;
  /** Abort when no byte moves for this long. */
  readonly idleTimeoutMs: number;
  /** Where the 200 body goes. */
  readonly sink: BodySink;
  /** A 200 whose Content-Length is above this is refused before its first byte (error code EMLCI_TOO_LONG). */
  readonly maxBody: number;
  /** Schemes whose requests go through a proxy: a redirect to such a URL (not loopback) is a 'fallback'. */
  readonly proxied: { readonly 'http:': boolean; readonly 'https:': boolean };
  /** The size of the one read buffer. */
  readonly bufferSize?: number;
  /** Tests: trust anchors of a test TLS server. */
  readonly ca?: string;
}

/** What rawGet got: the body went to the sink, another status (its body, 64 KiB at most), or 'fallback'. */
export type RawGetResult =
  | { readonly kind: 'ok'; readonly url: string }
  | {
      readonly kind: 'status';
      readonly url: string;
      readonly status: number;
      readonly headers: Record<string, string>;
      readonly body: Buffer;
    }
  | { readonly kind: 'fallback'; readonly url: string; readonly reason: string };

/**
 * GETs `options.url` over a socket of its own (Connection: close), following up to 5 redirects with
 * send()'s rules (./http.ts: never https → http; no Authorization to another origin). Network failures
 * reject with their code (ECONNRESET, ETIMEDOUT, …: the caller retries those); an error thrown by the sink
 * rejects as is. Messages never hold the URL (the caller names it, redacted).
 */
export async function rawGet(
  deps: { readonly net: typeof Net; readonly tls: typeof Tls; readonly Reader: typeof ResponseReader },
  options: RawGetOptions,
): Promise<RawGetResult> {
  const buffer = Buffer.allocUnsafe(options.bufferSize ?? 1024 * 1024);
  const fail = (message: string, code: string) => Object.assign(new Error(message), { code });
  let url = new URL(options.url);
  let headers: Record<string, string> = { ...options.headers };
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return { kind: 'fallback', url: url.href, reason: `scheme ${url.protocol}` };
    for (const [name, value] of Object.entries(headers))
      if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) || /[\0-\x08\n-\x1f\x7f]/.test(value))
        throw fail(`request header ${JSON.stringify(name)} is not a valid header`, 'EMLCI_HTTP_REQUEST');
    let answer: RawGetResult | { kind: 'redirect'; location: string };
    try {
      answer = await once(url, headers);
    } catch (error) {
      // A response this parser refuses goes to node:http's (which may accept it, or say why not).
      if ((error as { code?: unknown }).code !== 'EMLCI_HTTP_PARSE') throw error;
      return { kind: 'fallback', url: url.href, reason: (error as Error).message };
    }
    if (answer.kind !== 'redirect') return answer;
    if (hop >= 5) throw fail('more than 5 redirects', 'EMLCI_HTTP_REDIRECT');
    let next: URL;
    try {
      next = new URL(answer.location, url);
    } catch {
      return { kind: 'fallback', url: url.href, reason: 'a redirect to an unparsable Location' };
    }
    if (url.protocol === 'https:' && next.protocol !== 'https:')
      throw fail(`refusing a redirect from https to ${next.protocol}`, 'EMLCI_HTTP_REDIRECT');
    if (next.origin !== url.origin)
      headers = Object.fromEntries(
        Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'),
      );
    const loopback = /^(localhost|127(\.\d+){3}|\[::1\])$/i.test(next.hostname);
    if (!loopback && options.proxied[next.protocol as 'http:' | 'https:'])
      return { kind: 'fallback', url: next.href, reason: 'a redirect to a host behind a proxy' };
    url = next;
  }

  function once(
    target: URL,
    sent: Record<string, string>,
  ): Promise<RawGetResult | { kind: 'redirect'; location: string }> {
    return new Promise((resolve, reject) => {
      const reader = new deps.Reader();
      const errorBody: Buffer[] = [];
      let errorBytes = 0;
      let settled = false;
      const host = target.hostname.replace(/^\[|\]$/g, '');
      const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
      const finish = (error: unknown, result?: RawGetResult | { kind: 'redirect'; location: string }) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        if (error) reject(error);
        else resolve(result!);
      };
      // Checked once the head is in, before the first body byte reaches the sink.
      let checked = false;
      const checkHead = () => {
        if (checked || !reader.headDone) return;
        checked = true;
        if (reader.status === 200 && reader.length > options.maxBody)
          throw fail(`the body is ${reader.length} bytes, more than ${options.maxBody}`, 'EMLCI_TOO_LONG');
      };
      const sink: BodySink = (bytes, start, end) => {
        checkHead();
        if (reader.status === 200) return options.sink(bytes, start, end);
        const n = Math.min(end - start, 64 * 1024 - errorBytes);
        if (n > 0) errorBody.push(Buffer.from(bytes.subarray(start, start + n)));
        errorBytes += n;
      };
      const result = (): RawGetResult | { kind: 'redirect'; location: string } => {
        const { status, headers } = reader;
        if (status >= 300 && status < 400 && headers.location !== undefined)
          return { kind: 'redirect', location: headers.location };
        if (status === 200) return { kind: 'ok', url: target.href };
        return { kind: 'status', url: target.href, status, headers, body: Buffer.concat(errorBody) };
      };
      const onread = {
        buffer,
        callback: (n: number, bytes: Buffer): boolean => {
          if (settled) return false;
          try {
            reader.feed(bytes, 0, n, sink);
            checkHead();
          } catch (error) {
            finish(error);
            return false;
          }
          const redirect = reader.headDone && reader.status >= 300 && reader.status < 400;
          if (
            reader.done ||
            redirect ||
            (reader.headDone && reader.status !== 200 && errorBytes >= 64 * 1024)
          )
            finish(undefined, result());
          return !settled;
        },
      };
      const path = `${target.pathname}${target.search}`;
      const lines = [`GET ${path} HTTP/1.1`, `Host: ${target.host}`];
      for (const [name, value] of Object.entries(sent)) lines.push(`${name}: ${value}`);
      lines.push('Accept-Encoding: identity', 'Connection: close', '', '');
      const socket =
        target.protocol === 'https:'
          ? deps.tls.connect({
              host,
              port,
              servername: deps.net.isIP(host) ? undefined : host,
              ALPNProtocols: ['http/1.1'],
              ...(options.ca ? { ca: options.ca } : {}),
              onread,
            } as Tls.ConnectionOptions)
          : deps.net.connect({ host, port, onread } as Net.NetConnectOpts);
      socket.setTimeout(options.idleTimeoutMs, () =>
        finish(fail(`no progress for ${options.idleTimeoutMs / 1000} s`, 'ETIMEDOUT')),
      );
      socket.on('error', (error) => finish(error));
      socket.on('end', () => {
        try {
          reader.end();
          checkHead();
          finish(undefined, result());
        } catch (error) {
          finish(error);
        }
      });
      socket.on('close', () =>
        finish(fail('the connection closed before the end of the response', 'ECONNRESET')),
      );
      socket.write(lines.join('\r\n'));
    });
  }
}
