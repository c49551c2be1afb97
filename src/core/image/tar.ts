import type { Readable } from 'node:stream';

/** One tar member. Paths are relative (`opt/model/w.bin`); directories end with `/`. */
export type TarEntry =
  | { readonly type: 'directory'; readonly path: string; readonly mode: number }
  | {
      readonly type: 'file';
      readonly path: string;
      readonly mode: number;
      readonly size: number;
      /** Opens the member's bytes; called once per rendering, so the tar can be produced again. */
      readonly open: () => Readable;
    }
  | { readonly type: 'symlink'; readonly path: string; readonly target: string };

/** Header fields fixed for reproducibility: owner root, no user or group names. */
export interface TarOptions {
  /** Seconds since the epoch written into every header (SOURCE_DATE_EPOCH). */
  readonly mtime: number;
}

const BLOCK = 512;
const ZEROS = Buffer.alloc(BLOCK * 2);
const MAX_OCTAL_11 = 0o77777777777; // the largest size/mtime 11 octal digits hold (8 GiB - 1)

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function fits(text: string, bytes: number): boolean {
  return Buffer.byteLength(text) <= bytes && /^[\x20-\x7e]*$/.test(text);
}

function header(
  name: string,
  typeflag: string,
  mode: number,
  size: number,
  mtime: number,
  link = '',
): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(mode, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii'); // uid 0
  block.write(octal(0, 8), 116, 'ascii'); // gid 0
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(mtime, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii'); // checksum is computed with spaces in its own field
  block.write(typeflag, 156, 'ascii');
  block.write(link, 157, 100, 'utf8');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  // uname/gname stay empty and devmajor/devminor zero: nothing about the build machine leaks in.
  block.write(octal(0, 8), 329, 'ascii');
  block.write(octal(0, 8), 337, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

/** A PAX record `"<len> key=value\n"`, whose length counts its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body);
  let digits = String(length).length;
  while (String(length + digits).length !== digits) digits++;
  length += digits;
  return `${length}${body}`;
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? Buffer.alloc(0) : ZEROS.subarray(0, BLOCK - rest);
}

/**
 * The header block(s) of one entry: plain ustar when everything fits, else a PAX extended header
 * first (long or non-ASCII paths and link targets, sizes of 8 GiB and more), as GNU tar reads it.
 */
export function entryHeader(entry: TarEntry, options: TarOptions): Buffer {
  const size = entry.type === 'file' ? entry.size : 0;
  const link = entry.type === 'symlink' ? entry.target : '';
  const pax: string[] = [];
  let name = entry.path;
  if (!fits(name, 100)) {
    pax.push(paxRecord('path', name));
    name = asciiPrefix(name, 100);
  }
  let shortLink = link;
  if (!fits(link, 100)) {
    pax.push(paxRecord('linkpath', link));
    shortLink = asciiPrefix(link, 100);
  }
  if (size > MAX_OCTAL_11) pax.push(paxRecord('size', String(size)));
  const mode = entry.type === 'symlink' ? 0o777 : entry.mode;
  const flag = entry.type === 'directory' ? '5' : entry.type === 'symlink' ? '2' : '0';
  const main = header(name, flag, mode, Math.min(size, MAX_OCTAL_11), options.mtime, shortLink);
  if (pax.length === 0) return main;
  const body = Buffer.from(pax.join(''), 'utf8');
  const paxName = asciiPrefix(`PaxHeaders/${entry.path.replace(/\/$/, '').split('/').pop()}`, 100);
  return Buffer.concat([
    header(paxName, 'x', 0o644, body.length, options.mtime),
    body,
    padding(body.length),
    main,
  ]);
}

function asciiPrefix(text: string, bytes: number): string {
  return text.replace(/[^\x20-\x7e]/g, '_').slice(0, bytes);
}

/**
 * The tar stream of `entries`, in the order given (callers sort them), ending with two zero blocks.
 * Member bytes are streamed; a file whose size changed while being read is an error, because the
 * header already promised its size.
 */
export async function* renderTar(entries: readonly TarEntry[], options: TarOptions): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield entryHeader(entry, options);
    if (entry.type !== 'file') continue;
    let seen = 0;
    for await (const chunk of entry.open()) {
      const buffer = chunk as Buffer;
      seen += buffer.length;
      if (seen > entry.size) break;
      yield buffer;
    }
    if (seen !== entry.size) {
      throw new Error(
        `${entry.path} changed size while it was being archived (${entry.size} -> ${seen} bytes)`,
      );
    }
    yield padding(entry.size);
  }
  yield ZEROS;
}
