import { DataError } from '../errors.js';

/** One entry as read: a safe relative POSIX path, its kind and size. */
export interface TarHeader {
  readonly path: string;
  readonly type: 'file' | 'dir' | 'symlink';
  readonly size: number;
  readonly executable: boolean;
  /** A symlink's target as written (only with `links: 'report'`; the caller judges it). */
  readonly link?: string;
}

/** Budgets of a read (TAR-08): archives come from caches other runs wrote, so they are untrusted. */
export interface TarLimits {
  readonly maxEntries: number;
  readonly maxBytes: number;
  /**
   * 'raw': hand names on as written (absolute ones too) for a caller that matches them exactly against
   * the few it expects (the outer archive of an Actions cache entry); default: safe relative paths only.
   */
  readonly names?: 'safe' | 'raw';
  /**
   * 'report': hand symbolic links on (type 'symlink', with their target, never their data) for a caller
   * that checks each against what it expects; default: every link is refused.
   */
  readonly links?: 'refuse' | 'report';
}

const BLOCK = 512;

/** Pulls exact byte counts out of a chunk stream. */
class ChunkReader {
  private buffered: Buffer[] = [];
  private length = 0;
  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Up to `max` bytes (at least one unless at the end). */
  async some(max: number): Promise<Buffer | undefined> {
    if (this.length === 0 && !(await this.fill())) return undefined;
    const head = this.buffered[0]!;
    const take = head.subarray(0, Math.min(max, head.length));
    if (take.length === head.length) this.buffered.shift();
    else this.buffered[0] = head.subarray(take.length);
    this.length -= take.length;
    return take;
  }

  /** Exactly `size` bytes, or a truncation error. */
  async exact(size: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < size) {
      const part = await this.some(size - got);
      if (!part) throw new DataError('archive is truncated');
      parts.push(part);
      got += part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  private async fill(): Promise<boolean> {
    const next = await this.source.next();
    if (next.done) return false;
    this.buffered.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    this.length += next.value.byteLength;
    return true;
  }
}

function field(header: Buffer, offset: number, width: number): string {
  const raw = header.subarray(offset, offset + width);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? width : end).toString('utf8');
}

function number(header: Buffer, offset: number, width: number): number {
  const text = field(header, offset, width).trim();
  if (!/^[0-7]+$/.test(text)) throw new DataError(`archive header has a bad number "${text}"`);
  return Number.parseInt(text, 8);
}

function checksumOk(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum === number(header, 148, 8);
}

/** The path if it is a safe relative name (no absolute, drive, '..', backslash or NUL), else an error. */
export function safeEntryPath(name: string): string {
  const path = name.replace(/\/+$/, '');
  const parts = path.split('/');
  if (
    path === '' ||
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    path.includes('\\') ||
    path.includes('\u0000') ||
    parts.some((part) => part === '..' || part === '')
  ) {
    throw new DataError(`archive entry "${name}" is not a safe relative path`);
  }
  return parts.filter((part) => part !== '.').join('/');
}

/** The pax records mlci reads: `path`, and `size` (which overrides the header's, as every tar honours). */
function paxRecords(body: Buffer): { path?: string; size?: number; linkpath?: string } {
  let path: string | undefined;
  let linkpath: string | undefined;
  let size: number | undefined;
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const length = Number(body.subarray(at, space).toString());
    if (space === -1 || !Number.isInteger(length) || length <= 0)
      throw new DataError('archive has a bad pax record');
    const record = body.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    const key = record.slice(0, eq);
    const value = record.slice(eq + 1);
    if (key === 'path') path = value;
    if (key === 'linkpath') linkpath = value;
    if (key === 'size') {
      if (!/^[0-9]{1,20}$/.test(value)) throw new DataError('archive has a bad pax size');
      size = Number(value);
    }
    at += length;
  }
  return { path, size, linkpath };
}

