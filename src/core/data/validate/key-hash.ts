// 64-bit key hashes as two 32-bit halves: uniqueness and foreign keys keep 12 bytes per key instead of the
// key itself. A key of one number is its own 64 bits (exact); other keys are hashed, and a false duplicate
// needs both halves to collide: about n^2 / 2^65, so ~3e-4 for 1e8 keys (reference/data-validation.md
// §5.2). Documented as the price of bounded memory (docs/validate-data.md).

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

  /**
   * A key of one number: its 64 bits as they are, so such keys never collide (exact, not hashed). The
   * tables finalize them for the slot. Other keys, and numbers within composite keys, are hashed.
   */
  setNumber(value: number): void {
    f64[0] = value === 0 ? 0 : value; // -0 and 0 are the same key
    this.h1 = u32[0]! | 0;
    this.h2 = u32[1]! | 0;
  }

  /** Adds raw bytes (a whole record, for duplicate-row). */
  addBytes(buf: Uint8Array, start: number, end: number): void {
    this.mix(5);
    for (let p = start; p < end; p++) this.mix(buf[p]!);
    this.mix(end - start);
  }
}

/** The number whose 64 bits a one-number key's hash is (KeyHasher.setNumber), back from its halves. */
export function numberOf(h1: number, h2: number): number {
  u32[0] = h1;
  u32[1] = h2;
  return f64[0]!;
}

/** Murmur3's 32-bit finalizer: every input bit flips about half the output bits. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * An open-addressing set of 64-bit hashes, each with the first row that had it: one Int32Array of
 * (h1, h2, row + 1) triples, 12 bytes a slot, at most 3/4 full (16 bytes a key), so a probe reads one
 * cache line, not one in a key array and one in a row array. The slot is the finalized hash scaled to
 * the capacity (not masked), so the capacity need not be a power of two and a table sized for the
 * expected keys (reserve) holds 3M keys in 4M slots (48 MB), never grows and never holds two copies.
 */
export class HashTable {
  private capacity = 0;
  private size = 0;
  private slots = new Int32Array(0);
  /** insertBatch's first slots, and what its touching read (kept, so the reads are not dropped). */
  private starts = new Int32Array(0);
  touched = 0;

  /**
   * `expected`: keys to make room for without growing (callers that learn an estimate later use reserve()).
   * `seed`: of the slot function (slotOf); random unless a test fixes it.
   */
  constructor(
    expected = 0,
    private readonly seed = (Math.random() * 4294967296) | 0,
  ) {
    this.resize(capacityFor(expected));
  }

  /** Keys stored. */
  get count(): number {
    return this.size;
  }

  /** Slots (a fresh table has 4,096). */
  get slotCount(): number {
    return this.capacity;
  }

  /** Bytes the table holds: 12 a slot. */
  get bytes(): number {
    return this.slots.byteLength;
  }

  /** Makes room for `expected` keys in all, now (no growth, no rehash, up to that many). */
  reserve(expected: number): void {
    const capacity = capacityFor(expected);
    if (capacity > this.capacity) this.resize(capacity);
  }

  /** Inserts; returns the first row seen with this hash, or -1 when it is new. */
  insert(h1: number, h2: number, row: number): number {
    if (this.size * 4 >= this.capacity * 3) this.resize(Math.ceil(this.capacity * 1.5));
    const slots = this.slots;
    const at = this.find(h1 | 0, h2 | 0);
    if (slots[at + 2] !== 0) return slots[at + 2]! - 1;
    slots[at] = h1;
    slots[at + 1] = h2;
    slots[at + 2] = row + 1;
    this.size++;
    return -1;
  }

  /**
   * Inserts `count` keys at once: `hashes` holds (h1, h2) pairs, `rows` their rows; `firsts[i]` gets what
   * insert() would return. The slots are found for the whole batch first, touching each (their cache
   * misses overlap, instead of one whole miss per key between two rows' parsing), then filled in order,
   * so the result is that of inserting one by one.
   */
  insertBatch(hashes: Int32Array, rows: Int32Array, count: number, firsts: Int32Array): void {
    if ((this.size + count) * 4 >= this.capacity * 3)
      this.resize(Math.max(Math.ceil(this.capacity * 1.5), capacityFor(this.size + count)));
    if (this.starts.length < count) this.starts = new Int32Array(count);
    const starts = this.starts;
    const slots = this.slots;
    const capacity = this.capacity;
    const seed = this.seed;
    let touched = 0;
    for (let i = 0; i < count; i++) {
      const at = slotOf(hashes[i * 2]!, hashes[i * 2 + 1]!, capacity, seed) * 3;
      starts[i] = at;
      touched |= slots[at + 2]!;
    }
    this.touched = touched;
    const end = capacity * 3;
    for (let i = 0; i < count; i++) {
      const h1 = hashes[i * 2]!;
      const h2 = hashes[i * 2 + 1]!;
      let at = starts[i]!;
      while (slots[at + 2] !== 0 && (slots[at] !== h1 || slots[at + 1] !== h2)) {
        at += 3;
        if (at === end) at = 0;
      }
      if (slots[at + 2] !== 0) firsts[i] = slots[at + 2]! - 1;
      else {
        slots[at] = h1;
        slots[at + 1] = h2;
        slots[at + 2] = rows[i]! + 1;
        this.size++;
        firsts[i] = -1;
      }
    }
  }

  has(h1: number, h2: number): boolean {
    return this.slots[this.find(h1 | 0, h2 | 0) + 2] !== 0;
  }

  /** The index of the triple holding (h1, h2), or of the empty slot where it goes. */
  private find(h1: number, h2: number): number {
    const slots = this.slots;
    const end = this.capacity * 3;
    let at = slotOf(h1, h2, this.capacity, this.seed) * 3;
    while (slots[at + 2] !== 0 && (slots[at] !== h1 || slots[at + 1] !== h2)) {
      at += 3;
      if (at === end) at = 0;
    }
    return at;
  }

  private resize(capacity: number): void {
    const old = this.slots;
    this.capacity = capacity;
    this.slots = new Int32Array(capacity * 3);
    for (let i = 0; i < old.length; i += 3) {
      if (old[i + 2] === 0) continue;
      const at = this.find(old[i]!, old[i + 1]!);
      this.slots[at] = old[i]!;
      this.slots[at + 1] = old[i + 1]!;
      this.slots[at + 2] = old[i + 2]!;
    }
  }
}

/**
 * A hash's first slot: both halves finalized with the table's seed, then multiply-shifted onto
 * [0, capacity) (exact in a double: < 2^54). The seed is random per table: a number key's hash is its
 * bits, which a file chooses at will, and an unseeded slot function would let a crafted file put every
 * key on one probe chain (quadratic time).
 */
export function slotOf(h1: number, h2: number, capacity: number, seed: number): number {
  return Math.floor((fmix32(h1 ^ fmix32(h2 ^ seed)) * capacity) / 4294967296);
}

/** Slots for `expected` keys at most 3/4 full (4,096 at least). */
function capacityFor(expected: number): number {
  return Math.max(1 << 12, Math.ceil((expected * 4) / 3) + 1);
}
