// Hashes for the distinct-count sketch. Numbers hash their float64 bits through one shared scratch
// view, so the hot path allocates nothing; -0 is folded into 0 first (they are the same value).
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two independent 32-bit hashes of a number, written into `out` (no allocation). */
export function hashNumber(value: number, out: Uint32Array): void {
  scratch[0] = value === 0 ? 0 : value;
  const lo = words[0]!;
  const hi = words[1]!;
  out[0] = fmix32(Math.imul(lo, 0x9e3779b1) ^ hi);
  out[1] = fmix32(Math.imul(hi ^ 0x27d4eb2f, 0x85ebca77) ^ lo ^ 0x165667b1);
}

/** Two independent 32-bit hashes of a string's UTF-16 code units, written into `out`. */
export function hashString(value: string, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x1b873593 ^ value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  out[0] = fmix32(h1);
  out[1] = fmix32(h2 ^ h1);
}
