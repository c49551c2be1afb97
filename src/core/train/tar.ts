import { DataError } from '../errors.js';

/**
 * A deterministic POSIX tar (ustar, with pax 'x' records for long or non-ASCII names): entries in the
 * order given, mtime 0, uid/gid 0, no user names, mode 0644 or 0755. The same outputs always pack to the
 * same bytes. Reading accepts only regular files and directories with safe relative names (TAR-01..04).
 */
export interface TarEntry {
  /** POSIX path inside the archive, relative, no '..'. */
  readonly path: string;
  readonly type: 'file' | 'dir' | 'symlink';
  readonly size: number;
  readonly executable?: boolean;
  /** The target of a symlink entry (relative, inside the outputs' workspace). */
  readonly link?: string;
  /** The file's bytes (file entries only). */
  readonly read?: () => AsyncIterable<Uint8Array>;
}

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0');
}

function writeString(header: Buffer, text: string, offset: number, width: number) {
  header.write(text, offset, Math.min(Buffer.byteLength(text), width), 'utf8');
}

function rawHeader(name: string, size: number, mode: number, type: string, link = ''): Buffer {
  const header = Buffer.alloc(BLOCK);
  writeString(header, name, 0, 100);
  writeString(header, link, 157, 100);
  writeString(header, octal(mode, 8), 100, 8);
  writeString(header, octal(0, 8), 108, 8);
  writeString(header, octal(0, 8), 116, 8);
  writeString(header, octal(size, 12), 124, 12);
  writeString(header, octal(0, 12), 136, 12);
  header.fill(0x20, 148, 156); // checksum field counts as spaces while summing
  writeString(header, type, 156, 1);
  writeString(header, 'ustar\u000000', 257, 8);
  let sum = 0;
  for (const byte of header) sum += byte;
  writeString(header, `${octal(sum, 7)}\u0000`, 148, 8);
  return header;
}

/** A pax record "<len> path=<value>\n", whose length counts its own digits. */
function paxRecord(key: string, value: string): string {
  const body = Buffer.byteLength(` ${key}=${value}\n`);
  let length = body + 1;
  while (length !== body + String(length).length) length = body + String(length).length;
  return `${length} ${key}=${value}\n`;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

const fitsUstar = (text: string) => Buffer.byteLength(text) <= 100 && /^[\x20-\x7e]*$/.test(text);

/** The header block(s) of one entry: a pax record first when the name or link does not fit ustar's 100 bytes. */
export function entryHeader(entry: TarEntry): Buffer {
  const name = entry.type === 'dir' ? `${entry.path.replace(/\/$/, '')}/` : entry.path;
  const link = entry.type === 'symlink' ? (entry.link ?? '') : '';
  const mode = entry.type === 'dir' || entry.type === 'symlink' || entry.executable ? 0o755 : 0o644;
  const size = entry.type === 'file' ? entry.size : 0;
  const type = entry.type === 'dir' ? '5' : entry.type === 'symlink' ? '2' : '0';
  const header = rawHeader(name, size, mode, type, fitsUstar(link) ? link : '');
  // Only printable ASCII goes into a ustar name as is; anything else gets a pax record.
  if (fitsUstar(name) && fitsUstar(link)) return header;
  const pax = Buffer.from(
    `${fitsUstar(name) ? '' : paxRecord('path', name)}${fitsUstar(link) ? '' : paxRecord('linkpath', link)}`,
    'utf8',
  );
  const paxHeader = rawHeader(
    `PaxHeaders/${name.slice(-80).replace(/[^\x20-\x7e]/g, '_')}`,
    pax.length,
    0o644,
    'x',
  );
  return Buffer.concat([paxHeader, pax, padding(pax.length), header]);
}

/** The archive as a stream of chunks: headers, bytes, padding, and the two zero blocks at the end. */
export async function* packTar(entries: Iterable<TarEntry>): AsyncGenerator<Uint8Array> {
  for (const entry of entries) {
    yield entryHeader(entry);
    if (entry.type !== 'file') continue;
    let written = 0;
    for await (const chunk of entry.read?.() ?? []) {
      written += chunk.length;
      if (written > entry.size) throw new DataError(`${entry.path} grew while it was being archived`);
      yield chunk;
    }
    if (written !== entry.size) throw new DataError(`${entry.path} changed size while it was being archived`);
    yield padding(entry.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}
