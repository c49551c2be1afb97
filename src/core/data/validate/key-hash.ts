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
    // `| 0`: the same 32 bits as before, kept a small integer. The plain sum is a double up to 6e9, and
    // every insert then took V8's slow number path (3M integer keys: 3 s to insert instead of 1).
    this.h2 =
      (Math.imul(
        ((this.h2 ^ Math.imul(k, 0x1b873593)) << 13) | ((this.h2 ^ Math.imul(k, 0x1b873593)) >>> 19),
        5,
      ) +
        0xe6546b64) |
      0;
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

/** Key hashes of a table's rows, as recorded in one range: `count` triples (h1, h2, row) in shared memory. */
export interface RecordedKeys {
  readonly count: number;
  readonly triples: Int32Array;
}

/** Appends (h1, h2, row) triples to a growing Int32Array over a SharedArrayBuffer (no copy to post it). */
export class KeyRecorder {
  private count = 0;
  private triples = new Int32Array(new SharedArrayBuffer(3 * 4096 * 4));

  add(h1: number, h2: number, row: number): void {
    if (this.count * 3 + 3 > this.triples.length) {
      const grown = new Int32Array(new SharedArrayBuffer(this.triples.length * 2 * 4));
      grown.set(this.triples);
      this.triples = grown;
    }
    const at = this.count * 3;
    this.triples[at] = h1;
    this.triples[at + 1] = h2;
    this.triples[at + 2] = row;
    this.count++;
  }

  result(): RecordedKeys {
    return { count: this.count, triples: this.triples };
  }
}

/** An open-addressing set of 64-bit hashes, each with the first row that had it. */
export class HashTable {
  private capacity: number;
  private size = 0;
  private keys: Uint32Array;
  private rows: Int32Array;

  /** `expected`: keys to room for without growing (when the caller knows, as a partition owner does). */
  constructor(expected = 0) {
    let capacity = 1 << 12;
    while (expected * 4 >= capacity * 3) capacity *= 2;
    this.capacity = capacity;
    this.keys = new Uint32Array(capacity * 2);
    this.rows = new Int32Array(capacity).fill(-1);
  }

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
