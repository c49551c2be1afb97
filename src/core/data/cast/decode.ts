// Bytes to text and back on the hot path, where Buffer's public methods cost more than the work.

// Node's Buffer has had utf8Slice since v0.x; @types/node does not declare it.
interface FastSlicing {
  utf8Slice(start: number, end: number): string;
  utf8Write(text: string, offset: number, length: number): number;
}

/** The text of a byte range, UTF-8. */
export function decode(buf: Uint8Array, start: number, end: number): string {
  // Buffer's own utf8Slice skips toString's argument checks; readers hand Buffers, tests may not.
  if (buf instanceof Buffer) return (buf as unknown as FastSlicing).utf8Slice(start, end);
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf8');
}

/** Room for any 256-character string in UTF-8 (3 bytes per UTF-16 unit at most). */
export const SCRATCH = Buffer.alloc(1024);

// Copies a short string's UTF-8 into SCRATCH: a JS loop for ASCII, which beats a native call for the
// ~10-character cells typical of tables; utf8Write for the rest.
export function toScratch(text: string): number {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (unit > 127) return (SCRATCH as unknown as FastSlicing).utf8Write(text, 0, SCRATCH.length);
    SCRATCH[i] = unit;
  }
  return length;
}
