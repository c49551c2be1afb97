import { messageOf } from '../../core/errors.js';
import { inflateRawSync } from 'node:zlib';
import { GitHubError } from './errors.js';

/** Caps for archives from other runs, which are untrusted (reliability ART-01/ART-02). */
export const ZIP_LIMITS = { entries: 10_000, totalBytes: 512 * 1024 * 1024 } as const;

/**
 * The regular files of a zip archive, read into memory by name (never written to disk, so a `../` or
 * absolute entry cannot escape anywhere; such names are refused anyway). Stored and deflated entries;
 * no zip64 (an artifact of metrics and predictions stays far below 4 GiB).
 */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count > ZIP_LIMITS.entries) throw bad(`has ${count} entries (limit ${ZIP_LIMITS.entries})`);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50)
      throw bad('has a corrupt central directory');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const externalAttributes = buf.readUInt32LE(at + 38);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (compressed === 0xffffffff || size === 0xffffffff) throw bad('uses zip64, which is not supported');
    if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..')) {
      throw bad(`has an unsafe entry name "${name}"`);
    }
    // Unix mode in the high 16 bits: 0o120000 is a symbolic link, which an artifact never needs.
    if (((externalAttributes >>> 16) & 0o170000) === 0o120000) throw bad(`has a symbolic link "${name}"`);
    total += size;
    if (total > ZIP_LIMITS.totalBytes) throw bad(`expands beyond ${ZIP_LIMITS.totalBytes} bytes`);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw bad(`has a corrupt local header for "${name}"`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, inflate(data, size, name));
    else throw bad(`entry "${name}" uses compression method ${method}`);
  }
  return files;
}

/** Inflates at most the declared size: an entry that lies about its size (a zip bomb) is refused. */
function inflate(data: Buffer, size: number, name: string): Buffer {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
  } catch (cause) {
    throw bad(`entry "${name}" does not inflate to its declared ${size} bytes (${messageOf(cause)})`);
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw bad('is not a zip archive');
}

function bad(what: string): GitHubError {
  return new GitHubError(
    `the downloaded archive ${what}`,
    undefined,
    'the artifact is untrusted input; re-upload it with actions/upload-artifact',
  );
}
