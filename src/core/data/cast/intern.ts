import { hashBytes } from './bytes.js';

/**
 * Strings by their bytes, so that a repeated cell (a category, a label) costs a hash and a byte
 * comparison instead of a new string. Bounded: once full, lookups still work but nothing is added.
 */
export class InternTable {
  private readonly slots: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly bytes: Uint8Array[] = [];
  private readonly strings: string[] = [];
  private readonly mask: number;

  constructor(
    readonly capacity = 4096,
    private readonly maxBytes = 64,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Uint32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.strings.length;
  }

  /** The interned string with exactly these bytes, or undefined. */
  get(buf: Uint8Array, start: number, end: number): string | undefined {
    const hash = hashBytes(buf, start, end);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot]!;
      if (index === -1) return undefined;
      if (this.hashes[slot] === hash && equal(this.bytes[index]!, buf, start, end))
        return this.strings[index];
    }
  }

  /** Adds a string (its UTF-8 bytes are `buf[start, end)`) unless the table is full or it is long. */
  add(buf: Uint8Array, start: number, end: number, text: string): void {
    if (this.strings.length >= this.capacity || end - start > this.maxBytes) return;
    const hash = hashBytes(buf, start, end);
    let slot = hash & this.mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
    this.slots[slot] = this.strings.length;
    this.hashes[slot] = hash;
    // A copy: Buffer#slice is a view, and the CSV reader refills its chunk buffer, which would rewrite
    // the stored key under the table (every later lookup a miss, and a decoded string per cell).
    this.bytes.push(Uint8Array.prototype.slice.call(buf, start, end));
    this.strings.push(text);
  }
}

function equal(stored: Uint8Array, buf: Uint8Array, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let i = 0; i < stored.length; i++) if (stored[i] !== buf[start + i]) return false;
  return true;
}
