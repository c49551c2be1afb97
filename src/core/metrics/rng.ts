/**
 * Seeded random numbers that are the same on every Node version and platform: xoshiro128** seeded by
 * splitmix32, 32-bit integer arithmetic only (reference/statistics-and-baselines.md §7.1).
 */

/** Names recorded in reports so a reader can reproduce a resample stream. */
export const RNG_ALGORITHM = 'xoshiro128**' as const;
export const RNG_SEEDING = 'splitmix32' as const;

/** The four 32-bit words of a xoshiro128** state, seeded from one 32-bit seed by splitmix32. */
export function seedState(seed: number): Uint32Array {
  let a = seed | 0;
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    state[i] = (t ^ (t >>> 15)) >>> 0;
  }
  return state;
}

/** The next uint32 of a xoshiro128** state, advancing it in place. */
export function nextUint32(s: Uint32Array): number {
  const r = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
  const t = s[1]! << 9;
  s[2]! ^= s[0]!;
  s[3]! ^= s[1]!;
  s[1]! ^= s[2]!;
  s[0]! ^= s[3]!;
  s[2]! ^= t;
  s[3] = rotl(s[3]!, 11);
  return r;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A generator: uint32 stream, unbiased integers in [0, n) and uniforms in [0, 1). */
export interface Rng {
  uint32(): number;
  /** Unbiased integer in [0, n) for 1 <= n <= 2^21 (Lemire's multiply-shift with rejection). */
  below(n: number): number;
  /** Uniform in [0, 1) with 53 random bits. */
  uniform(): number;
}

/** A seeded generator. */
export function createRng(seed: number): Rng {
  const s = seedState(seed);
  const uint32 = () => nextUint32(s);
  return {
    uint32,
    below: (n) => boundedBelow(s, n),
    uniform: () => (uint32() * 2 ** 21 + (uint32() >>> 11)) / 2 ** 53,
  };
}

/**
 * Lemire's nearly-divisionless bounded integer: m = r·n is exact in a double while n <= 2^21, its high
 * 32 bits are the result, and the low bits decide the (rare) rejection that removes the bias.
 */
export function boundedBelow(s: Uint32Array, n: number): number {
  if (n > 2097152) return boundedByModulo(s, n);
  let m = nextUint32(s) * n;
  let low = m % 4294967296;
  if (low < n) {
    const threshold = (4294967296 - n) % n;
    while (low < threshold) {
      m = nextUint32(s) * n;
      low = m % 4294967296;
    }
  }
  return Math.floor(m / 4294967296);
}

/** Rejection by modulo for n above 2^21, where r·n would no longer be exact in a double. */
function boundedByModulo(s: Uint32Array, n: number): number {
  const threshold = (4294967296 - n) % n;
  for (;;) {
    const r = nextUint32(s);
    if (r >= threshold) return r % n;
  }
}

/** FNV-1a over the UTF-16 code units of a string: derives independent per-metric seeds. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The seed of one metric's stream: adding a metric never changes another metric's resamples. */
export function seedFor(seed: number, name: string): number {
  return fnv1a32(`${seed}:${name}`);
}