/**
 * Reads an archive, calling `onEntry` for each file or directory with its data chunks (files only).
 * Links, devices and FIFOs, unsafe names, a bad checksum, truncation and budget overruns are errors
 * before anything of that entry is handed on.
 */
export async function readTar(
  source: AsyncIterable<Uint8Array>,
  onEntry: (header: TarHeader, data: AsyncIterable<Buffer>) => Promise<void>,
  limits: TarLimits,
): Promise<number> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    return await readEntries(new ChunkReader(iterator), onEntry, limits);
  } finally {
    // Stopped early (an error, a refused entry, the end blocks): let the source clean up (a decompressor).
    await iterator.return?.();
  }
}

async function readEntries(
  reader: ChunkReader,
  onEntry: (header: TarHeader, data: AsyncIterable<Buffer>) => Promise<void>,
  limits: TarLimits,
): Promise<number> {
  let entries = 0;
  let bytes = 0;
  let longName: string | undefined;
  let longSize: number | undefined;
  let longLink: string | undefined;
  for (;;) {
    const header = await reader.exact(BLOCK).catch(() => {
      throw new DataError('archive is truncated (no end-of-archive blocks)');
    });
    if (header.every((byte) => byte === 0)) return entries;
    if (!checksumOk(header)) throw new DataError('archive header checksum does not match');
    const type = String.fromCharCode(header[156]!);
    // A size in base-256 (a first byte of 0x80, for 8 GiB and more) is not octal: refused by number().
    const headerSize = number(header, 124, 12);
    if (type === 'x' || type === 'g') {
      if (headerSize > 1024 * 1024) throw new DataError('archive pax header is too large');
      const body = (await reader.exact(Math.ceil(headerSize / BLOCK) * BLOCK)).subarray(0, headerSize);
      // A global ('g') record is ignored, as node-tar does with a global linkpath (TAR-09).
      if (type === 'x') {
        const records = paxRecords(body);
        longName = records.path ?? longName;
        longSize = records.size ?? longSize;
        longLink = records.linkpath ?? longLink;
      }
      continue;
    }
    const size = longSize ?? headerSize;
    longSize = undefined;
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    const link = longLink ?? field(header, 157, 100);
    longLink = undefined;
    const isLink = type === '2' && limits.links === 'report';
    // Hard links, symbolic links (unless reported), GNU sparse files ('S': a small entry that unpacks to a
    // huge file), devices, FIFOs and anything unknown are refused before any of their data is read.
    if (type !== '0' && type !== '\u0000' && type !== '5' && !isLink) {
      throw new DataError(`archive entry "${name}" is a link or special file (type '${type}'), refused`);
    }
    const path = limits.names === 'raw' ? name : safeEntryPath(name);
    if (++entries > limits.maxEntries)
      throw new DataError(`archive has more than ${limits.maxEntries} entries`);
    bytes += size;
    if (bytes > limits.maxBytes)
      throw new DataError(
        `archive entry "${name}" is too large: the archive would hold more than ${limits.maxBytes} bytes`,
      );
    const isDir = type === '5' || isLink;
    const mode = number(header, 100, 8);
    let left = size;
    const data = async function* () {
      if (isDir) return;
      while (left > 0) {
        const chunk = await reader.some(left);
        if (!chunk) throw new DataError('archive is truncated');
        left -= chunk.length;
        yield chunk;
      }
    };
    await onEntry(
      isLink
        ? { path, type: 'symlink', size: 0, executable: false, link }
        : {
            path,
            type: isDir ? 'dir' : 'file',
            size: isDir ? 0 : size,
            executable: !isDir && (mode & 0o111) !== 0,
          },
      data(),
    );
    while (left > 0) {
      const chunk = await reader.some(left);
      if (!chunk) throw new DataError('archive is truncated');
      left -= chunk.length;
    }
    if (padded - size > 0) await reader.exact(padded - size);
  }
}
