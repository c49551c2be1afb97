// 64-bit key hashes as two independent 32-bit halves: uniqueness and foreign keys keep 12 bytes per key
// instead of the key itself. A false duplicate needs both halves to collide: about n^2 / 2^65, so
// ~3e-4 for 1e8 keys (reference/data-validation.md §5.2). Documented as the price of bounded memory.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Running state of a composite key's hash. */
export class KeyHasher {
  h1 = 0x811c9dc5;
  h2 = 0x9747b28c;

  reset(): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0x9747b28c;
  }

  private mix(word: number): void {
    this.h1 = Math.imul(this.h1 ^ word, 0x01000193);
    let k = Math.imul(word, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    this.h2 =
      Math.imul(
        ((this.h2 ^ Math.imul(k, 0x1b873593)) << 13) | ((this.h2 ^ Math.imul(k, 0x1b873593)) >>> 19),
        5,
      ) + 0xe6546b64;
  }

  /** Adds one logical value (a key part); distinct types never hash alike. */
  add(value: unknown): void {
    if (typeof value === 'number') {
      f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same key
      this.mix(1);
      this.mix(u32[0]!);
      this.mix(u32[1]!);
    } else if (typeof value === 'string') {
      this.mix(2);
      for (let i = 0; i < value.length; i++) this.mix(value.charCodeAt(i));
      this.mix(value.length);
    } else if (typeof value === 'boolean') {
      this.mix(value ? 3 : 4);
    } else {
      this.add(JSON.stringify(value));
    }
  }

  /** Adds raw bytes (a whole record, for duplicate-row). */
  addBytes(buf: Uint8Array, start: number, end: number): void {
    this.mix(5);
    for (let p = start; p < end; p++) this.mix(buf[p]!);
    this.mix(end - start);
  }
}

/** An open-addressing set of 64-bit hashes, each with the first row that had it. */
export class HashTable {
  private capacity = 1 << 12;
  private size = 0;
  private keys = new Uint32Array(this.capacity * 2);
  private rows = new Int32Array(this.capacity).fill(-1);

  /** Inserts; returns the first row seen with this hash, or -1 when it is new. */
  insert(h1: number, h2: number, row: number): number {
    // At most 3/4 full: linear probing stays short, and 3M keys fit 4M slots (48 MB), not 8M.
    if (this.size * 4 >= this.capacity * 3) this.grow();
    const slot = this.find(h1 >>> 0, h2 >>> 0);
    if (this.rows[slot] !== -1) return this.rows[slot]!;
    this.keys[slot * 2] = h1;
    this.keys[slot * 2 + 1] = h2;
    this.rows[slot] = row;
    this.size++;
    return -1;
  }

  has(h1: number, h2: number): boolean {
    return this.rows[this.find(h1 >>> 0, h2 >>> 0)] !== -1;
  }

  private find(h1: number, h2: number): number {
    const mask = this.capacity - 1;
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (this.rows[slot] !== -1 && (this.keys[slot * 2] !== h1 || this.keys[slot * 2 + 1] !== h2)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const { keys, rows, capacity } = this;
    this.capacity *= 2;
    this.keys = new Uint32Array(this.capacity * 2);
    this.rows = new Int32Array(this.capacity).fill(-1);
    for (let i = 0; i < capacity; i++) {
      if (rows[i] === -1) continue;
      const slot = this.find(keys[i * 2]!, keys[i * 2 + 1]!);
      this.keys[slot * 2] = keys[i * 2]!;
      this.keys[slot * 2 + 1] = keys[i * 2 + 1]!;
      this.rows[slot] = rows[i]!;
    }
  }
}
